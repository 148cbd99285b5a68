/// Where a finding was seen: the page, the element, and a short snippet around it.
public struct Evidence: Sendable, Hashable, Codable {
    /// The page URL the finding was seen on.
    public var url: String
    /// The DOM path of the element holding it, e.g. `/html/body/table/tr[3]/td[2]`.
    public var path: String
    /// A short snippet of the surrounding text, at most ``maximumContextLength`` characters.
    public var context: String

    /// Snippets are capped so that reports never carry whole pages of personal data.
    public static let maximumContextLength = 160

    public init(url: String, path: String, context: String) {
        self.url = url
        self.path = path
        self.context = Evidence.clip(context)
    }

    /// Collapses whitespace and shortens text to the snippet cap, keeping its start.
    public static func clip(_ text: String) -> String {
        if isClipped(text) { return text }
        let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard collapsed.count > maximumContextLength else { return collapsed }
        return String(collapsed.prefix(maximumContextLength - 1)) + "…"
    }

    /// Whether text is already short and single-spaced: ASCII whitespace only, one at a time,
    /// none at the ends. The common case, checked on bytes.
    private static func isClipped(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count <= maximumContextLength, bytes.first != 0x20, bytes.last != 0x20 else { return false }
        var previousWasSpace = false
        for byte in bytes {
            switch byte {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xC2, 0xE2, 0xE3: return false  // other whitespace, or may be
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            default: previousWasSpace = false
            }
        }
        return true
    }
}
