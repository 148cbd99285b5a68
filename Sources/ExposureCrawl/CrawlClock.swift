/// The crawler's notion of time, injected so tests can run politeness delays instantly.
public struct CrawlClock: Sendable {
    /// Time elapsed since an arbitrary fixed origin.
    public var now: @Sendable () -> Duration
    /// Suspends the calling task; throws when the task is cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void

    public init(now: @escaping @Sendable () -> Duration, sleep: @escaping @Sendable (Duration) async throws -> Void) {
        self.now = now
        self.sleep = sleep
    }

    /// Real time from `ContinuousClock`.
    public static let continuous: CrawlClock = {
        let clock = ContinuousClock()
        let origin = clock.now
        return CrawlClock(
            now: { origin.duration(to: clock.now) },
            sleep: { try await clock.sleep(for: $0) })
    }()
}
