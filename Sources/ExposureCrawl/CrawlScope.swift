/// The sites a crawl may visit: the seeds' hosts, with and without `www.`, on http or https.
public struct CrawlScope: Sendable {
    private let sites: Set<String>

    /// Builds the scope from canonical seed URLs.
    public init(seeds: [String]) {
        sites = Set(seeds.compactMap(CanonicalURL.host(of:)).map(CrawlScope.site(ofHost:)))
    }

    /// Whether a canonical URL belongs to one of the seeds' sites.
    public func contains(_ url: String) -> Bool {
        guard let host = CanonicalURL.host(of: url) else { return false }
        return sites.contains(CrawlScope.site(ofHost: host))
    }

    /// `www.example.gov.vn` and `example.gov.vn` are one site.
    static func site(ofHost host: String) -> String {
        host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
