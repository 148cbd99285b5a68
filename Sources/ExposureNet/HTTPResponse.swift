/// A complete response: status, headers of the final response, and the decoded body.
public struct HTTPResponse: Sendable {
    /// The URL fetched; redirects are never followed, so this is the request's URL.
    public var url: String
    public var status: Int
    /// Headers of the final response only (interim 1xx responses are dropped), in arrival order.
    public var headers: [HTTPHeader]
    /// The body after undoing any `Content-Encoding`.
    public var body: [UInt8]
    /// Bytes received on the wire: header bytes plus body bytes before decoding.
    public var wireBytes: Int
    /// The IP address of the server that answered, when known.
    public var remoteAddress: String?
    /// The protocol version of the response: "1.0", "1.1", "2" or "3".
    public var httpVersion: String
    public var timing: HTTPTiming

    public init(
        url: String, status: Int, headers: [HTTPHeader], body: [UInt8], wireBytes: Int,
        remoteAddress: String?, httpVersion: String, timing: HTTPTiming
    ) {
        self.url = url
        self.status = status
        self.headers = headers
        self.body = body
        self.wireBytes = wireBytes
        self.remoteAddress = remoteAddress
        self.httpVersion = httpVersion
        self.timing = timing
    }

    /// The value of the last header called `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.last { $0.name.lowercased() == wanted }?.value
    }

    public var contentType: String? { header("Content-Type") }

    /// The `Location` header as sent, not resolved against `url`.
    public var location: String? { header("Location") }

    /// Whether this is a redirect the crawler can follow: a redirect status with a `Location`.
    public var isRedirect: Bool {
        [301, 302, 303, 307, 308].contains(status) && location != nil
    }
}
