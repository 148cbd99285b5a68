/// What to fetch and the limits to fetch it under.
public struct HTTPRequest: Sendable {
    /// An absolute `http` or `https` URL.
    public var url: String
    public var method: HTTPMethod = .get
    /// Extra request headers; a `User-Agent` here overrides the client's.
    public var headers: [HTTPHeader] = []
    /// The longest to wait for the TCP and TLS handshakes.
    public var connectTimeout: Duration = .seconds(10)
    /// The longest the whole exchange may take, connecting and any wait for a free connection included.
    public var totalTimeout: Duration = .seconds(30)
    /// The largest decoded body accepted; a larger one fails with `.bodyTooLarge`.
    public var maxBodyBytes: Int = 10 * 1024 * 1024

    public init(
        url: String, method: HTTPMethod = .get, headers: [HTTPHeader] = [],
        connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(30),
        maxBodyBytes: Int = 10 * 1024 * 1024
    ) {
        self.url = url
        self.method = method
        self.headers = headers
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = maxBodyBytes
    }
}
