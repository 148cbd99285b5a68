/// Gates against crawler traps: over-long URLs, paths that repeat their own segments
/// (`/a/b/a/b/a/b/`), and endless variants of one query (`/lich?thang=N`, faceted search).
struct TrapGuard {
    let maxURLLength: Int
    let maxPagesPerPattern: Int
    private var pagesPerPattern: [String: Int] = [:]

    /// A path with more segments than this is a trap whatever it repeats.
    static let maxPathSegments = 24

    init(maxURLLength: Int, maxPagesPerPattern: Int) {
        self.maxURLLength = maxURLLength
        self.maxPagesPerPattern = maxPagesPerPattern
    }

    /// Why a canonical URL should not be crawled, or nil; counts it against its query pattern.
    mutating func check(_ url: String) -> SkipReason? {
        guard url.utf8.count <= maxURLLength else { return .urlTooLong }
        let pathAndQuery = CanonicalURL.pathAndQuery(of: url)
        let path = pathAndQuery.prefix { $0 != "?" }
        let segments = path.split(separator: "/")
        guard segments.count <= TrapGuard.maxPathSegments else { return .pathTrap }
        var seen: [Substring: Int] = [:]
        for segment in segments {
            seen[segment, default: 0] += 1
            if seen[segment]! >= 3 { return .pathTrap }
        }
        guard let queryStart = pathAndQuery.firstIndex(of: "?") else { return nil }
        let names = pathAndQuery[pathAndQuery.index(after: queryStart)...].split(separator: "&")
            .map { $0.prefix { $0 != "=" } }.sorted()
        let pattern = "\(path)?\(names.joined(separator: "&"))"
        pagesPerPattern[pattern, default: 0] += 1
        return pagesPerPattern[pattern]! > maxPagesPerPattern ? .patternBudget : nil
    }
}
