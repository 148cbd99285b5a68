import ExposureNet
import Foundation
import LoopbackServer

/// The error `fetch` threw, or nil when it returned a response.
func fetchError(_ client: HTTPClient, _ request: HTTPRequest) async -> NetError? {
    do {
        _ = try await client.fetch(request)
        return nil
    } catch {
        return error
    }
}

/// Runs `body` and reports how long it took.
func measure<T>(_ body: () async throws -> T) async rethrows -> (T, Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try await body()
    return (value, clock.now - start)
}

/// Polls `condition` until it holds or `timeout` passes; returns whether it held.
func eventually(timeout: Duration = .seconds(5), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return condition()
}

/// `bytes` compressed by the system's gzip, as a server would send them.
func gzipped(_ bytes: [UInt8]) throws -> [UInt8] {
    try systemGzip(bytes)
}

/// A response head without Content-Length: the body runs until the server closes.
func closeDelimitedHead(_ extraHeaders: String = "") -> [UInt8] {
    Array("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\(extraHeaders)Connection: close\r\n\r\n".utf8)
}

/// Keeps a connection open without answering, for up to `limit`, so clients time out or cancel.
///
/// Tests bound their waits at 30 s, well under the default, so a timeout or cancellation that
/// did not fire shows as a failure rather than passing when the server gives up first.
func stall(for limit: TimeInterval = 60) {
    Thread.sleep(forTimeInterval: limit)
}
