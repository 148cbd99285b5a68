/// Reading robots.txt text, tolerantly: real files carry BOMs, CRLF, comments, typos and junk.
extension RobotsPolicy {
    /// How much of a file is read; RFC 9309 requires at least 500 KiB and lets the rest be ignored.
    static let parseLimitBytes = 500 * 1024

    /// The policy `text` sets for the crawler whose product token is `token` (such as
    /// `UserAgent.robotsToken`; a trailing "/version" is ignored).
    ///
    /// Uses every group naming the token (case-insensitively), else every `*` group, else allows
    /// everything. Lines before the first `User-agent` and lines that cannot be read are skipped.
    public static func parse(_ text: String, userAgent token: String) -> RobotsPolicy {
        var groups: [RobotsGroup] = []
        var sitemaps: [String] = []
        // Consecutive User-agent lines share one group; any rule after them closes the list.
        var isReadingAgents = false

        for line in lines(of: text) {
            guard let (directive, value) = RobotsDirective.parse(line) else { continue }
            switch directive {
            case .userAgent:
                if !isReadingAgents {
                    groups.append(RobotsGroup())
                    isReadingAgents = true
                }
                if let agent = RobotsGroup.productToken(value) {
                    groups[groups.count - 1].agents.append(agent)
                }
            case .allow, .disallow:
                isReadingAgents = false
                // An empty value matches nothing (RFC 9309 section 2.2.2).
                guard !groups.isEmpty, !value.isEmpty else { continue }
                groups[groups.count - 1].rules.append(RobotsRule(allows: directive == .allow, value: value))
            case .crawlDelay:
                isReadingAgents = false
                guard !groups.isEmpty, groups[groups.count - 1].crawlDelay == nil else { continue }
                groups[groups.count - 1].crawlDelay = RobotsGroup.crawlDelay(value)
            case .sitemap:
                if !value.isEmpty { sitemaps.append(value) }
            }
        }

        let wanted = RobotsGroup.productToken(token) ?? token.lowercased()
        var chosen = groups.filter { $0.agents.contains(wanted) }
        if chosen.isEmpty { chosen = groups.filter { $0.agents.contains("*") } }
        return RobotsPolicy(
            rules: chosen.flatMap(\.rules),
            crawlDelay: chosen.lazy.compactMap(\.crawlDelay).first,
            sitemaps: sitemaps)
    }

    /// The lines of the first `parseLimitBytes` of `text`, without a byte-order mark and without
    /// a final line the limit cut short (a truncated rule would say something the file does not).
    private static func lines(of text: String) -> [String] {
        var bytes = text.utf8[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let isLineBreak: (UInt8) -> Bool = { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        if bytes.count > parseLimitBytes {
            bytes = bytes.prefix(parseLimitBytes)
            bytes = bytes[..<(bytes.lastIndex(where: isLineBreak) ?? bytes.startIndex)]
        }
        return bytes.split(whereSeparator: isLineBreak).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// One group of a robots.txt file: the agents it names and what it tells them.
struct RobotsGroup {
    /// Product tokens in lower case, or "*".
    var agents: [String] = []
    var rules: [RobotsRule] = []
    var crawlDelay: Duration?

    /// The product token at the start of a `User-agent` value ("Googlebot/2.1" names "googlebot").
    static func productToken(_ value: String) -> String? {
        if value.hasPrefix("*") { return "*" }
        let token = value.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        return token.isEmpty ? nil : token.lowercased()
    }

    /// A `Crawl-delay` in seconds, capped at a day so absurd values cannot overflow.
    static func crawlDelay(_ value: String) -> Duration? {
        guard let seconds = Double(value), seconds.isFinite, seconds >= 0 else { return nil }
        return .milliseconds(Int64((min(seconds, 86_400) * 1000).rounded()))
    }
}

/// The robots.txt lines the parser acts on.
enum RobotsDirective {
    case userAgent, allow, disallow, crawlDelay, sitemap

    /// The directive and trimmed value of a line, or nil for blank lines, comments and unknown keys.
    ///
    /// Accepts a missing colon ("Disallow /x") and common misspellings, as major crawlers do.
    static func parse(_ line: String) -> (RobotsDirective, String)? {
        let content = line.prefix { $0 != "#" }.trimmingRobotsWhitespace()
        guard !content.isEmpty else { return nil }
        let key: Substring
        let value: Substring
        if let colon = content.firstIndex(of: ":") {
            key = content[..<colon]
            value = content[content.index(after: colon)...]
        } else if let space = content.firstIndex(where: { $0 == " " || $0 == "\t" }) {
            key = content[..<space]
            value = content[space...]
        } else {
            return nil
        }
        guard let directive = directive(named: key.trimmingRobotsWhitespace().lowercased()) else { return nil }
        return (directive, String(value.trimmingRobotsWhitespace()))
    }

    private static func directive(named key: String) -> RobotsDirective? {
        switch key {
        case "user-agent", "useragent", "user agent": .userAgent
        case "allow": .allow
        case "disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw": .disallow
        case "crawl-delay", "crawldelay", "crawl delay": .crawlDelay
        case "sitemap", "site-map": .sitemap
        default: nil
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    fileprivate func trimmingRobotsWhitespace() -> Substring {
        let isWhitespace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isWhitespace($0) }),
            let end = lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return self[start...end]
    }
}
