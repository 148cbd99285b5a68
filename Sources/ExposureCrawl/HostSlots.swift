/// Per-server politeness: at most N requests at once and a delay between starts, with jitter.
///
/// Like Scrapy's download slots: each `host:port` has its own slot, so a slow agency server
/// never holds back another, and none of them sees more than the configured load.
public actor HostSlots {
    private struct Slot {
        var active = 0
        var nextStart: Duration = .zero
        var delay: Duration
    }

    private let concurrency: Int
    private let defaultDelay: Duration
    private let jitter: @Sendable () -> Double
    private let clock: CrawlClock
    private var slots: [String: Slot] = [:]
    private var waiters: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// - Parameters:
    ///   - concurrency: requests in flight per server.
    ///   - delay: pause between request starts on one server; zero for none.
    ///   - jitter: a factor drawn per request (default uniform in 0.5...1.5) so requests
    ///     do not arrive in lockstep.
    public init(
        concurrency: Int, delay: Duration, clock: CrawlClock = .continuous,
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0.5...1.5) }
    ) {
        self.concurrency = max(1, concurrency)
        self.defaultDelay = delay
        self.clock = clock
        self.jitter = jitter
    }

    /// Raises one server's delay (a robots.txt `Crawl-delay`), never lowers it.
    public func setMinimumDelay(_ delay: Duration, for authority: String) {
        var slot = slots[authority] ?? Slot(delay: defaultDelay)
        slot.delay = max(slot.delay, delay)
        slots[authority] = slot
    }

    /// Holds every request to one server for `duration` (a `Retry-After` answer).
    public func pause(_ authority: String, for duration: Duration) {
        var slot = slots[authority] ?? Slot(delay: defaultDelay)
        slot.nextStart = max(slot.nextStart, clock.now() + duration)
        slots[authority] = slot
    }

    /// Waits until the server has a free slot and its delay has passed, then takes the slot.
    ///
    /// The start time is reserved when the slot is taken, so waiters queue in arrival order.
    public func acquire(_ authority: String) async throws {
        while true {
            if Task.isCancelled {
                // A cancelled waiter may have been woken by a release: pass the turn on.
                wakeNext(authority)
                throw CancellationError()
            }
            var slot = slots[authority] ?? Slot(delay: defaultDelay)
            if slot.active < concurrency {
                let now = clock.now()
                let start = max(now, slot.nextStart)
                slot.active += 1
                slot.nextStart = start + slot.delay * jitter()
                slots[authority] = slot
                guard start > now else { return }
                do {
                    try await clock.sleep(start - now)
                } catch {
                    release(authority)
                    throw error
                }
                return
            }
            await withCheckedContinuation { waiters[authority, default: []].append($0) }
        }
    }

    /// Gives the slot back and wakes the next waiter.
    public func release(_ authority: String) {
        slots[authority]?.active -= 1
        wakeNext(authority)
    }

    private func wakeNext(_ authority: String) {
        guard var queue = waiters[authority], !queue.isEmpty else { return }
        queue.removeFirst().resume()
        waiters[authority] = queue
    }
}
