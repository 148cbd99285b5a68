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
    /// Whether the request may connect to loopback, private or link-local addresses; off for
    /// URLs the user did not name, so that links cannot reach into the auditor's network.
    public var allowsInternalAddresses = true
    /// Aborts a transfer slower than this many bytes per second over ``lowSpeedWindow``, so a
    /// server dripping a byte at a time cannot hold a connection for the whole timeout.
    public var lowSpeedLimit = 64
    public var lowSpeedWindow: Duration = .seconds(15)

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
