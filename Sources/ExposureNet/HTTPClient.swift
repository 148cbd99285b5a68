/// Fetches URLs over HTTP(S) with libcurl, many at once, from async code.
///
/// All transfers share one connection pool and one engine thread. Redirects are never followed
/// and TLS certificates are always verified.
public final class HTTPClient: Sendable {
    /// Client-wide settings.
    public struct Configuration: Sendable {
        public var userAgent: String = UserAgent.default
        /// The most connections open at once, over all hosts.
        public var maxConnectionsTotal: Int = 64
        /// The most connections open at once to one host; a ceiling, since the crawler keeps its own
        /// per-host politeness.
        public var maxConnectionsPerHost: Int = 8

        public init(
            userAgent: String = UserAgent.default, maxConnectionsTotal: Int = 64, maxConnectionsPerHost: Int = 8
        ) {
            self.userAgent = userAgent
            self.maxConnectionsTotal = maxConnectionsTotal
            self.maxConnectionsPerHost = maxConnectionsPerHost
        }
    }

    public let configuration: Configuration
    private let engine: CurlMultiEngine

    /// Creates the connection pool and starts the engine thread.
    public init(configuration: Configuration = .init()) throws(NetError) {
        self.configuration = configuration
        engine = try CurlMultiEngine(
            maxConnectionsTotal: configuration.maxConnectionsTotal,
            maxConnectionsPerHost: configuration.maxConnectionsPerHost)
    }

    deinit { engine.shutdown() }

    /// Performs `request` and returns the response, whatever its status.
    ///
    /// Throws `NetError` when no complete response arrived within the request's limits; task
    /// cancellation stops the transfer promptly and throws `.cancelled`.
    public func fetch(_ request: HTTPRequest) async throws(NetError) -> HTTPResponse {
        let transfer = try CurlTransfer(request: request, userAgent: configuration.userAgent)
        let engine = engine
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                transfer.awaitOutcome(with: continuation)
                engine.submit(transfer)
            }
        } onCancel: {
            engine.cancel(transfer)
        }
        return try outcome.get()
    }

    /// Stops the engine, failing requests still under way with `.cancelled`; later fetches fail
    /// the same way. Idempotent, and done automatically when the client is released.
    public func shutdown() {
        engine.shutdown()
    }
}
