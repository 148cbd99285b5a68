import ExposureNet

/// What to crawl and how hard: seeds, budgets and politeness.
public struct CrawlConfiguration: Sendable {
    /// Canonical http(s) start URLs; their sites are the crawl's scope.
    public var seeds: [String]
    /// Pages fetched at most, redirects and failures included.
    public var maxPages: Int = 500
    /// Link distance from a seed beyond which pages are not fetched.
    public var maxDepth: Int = 5
    /// Requests in flight per server.
    public var concurrencyPerHost: Int = 2
    /// Pause between request starts on one server (jittered); zero for none.
    public var delay: Duration = .seconds(1)
    /// Redirect hops followed from one link before giving up.
    public var maxRedirects: Int = 10
    /// Whether robots.txt is obeyed; turning it off is for one's own servers only.
    public var obeyRobots: Bool = true
    /// Per-request limits handed to the HTTP engine.
    public var connectTimeout: Duration = .seconds(10)
    public var requestTimeout: Duration = .seconds(30)
    public var maxBodyBytes: Int = 10 * 1024 * 1024

    public init(seeds: [String]) {
        self.seeds = seeds
    }

    func request(for url: String) -> HTTPRequest {
        HTTPRequest(
            url: url, connectTimeout: connectTimeout, totalTimeout: requestTimeout,
            maxBodyBytes: maxBodyBytes)
    }
}
