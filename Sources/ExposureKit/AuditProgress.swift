import ExposureCrawl

/// How far an audit has got, for progress lines.
public struct AuditProgress: Sendable {
    public var pagesFetched: Int
    public var pagesFailed: Int
    public var queued: Int
    public var inFlight: Int
    public var bytesFetched: Int
    public var elapsed: Duration

    init(_ crawl: CrawlProgress) {
        pagesFetched = crawl.fetched
        pagesFailed = crawl.failed
        queued = crawl.queued
        inFlight = crawl.inFlight
        bytesFetched = crawl.bytes
        elapsed = crawl.elapsed
    }

    /// Pages per second so far.
    public var rate: Double {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return seconds > 0 ? Double(pagesFetched) / seconds : 0
    }
}
