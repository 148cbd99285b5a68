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
        var collapsed = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if UTF8Scalar.isWhitespace(scalar.value) {
                pendingSpace = !collapsed.isEmpty
                continue
            }
            if pendingSpace {
                collapsed.append(" ")
                pendingSpace = false
            }
            collapsed.append(scalar)
        }
        let result = String(collapsed)
        // Characters never outnumber bytes: only a long text needs counting.
        guard result.utf8.count > maximumContextLength, result.count > maximumContextLength else { return result }
        return String(result.prefix(maximumContextLength - 1)) + "…"
    }

    /// Whether text is already short and single-spaced: spaces only, one at a time, none at
    /// the ends. The common case.
    private static func isClipped(_ text: String) -> Bool {
        guard text.utf8.count <= maximumContextLength else { return false }
        var previous: Unicode.Scalar = " "  // so that a leading space fails
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if previous == " " { return false }
            } else if UTF8Scalar.isWhitespace(scalar.value) {
                return false
            }
            previous = scalar
        }
        return previous != " "
    }
}
