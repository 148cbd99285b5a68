/// One `Allow` or `Disallow` line: a path pattern with `*` wildcards and an optional `$` end anchor.
struct RobotsRule: Sendable {
    let allows: Bool
    /// The pattern in canonical percent-encoding, as UTF-8 bytes.
    let pattern: [UInt8]

    /// A rule from a line's non-empty value.
    init(allows: Bool, value: String) {
        // Patterns should start with "/"; reading "private" as "/private" errs on the side of not fetching.
        let rooted = value.hasPrefix("/") || value.hasPrefix("*") ? value : "/" + value
        self.allows = allows
        self.pattern = PercentEncoding.canonicalBytes(rooted)
    }

    /// How specific the rule is: longer patterns beat shorter ones.
    var specificity: Int { pattern.count }

    /// Whether the pattern matches a prefix of `path` (or all of it, when anchored with `$`).
    ///
    /// Tracks every path position the pattern so far can reach, which stays polynomial however
    /// many wildcards a hostile file uses.
    func matches(_ path: [UInt8]) -> Bool {
        var reachable = [0]
        for (index, byte) in pattern.enumerated() {
            if byte == UInt8(ascii: "$"), index == pattern.count - 1 {
                return reachable.last == path.count
            }
            if byte == UInt8(ascii: "*") {
                reachable = Array(reachable[0]...path.count)
                continue
            }
            reachable = reachable.compactMap { position in
                position < path.count && path[position] == byte ? position + 1 : nil
            }
            if reachable.isEmpty { return false }
        }
        return true
    }
}
