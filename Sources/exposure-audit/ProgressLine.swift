import ExposureKit
import Foundation
import Synchronization

/// Shows crawl progress on standard error: a live line on a terminal, a log line every ten
/// seconds otherwise (CI logs, cron mails).
final class ProgressLine: Sendable {
    private let isTerminal: Bool
    private let interval: Duration
    private let lastShown = Mutex<ContinuousClock.Instant?>(nil)
    private let shownOnTerminal = Atomic<Bool>(false)

    init(isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.isTerminal = isTerminal
        interval = isTerminal ? .milliseconds(200) : .seconds(10)
    }

    func update(_ progress: AuditProgress) {
        let now = ContinuousClock.now
        let due = lastShown.withLock { last in
            guard last.map({ now - $0 >= interval }) ?? true else { return false }
            last = now
            return true
        }
        guard due else { return }
        let seconds = progress.elapsed.components.seconds
        let text = String(
            format: "fetched %d · queued %d · %.1f pages/s · errors %d · %d:%02d",
            progress.pagesFetched, progress.queued, progress.rate, progress.pagesFailed, seconds / 60, seconds % 60)
        if isTerminal {
            shownOnTerminal.store(true, ordering: .relaxed)
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
        } else {
            FileHandle.standardError.write(Data("progress: \(text)\n".utf8))
        }
    }

    /// Clears the live line so that what follows starts on a clean line.
    func finish() {
        guard shownOnTerminal.load(ordering: .relaxed) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
