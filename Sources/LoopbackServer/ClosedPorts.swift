import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A TCP port on 127.0.0.1 that is bound but not listening, so connecting to it is refused.
///
/// Holding the port (rather than closing a server) keeps a concurrently started test from
/// being given the same port.
public final class RefusingPort {
    public let port: Int
    private let socketFD: Int32

    public init() throws {
        (socketFD, port) = try bindLoopbackSocket()
    }

    deinit { close(socketFD) }
}

/// A listener whose accept queue is already full, so new connections hang in the handshake.
///
/// With a backlog of 0 Linux queues one connection and drops further SYNs, which is how a
/// server that has stopped accepting looks from outside.
public final class FullBacklogListener {
    public let port: Int
    private let listenerFD: Int32
    private let queuedClientFD: Int32

    public init() throws {
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
