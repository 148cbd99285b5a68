/// Why a fetch produced no response.
public struct NetError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure, stable for callers to branch on.
    public enum Code: String, Sendable {
        case invalidURL
        case dnsFailed
        case connectionFailed
        case timeout
        case bodyTooLarge
        case tls
        case cancelled
        case protocolError
        /// The host resolved to a loopback, private or link-local address the request may not reach.
        case internalAddress
        case other
    }

    public var code: Code
    /// One line for people, e.g. "timed out after 2 s connecting to 127.0.0.1".
    public var message: String
    /// libcurl's `CURLcode`, when libcurl reported the failure.
    public var curlCode: Int?
    /// The URL of the failed request.
    public var url: String

    public init(code: Code, message: String, url: String, curlCode: Int? = nil) {
        self.code = code
        self.message = message
        self.url = url
        self.curlCode = curlCode
    }

    public var description: String { "\(message) [\(url)]" }
}
