/// The sites a crawl may visit: the seeds' hosts and any included ones, with and without
/// `www.`, on http or https, minus excluded path prefixes.
public struct CrawlScope: Sendable {
    private let sites: Set<String>
    /// Hosts exactly as the user named them; only these may resolve to internal addresses.
    private let namedHosts: Set<String>
    private let excludedPaths: [String]

    /// Builds the scope from canonical seed URLs, extra host names and excluded path prefixes.
    public init(seeds: [String], includeHosts: [String] = [], excludePaths: [String] = []) {
        namedHosts = Set(seeds.compactMap(CanonicalURL.host(of:)))
        sites = Set((Array(namedHosts) + includeHosts.map { $0.lowercased() }).map(CrawlScope.site(ofHost:)))
        excludedPaths = excludePaths.map { $0.hasPrefix("/") ? $0 : "/" + $0 }
    }

    /// Whether a canonical URL belongs to one of the sites.
    public func contains(_ url: String) -> Bool {
        guard let host = CanonicalURL.host(of: url) else { return false }
        return sites.contains(CrawlScope.site(ofHost: host))
    }

    /// Whether a canonical URL's path starts with an excluded prefix.
    public func excludes(_ url: String) -> Bool {
        guard !excludedPaths.isEmpty else { return false }
        let path = CanonicalURL.pathAndQuery(of: url)
        return excludedPaths.contains { path.hasPrefix($0) }
    }

    /// Whether requests to this URL may reach loopback or private addresses: only when the
    /// user named its host in a seed, never for hosts reached through links.
    public func allowsInternalAddresses(_ url: String) -> Bool {
        CanonicalURL.host(of: url).map(namedHosts.contains) ?? false
    }

    /// `www.example.gov.vn` and `example.gov.vn` are one site.
    static func site(ofHost host: String) -> String {
        host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
