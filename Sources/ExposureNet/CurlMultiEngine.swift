import CCurl
import Dispatch
import Foundation
import Synchronization

/// Runs the transfers of one `HTTPClient` on a single curl multi handle, driven by a dedicated thread.
///
/// The thread, not the Swift concurrency pool, blocks in `curl_multi_poll`, so slow servers never
/// hold cooperative threads. Other threads reach it only through `inbox` and `curl_multi_wakeup`,
/// which libcurl allows from any thread.
final class CurlMultiEngine: @unchecked Sendable {
    /// Work handed to the engine thread by other threads.
    private struct Inbox {
        var submitted: [CurlTransfer] = []
        var cancelled: [CurlTransfer] = []
        var isShuttingDown = false
    }

    /// The longest the thread sleeps in `curl_multi_poll` when libcurl has no sooner timer.
    private static let pollTimeoutMilliseconds: Int32 = 1000

    /// The `CURLM *` multi handle, freed in `deinit`.
    private let multi: UnsafeMutableRawPointer
    private let inbox = Mutex(Inbox())
    /// Transfers attached to the multi handle, by easy handle; touched only on the engine thread.
    private var attached: [UnsafeMutableRawPointer: CurlTransfer] = [:]
    private let threadExited = DispatchGroup()

    /// Creates the multi handle and starts the engine thread.
    init(maxConnectionsTotal: Int, maxConnectionsPerHost: Int) throws(NetError) {
        guard CurlGlobal.isInitialized, let multi = curl_multi_init() else {
            throw NetError(code: .other, message: "libcurl could not be initialised", url: "")
        }
        self.multi = multi
        _ = ea_multi_setopt_long(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, max(1, maxConnectionsTotal))
        _ = ea_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, max(1, maxConnectionsPerHost))
        _ = ea_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, max(1, maxConnectionsTotal))

        threadExited.enter()
        let thread = Thread { [self] in
            run()
            threadExited.leave()
        }
        thread.name = "exposure-net-curl"
        thread.start()
    }

    deinit {
        // The thread holds a reference until it exits, and it detaches every transfer first.
        curl_multi_cleanup(multi)
    }

    /// Hands `transfer` to the engine thread, or fails it at once if the engine is shutting down.
    func submit(_ transfer: CurlTransfer) {
        let accepted = inbox.withLock { inbox in
            guard !inbox.isShuttingDown else { return false }
            inbox.submitted.append(transfer)
            return true
        }
        guard accepted else {
            // The engine never saw this transfer, so finishing it here cannot race.
            transfer.finish(.failure(transfer.cancellation(.clientShutDown)))
            return
        }
        curl_multi_wakeup(multi)
    }

    /// Asks the engine to stop `transfer`; safe at any time, even before submission or after completion.
    func cancel(_ transfer: CurlTransfer) {
        // The flag covers a cancellation that arrives before the submission it cancels.
        transfer.requestCancellation()
        let isRunning = inbox.withLock { inbox in
            guard !inbox.isShuttingDown else { return false }
            inbox.cancelled.append(transfer)
            return true
        }
        if isRunning { curl_multi_wakeup(multi) }
    }

    /// Fails every pending transfer with `.cancelled`, stops the thread and waits for it to exit.
    ///
    /// Idempotent. Must not be called on the engine thread itself, which never happens because
    /// the engine calls no user code there (continuations resume on their own executors).
    func shutdown() {
        inbox.withLock { $0.isShuttingDown = true }
        curl_multi_wakeup(multi)
        threadExited.wait()
    }

    private func run() {
        while true {
            let work = inbox.withLock { inbox in
                defer {
                    inbox.submitted.removeAll()
                    inbox.cancelled.removeAll()
                }
                return inbox
            }
            if work.isShuttingDown {
                abandonAll(work.submitted)
                return
            }
            for transfer in work.submitted { attach(transfer) }
            for transfer in work.cancelled { detach(transfer) }

            var runningTransfers: Int32 = 0
            // Failures of single transfers arrive through curl_multi_info_read, not this result.
            _ = curl_multi_perform(multi, &runningTransfers)
            collectFinishedTransfers()
            _ = curl_multi_poll(multi, nil, 0, Self.pollTimeoutMilliseconds, nil)
        }
    }

    private func attach(_ transfer: CurlTransfer) {
        guard !transfer.isCancellationRequested else {
            transfer.finish(.failure(transfer.cancellation(.taskCancelled)))
            return
        }
        let added = curl_multi_add_handle(multi, transfer.easy)
        guard added == CURLM_OK else {
            let reason = String(cString: curl_multi_strerror(added))
            transfer.finish(
                .failure(
                    NetError(
                        code: .other, message: "libcurl could not start the transfer: \(reason)",
                        url: transfer.request.url)))
            return
        }
        attached[transfer.easy] = transfer
    }

    /// Stops a cancelled transfer if it is still running; finished ones have already been delivered.
    private func detach(_ transfer: CurlTransfer) {
        guard attached[transfer.easy] === transfer else { return }
        attached[transfer.easy] = nil
        curl_multi_remove_handle(multi, transfer.easy)
        transfer.finish(.failure(transfer.cancellation(.taskCancelled)))
    }

    private func collectFinishedTransfers() {
        var messagesLeft: Int32 = 0
        while let message = curl_multi_info_read(multi, &messagesLeft) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
                let transfer = attached.removeValue(forKey: easy)
            else { continue }
            // Read the result before removing the handle, which invalidates the message.
            let outcome = transfer.outcome(for: message.pointee.data.result)
            curl_multi_remove_handle(multi, easy)
            transfer.finish(outcome)
        }
    }

    private func abandonAll(_ notYetAttached: [CurlTransfer]) {
        for transfer in attached.values {
            curl_multi_remove_handle(multi, transfer.easy)
            transfer.finish(.failure(transfer.cancellation(.clientShutDown)))
        }
        attached.removeAll()
        for transfer in notYetAttached {
            transfer.finish(.failure(transfer.cancellation(.clientShutDown)))
        }
    }
}
