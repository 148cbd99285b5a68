/// What a site's robots.txt lets the auditor fetch (RFC 9309).
///
/// Build one with `parse(_:userAgent:)`; then ask `isAllowed(_:)` for each path before fetching it.
public struct RobotsPolicy: Sendable {
    /// The rules of the group or groups that apply to the auditor.
    let rules: [RobotsRule]
    /// The `Crawl-delay` of the chosen group, if it set one.
    public var crawlDelay: Duration?
    /// Every `Sitemap:` URL in the file, whichever group it appeared in.
    public var sitemaps: [String]

    init(rules: [RobotsRule], crawlDelay: Duration? = nil, sitemaps: [String] = []) {
        self.rules = rules
        self.crawlDelay = crawlDelay
        self.sitemaps = sitemaps
    }

    /// The policy for a site without a usable robots.txt.
    public static let allowAll = RobotsPolicy(rules: [])

    /// The policy for a site that forbids everything, e.g. when robots.txt answers 401 or 403.
    public static let disallowAll = RobotsPolicy(rules: [RobotsRule(allows: false, value: "/")])

    /// Whether the auditor may fetch `pathAndQuery` (the URL's path plus any `?query`).
    ///
    /// The rule with the longest matching pattern decides, and `Allow` wins a tie; no matching
    /// rule means allowed. `/robots.txt` itself is always allowed.
    public func isAllowed(_ pathAndQuery: String) -> Bool {
        let path = PercentEncoding.canonicalBytes(pathAndQuery.isEmpty ? "/" : pathAndQuery)
        if path.prefix(while: { $0 != UInt8(ascii: "?") }).elementsEqual("/robots.txt".utf8) {
            return true
        }
        var decisive: RobotsRule?
        for rule in rules where rule.matches(path) {
            guard let best = decisive else {
                decisive = rule
                continue
            }
            if rule.specificity > best.specificity || (rule.specificity == best.specificity && rule.allows) {
                decisive = rule
            }
        }
        return decisive?.allows ?? true
    }
}
