import Dispatch
import Foundation
import Synchronization

/// Ctrl-C handling: the first interrupt stops the audit gracefully (the report of what was
/// found is still written, marked incomplete); a second one quits at once.
final class Interrupts {
    private final class Counter: Sendable {
        let value = Atomic<Int>(0)
    }

    private let source: any DispatchSourceSignal
    private let count = Counter()

    /// Starts listening for SIGINT; `onFirst` runs once, on the first interrupt.
    init(onFirst: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let count = count
        source.setEventHandler {
            if count.value.add(1, ordering: .relaxed).newValue == 1 {
                FileHandle.standardError.write(
                    Data("\nStopping: finishing the pages under way and writing the report (Ctrl-C again to quit now)\n".utf8))
                onFirst()
            } else {
                exit(130)
            }
        }
        source.resume()
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }

    /// Whether an interrupt arrived.
    var wereReceived: Bool { count.value.load(ordering: .relaxed) > 0 }
}
