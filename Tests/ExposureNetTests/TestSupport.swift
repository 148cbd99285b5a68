import ExposureNet
import Foundation
import LoopbackServer

#if canImport(Glibc)
    import Glibc
#endif

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

/// A TCP port on 127.0.0.1 that is bound but not listening, so connecting to it is refused.
///
/// Holding the port (rather than closing a server) keeps a concurrently started test from
/// being given the same port.
final class RefusingPort {
    let port: Int
    private let socketFD: Int32

    init() throws {
        (socketFD, port) = try bindLoopbackSocket()
    }

    deinit { close(socketFD) }
}

/// A listener whose accept queue is already full, so new connections hang in the handshake.
///
/// With a backlog of 0 Linux queues one connection and drops further SYNs, which is how a
/// server that has stopped accepting looks from outside.
final class FullBacklogListener {
    let port: Int
    private let listenerFD: Int32
    private let queuedClientFD: Int32

    init() throws {
        (listenerFD, port) = try bindLoopbackSocket()
        guard listen(listenerFD, 0) == 0 else { throw lastPOSIXError() }
        queuedClientFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = loopbackAddress(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(queuedClientFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw lastPOSIXError() }
    }

    deinit {
        close(queuedClientFD)
        close(listenerFD)
    }
}

private func loopbackAddress(port: Int) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    return address
}

/// A TCP socket bound to a kernel-chosen port on 127.0.0.1.
private func bindLoopbackSocket() throws -> (Int32, Int) {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socketFD >= 0 else { throw lastPOSIXError() }
    var address = loopbackAddress(port: 0)
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            bind(socketFD, $0, length) == 0 && getsockname(socketFD, $0, &length) == 0
        }
    }
    guard bound else {
        let error = lastPOSIXError()
        close(socketFD)
        throw error
    }
    return (socketFD, Int(UInt16(bigEndian: address.sin_port)))
}

private func lastPOSIXError() -> POSIXError {
    POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
}
