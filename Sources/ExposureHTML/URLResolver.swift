import Foundation

/// Resolves `href` and `src` values against a page's base URL, as browsers do.
struct URLResolver {
    let base: URL?
    private var cache: [String: String] = [:]

    init(base: String) {
        self.base = URL(string: base)
    }

    /// The absolute URL for `reference`.
    ///
    /// Tabs and newlines are dropped and the ends trimmed; a non-web scheme (`tel:`, `mailto:`,
    /// `javascript:`, `data:`) is kept as written; backslashes read as slashes; characters a URL
    /// cannot hold are percent-encoded. A reference that still does not parse is returned trimmed.
    mutating func resolve(_ reference: String) -> String {
        if let known = cache[reference] { return known }
        let resolved = Self.resolve(reference, against: base)
        cache[reference] = resolved
        return resolved
    }

    private static let webSchemes: Set<String> = ["http", "https", "ftp", "file"]

    private static func resolve(_ reference: String, against base: URL?) -> String {
        let cleaned = String(
            reference.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
                .trimmingCharacters(in: .whitespaces.union(.controlCharacters)))
        if let scheme = scheme(of: cleaned), !webSchemes.contains(scheme) { return cleaned }
        let slashed = cleaned.replacingOccurrences(of: "\\", with: "/")
        let url = URL(string: slashed, relativeTo: base) ?? URL(string: percentEncoded(slashed), relativeTo: base)
        guard let url, url.scheme != nil else { return cleaned }
        return url.absoluteURL.standardized.absoluteString
    }

    /// The lowercased scheme of an absolute reference (`scheme:` per RFC 3986), if any.
    private static func scheme(of reference: String) -> String? {
        guard let colon = reference.firstIndex(of: ":") else { return nil }
        let candidate = reference[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return candidate.lowercased()
    }

    private static func percentEncoded(_ reference: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed.union(.urlPathAllowed).union(.urlFragmentAllowed)
        allowed.insert(charactersIn: "%#?/:@!$&'()*+,;=")
        return reference.addingPercentEncoding(withAllowedCharacters: allowed) ?? reference
    }
}
