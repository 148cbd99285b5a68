import ExposureCore
import ExposureNet

/// A page the crawler fetched successfully, handed to the page visitor.
public struct FetchedPage: Sendable {
    /// The canonical URL the body came from (after redirects).
    public var url: String
    public var depth: Int
    public var response: HTTPResponse
    /// What the URL was fetched as: a page, a document, an image's first bytes, a whole image.
    public var kind: CrawlLink.Kind = .page

    public init(url: String, depth: Int, response: HTTPResponse, kind: CrawlLink.Kind = .page) {
        self.url = url
        self.depth = depth
        self.response = response
        self.kind = kind
    }

    /// Whether the server answered 304 to a conditional request: the page is as it was when
    /// ``CrawlConfiguration/knownVersions`` was learnt, and there is no body.
    public var isNotModified: Bool { response.status == 304 }

    /// Whether the body is an HTML document, by declared type or, lacking one, by a look at it.
    public var isHTML: Bool {
        if let type = response.contentType?.lowercased() {
            return type.hasPrefix("text/html") || type.hasPrefix("application/xhtml")
        }
        let head = response.body.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        return head.first == UInt8(ascii: "<")
    }

    /// Whether the declared type is a PDF or an Office file (a link without a telling
    /// extension may still lead to one).
    public var isDocument: Bool {
        guard let type = response.contentType?.lowercased() else { return false }
        return ["application/pdf", "application/msword", "application/vnd.ms-excel", "officedocument"]
            .contains { type.contains($0) }
    }
}

/// Why a link was not followed; the raw values are the report's `crawl.skipped` keys.
public enum SkipReason: String, Sendable, CaseIterable {
    case robots
    case offsite
    case depth
    /// The page, byte or time budget was spent.
    case budget
    /// Under an `--exclude-path` prefix.
    case excluded
    case urlTooLong = "url_too_long"
    /// The path repeats its own segments or nests absurdly deep.
    case pathTrap = "path_trap"
    /// Too many variants of one query (a calendar, a faceted search).
    case patternBudget = "pattern_budget"
    /// Its server was given up after repeated failures.
    case hostFailed = "host_failed"
    /// A document or an image past the crawl's count cap for its kind.
    case mediaBudget = "media_budget"
}

/// A snapshot of a crawl under way, for progress displays.
public struct CrawlProgress: Sendable {
    public var fetched: Int
    public var failed: Int
    public var queued: Int
    public var inFlight: Int
    public var bytes: Int
    public var elapsed: Duration
}

/// What a crawl did, for the report: counts, skips, errors and every page touched.
public struct CrawlSummary: Sendable {
    public var seeds: [String]
    public var pagesFetched = 0
    /// Documents and images fetched, apart from the pages.
    public var mediaFetched = 0
    public var pagesFailed = 0
    public var bytesFetched = 0
    public var skipped: [SkipReason: Int] = [:]
    public var errors: [(url: String, message: String)] = []
    public var pages = PageList()
    /// Pages the server said were unchanged (304), among ``pages``.
    public var pagesNotModified = 0
    /// False when the crawl was cancelled before its frontier emptied.
    public var complete = true

    init(seeds: [String]) { self.seeds = seeds }

    mutating func skip(_ reason: SkipReason, count: Int = 1) { skipped[reason, default: 0] += count }

    mutating func fail(_ url: String, _ message: String) {
        pagesFailed += 1
        errors.append((url, message))
    }
}
