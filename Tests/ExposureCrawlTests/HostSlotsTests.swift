import ExposureCrawl
import Synchronization
import Testing

/// A clock that only moves when someone sleeps, so politeness is checked without waiting.
final class ManualClock: Sendable {
    private let state = Mutex<(now: Duration, sleeps: [Duration])>((.zero, []))

    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    var crawlClock: CrawlClock {
        CrawlClock(
            now: { self.state.withLock { $0.now } },
            sleep: { duration in
                self.state.withLock {
                    $0.now += duration
                    $0.sleeps.append(duration)
                }
                await Task.yield()
            })
    }
}

@Suite struct HostSlotsTests {
    @Test func delaySpacesRequestStartsOnOneServer() async throws {
        let clock = ManualClock()
        let slots = HostSlots(concurrency: 4, delay: .seconds(1), clock: clock.crawlClock, jitter: { 1 })
        for _ in 0..<3 {
            try await slots.acquire("a:80")
            await slots.release("a:80")
        }
        #expect(clock.sleeps == [.seconds(1), .seconds(1)])
    }

    @Test func otherServersAreNotHeldBack() async throws {
        let clock = ManualClock()
        let slots = HostSlots(concurrency: 1, delay: .seconds(5), clock: clock.crawlClock, jitter: { 1 })
        try await slots.acquire("a:80")
        try await slots.acquire("b:80")
        #expect(clock.sleeps.isEmpty)
    }

    @Test func jitterScalesTheDelay() async throws {
        let clock = ManualClock()
        let slots = HostSlots(concurrency: 2, delay: .seconds(2), clock: clock.crawlClock, jitter: { 0.5 })
        try await slots.acquire("a:80")
        try await slots.acquire("a:80")
        #expect(clock.sleeps == [.seconds(1)])
    }

    @Test func concurrencyLimitWaitsForARelease() async throws {
        let clock = ManualClock()
        let slots = HostSlots(concurrency: 1, delay: .zero, clock: clock.crawlClock)
        try await slots.acquire("a:80")
        let acquired = Mutex(false)
        let waiter = Task {
            try await slots.acquire("a:80")
            acquired.withLock { $0 = true }
        }
        try await Task.sleep(for: .milliseconds(50))
        #expect(acquired.withLock { $0 } == false)
        await slots.release("a:80")
        try await waiter.value
        #expect(acquired.withLock { $0 } == true)
    }

    @Test func crawlDelayRaisesButNeverLowersTheDelay() async throws {
        let clock = ManualClock()
        let slots = HostSlots(concurrency: 2, delay: .seconds(1), clock: clock.crawlClock, jitter: { 1 })
        await slots.setMinimumDelay(.seconds(3), for: "a:80")
        await slots.setMinimumDelay(.milliseconds(10), for: "a:80")
        try await slots.acquire("a:80")
        try await slots.acquire("a:80")
        #expect(clock.sleeps == [.seconds(3)])
    }

    @Test(.timeLimit(.minutes(1))) func cancelledWaitersAllWakeUp() async throws {
        let slots = HostSlots(concurrency: 1, delay: .zero)
        try await slots.acquire("a:80")
        let waiters = (0..<3).map { _ in Task { try await slots.acquire("a:80") } }
        try await Task.sleep(for: .milliseconds(50))
        waiters.forEach { $0.cancel() }
        await slots.release("a:80")
        for waiter in waiters {
            await #expect(throws: CancellationError.self) { try await waiter.value }
        }
    }
}
