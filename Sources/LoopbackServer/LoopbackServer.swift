import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for tests and the demo, one thread per connection.
///
/// Handlers write raw bytes when they want to, so tests can play a slow, broken or hostile
/// server as easily as a polite one. Every connection is closed after one response.
public final class LoopbackServer: Sendable {
    public typealias Handler = @Sendable (LoopbackRequest, LoopbackResponseWriter) -> Void

    /// The port the kernel chose.
    public let port: Int
    private let listener: Int32
    private let handler: Handler
    private let requestLog = Mutex<[LoopbackRequest]>([])
    private let stopped = Atomic<Bool>(false)

    /// Starts listening on 127.0.0.1 on `port` (0 lets the kernel choose a free one).
    public init(port: Int = 0, handler: @escaping Handler) throws {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw LoopbackServerError.socket(errno) }
        var reuse: Int32 = 1
        setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(socketFD, 128) == 0 else {
            let code = errno
            close(socketFD)
            throw LoopbackServerError.socket(code)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(socketFD, $0, &length)
            }
        }
        self.port = Int(UInt16(bigEndian: address.sin_port))
        self.listener = socketFD
        self.handler = handler
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "loopback-server-accept"
        thread.start()
    }

    deinit { stop() }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far, in arrival order.
    public var requests: [LoopbackRequest] { requestLog.withLock { $0 } }

    /// The paths requested so far, query included.
    public var requestedPaths: [String] { requests.map(\.target) }

    /// Stops accepting connections; connections under way finish on their own threads.
    public func stop() {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while !stopped.load(ordering: .acquiring) {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            var noSigPipe: Int32 = 1
            #if canImport(Darwin)
                setsockopt(connection, SOL_SOCKET, SO_NOSIGPIPE, &noSigPipe, 4)
            #else
                _ = noSigPipe
            #endif
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        let writer = LoopbackResponseWriter(fd: connection)
        defer { writer.close() }
        guard let request = LoopbackRequest.read(from: connection) else { return }
        requestLog.withLock { $0.append(request) }
        handler(request, writer)
    }
}

/// Why the server could not start.
public enum LoopbackServerError: Error {
    case socket(Int32)
}

/// A request as the server read it: method, target (path and query) and headers.
public struct LoopbackRequest: Sendable {
    public var method: String
    /// The request target as sent: path plus query.
    public var target: String
    /// Header names in lower case.
    public var headers: [String: String]

    /// The target without its query string.
    public var path: String { String(target.prefix { $0 != "?" }) }

    static func read(from fd: Int32) -> LoopbackRequest? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let terminator: [UInt8] = Array("\r\n\r\n".utf8)
        while buffer.count < 64 * 1024 {
            let count = recv(fd, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[0..<count])
            if buffer.count >= 4, buffer.suffix(from: max(0, buffer.count - count - 3)).containsSequence(terminator) {
                break
            }
        }
        let text = String(decoding: buffer, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return LoopbackRequest(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers)
    }
}

extension ArraySlice where Element == UInt8 {
    fileprivate func containsSequence(_ needle: [UInt8]) -> Bool {
        guard count >= needle.count else { return false }
        var index = startIndex
        while index + needle.count <= endIndex {
            if self[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}

/// Writes one response on a connection; handlers may send it whole or byte by byte.
public final class LoopbackResponseWriter: @unchecked Sendable {
    // Used by one connection thread only.
    private let fd: Int32
    private var closed = false

    init(fd: Int32) { self.fd = fd }

    /// Sends a complete response with Content-Length and `Connection: close`.
    public func send(
        status: Int, reason: String? = nil, headers: [(String, String)] = [], body: [UInt8] = []
    ) {
        var head = "HTTP/1.1 \(status) \(reason ?? LoopbackResponseWriter.reason(for: status))\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !headers.contains(where: { $0.0.lowercased() == "content-length" }) {
            head += "Content-Length: \(body.count)\r\n"
        }
        head += "Connection: close\r\n\r\n"
        _ = write(Array(head.utf8) + body)
    }

    /// Sends a UTF-8 text body with the given content type.
    public func send(status: Int = 200, contentType: String, text: String, headers: [(String, String)] = []) {
        send(status: status, headers: [("Content-Type", contentType)] + headers, body: Array(text.utf8))
    }

    /// Writes raw bytes; returns false once the client has gone away.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { raw in
                #if canImport(Glibc)
                    Glibc.send(fd, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
                #else
                    Darwin.send(fd, raw.baseAddress, raw.count, 0)
                #endif
            }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    /// Closes the connection; later writes fail.
    public func close() {
        guard !closed else { return }
        closed = true
        shutdown(fd, Int32(SHUT_RDWR))
        #if canImport(Glibc)
            Glibc.close(fd)
        #else
            Darwin.close(fd)
        #endif
    }

    static func reason(for status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
