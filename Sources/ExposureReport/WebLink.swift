import Foundation

/// A page URL fit to be a link target in a report, or nil when it must stay plain text.
///
/// Only `http` and `https` URLs become links: a page can name `javascript:`, `data:` or
/// `file:` URLs, and a report must never run or open those. The target is percent-encoded
/// beyond what URLs allow bare, so that no quote, space, bracket or angle bracket can end it
/// early in Markdown or in an HTML attribute.
enum WebLink {
    static func target(_ url: String) -> String? {
        let trimmed = DisplayText.clean(url).trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":"),
            ["http", "https"].contains(trimmed[..<colon].lowercased()),
            trimmed[colon...].hasPrefix("://")
        else { return nil }
        return trimmed.addingPercentEncoding(withAllowedCharacters: allowed)
    }

    /// The path and query of a URL, which is what a reader recognises on their own site; the
    /// whole string when it has no path. Raw: the caller escapes it for its output.
    static func displayPath(_ url: String) -> String {
        guard let components = URLComponents(string: url), !components.percentEncodedPath.isEmpty else { return url }
        return components.percentEncodedPath + (components.percentEncodedQuery.map { "?\($0)" } ?? "")
    }

    /// RFC 3986 unreserved and the reserved characters URLs need, plus `%` for what is already
    /// encoded; not `(`, `)`, `'`, `[`, `]`, `<`, `>`, `"`, backtick, space or `\`.
    private static let allowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&*+,;=%")
}
