import ExposureNet

/// What to crawl and how hard: seeds, scope, budgets, politeness and retries.
public struct CrawlConfiguration: Sendable {
    /// Canonical http(s) start URLs; their sites are the crawl's scope.
    public var seeds: [String]
    /// Further hosts in scope (their `www.` twins too), e.g. a separate document server.
    public var includeHosts: [String] = []
    /// Path prefixes never fetched, e.g. `/tim-kiem` or `/en/`.
    public var excludePaths: [String] = []

    /// Requests at most, redirects, sitemaps and failures included.
    public var maxPages: Int = 500
    /// Link distance from a seed beyond which pages are not fetched.
    public var maxDepth: Int = 5
    /// Body bytes fetched at most, over the whole crawl; nil for no limit.
    public var maxBytes: Int?
    /// Wall-clock time the crawl may take; nil for no limit.
    public var maxDuration: Duration?
    /// Longer URLs are traps or junk: session ids, endlessly nested parameters.
    public var maxURLLength: Int = 2048
    /// Pages fetched at most per query pattern (path plus parameter names), which bounds
    /// calendars (`/lich?thang=N`), faceted search and endless pagination.
    public var maxPagesPerPattern: Int = 200
    /// Whether sitemaps (robots.txt `Sitemap:` lines, else `/sitemap.xml`) seed the crawl.
    public var readSitemaps: Bool = true

    /// Documents (PDF, Office files) fetched at most over the crawl; more are skipped as `media_budget`.
    public var maxDocuments: Int = 100
    /// Images fetched at most over the crawl (first bytes and whole files alike).
    public var maxImages: Int = 300
    /// The largest document fetched; a larger one is a recorded failure.
    public var maxDocumentBytes: Int = 20 * 1024 * 1024
    /// The largest image fetched, for a server that ignores the `Range` header.
    public var maxImageBytes: Int = 8 * 1024 * 1024
    /// The bytes of an image asked for first: a JPEG's EXIF, XMP and frame headers, and a
    /// PNG's, GIF's or WebP's size, nearly always fit in them.
    public var imageHeaderBytes: Int = 256 * 1024

    /// Requests in flight per server.
    public var concurrencyPerHost: Int = 2
    /// Pause between request starts on one server (jittered); zero for none.
    public var delay: Duration = .seconds(1)
    /// Redirect hops followed from one link before giving up.
    public var maxRedirects: Int = 10
    /// Whether robots.txt is obeyed; turning it off is for one's own servers only.
    public var obeyRobots: Bool = true

    /// Extra attempts after a timeout, a dropped connection, a 5xx or a 429.
    public var maxRetries: Int = 2
    /// The first retry's wait; each further retry doubles it (with jitter).
    public var retryBaseDelay: Duration = .seconds(1)
    /// The longest `Retry-After` honoured; a server asking for more is given up for that URL.
    public var maxRetryAfter: Duration = .seconds(120)
    /// Consecutive failed pages after which a server is given up for the rest of the crawl.
    public var hostFailureLimit: Int = 8

    /// Per-request limits handed to the HTTP engine.
    public var connectTimeout: Duration = .seconds(10)
    public var requestTimeout: Duration = .seconds(30)
    public var maxBodyBytes: Int = 10 * 1024 * 1024

    /// What servers said identified pages' versions in an earlier audit, by canonical URL:
    /// pages are asked for conditionally, and an unchanged one (304) goes to the visitor
    /// without a body, which replays what the earlier audit found there.
    public var knownVersions: [String: PageVersion] = [:]

    public init(seeds: [String]) {
        self.seeds = seeds
    }

    func request(for url: String, allowsInternalAddresses: Bool) -> HTTPRequest {
        var request = HTTPRequest(
            url: url, connectTimeout: connectTimeout, totalTimeout: requestTimeout, maxBodyBytes: maxBodyBytes)
        request.allowsInternalAddresses = allowsInternalAddresses
        if let version = knownVersions[url] { request.headers += version.conditionalHeaders }
        return request
    }

    /// The request for a target: its body cap by kind, and a `Range` for an image's first bytes.
    func request(for target: Frontier.Target, allowsInternalAddresses: Bool) -> HTTPRequest {
        var request = request(for: target.url, allowsInternalAddresses: allowsInternalAddresses)
        switch target.kind {
        case .page, .media(.page): break
        case .sitemap, .guessedSitemap: request.maxBodyBytes = max(maxBodyBytes, Crawler.maximumSitemapBytes)
        case .media(.document): request.maxBodyBytes = maxDocumentBytes
        case .media(.wholeImage): request.maxBodyBytes = maxImageBytes
        case .media(.image):
            request.headers.append(HTTPHeader(name: "Range", value: "bytes=0-\(imageHeaderBytes - 1)"))
            // A server that ignores the range sends the whole file, which must still fit.
            request.maxBodyBytes = maxImageBytes
        }
        return request
    }

    /// The per-crawl cap on a kind of media.
    func mediaCap(_ kind: CrawlLink.Kind) -> Int {
        switch kind {
        case .page: Int.max
        case .document: maxDocuments
        case .image, .wholeImage: maxImages
        }
    }

}

/// A page's version as its server identified it: the validators of an HTTP conditional request.
public struct PageVersion: Sendable, Hashable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String?, lastModified: String?) {
        self.etag = etag
        self.lastModified = lastModified
    }

    /// `If-None-Match` and `If-Modified-Since` (RFC 9110 13.1): a server that knows both
    /// decides by the ETag.
    var conditionalHeaders: [HTTPHeader] {
        (etag.map { [HTTPHeader(name: "If-None-Match", value: $0)] } ?? [])
            + (lastModified.map { [HTTPHeader(name: "If-Modified-Since", value: $0)] } ?? [])
    }
}
