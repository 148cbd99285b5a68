import Foundation

/// Resolves `href` and `src` values against a page's base URL, as browsers do.
struct URLResolver {
    let base: URL?
    /// The base for resolving plain references by hand; nil when the base is not a plain http(s) URL.
    private let plainBase: PlainURL?
    private var cache: [String: String] = [:]

    init(base: String) {
        self.base = URL(string: base)
        plainBase = self.base == nil ? nil : PlainURL(base)
    }

    /// The absolute URL for `reference`.
    ///
    /// Tabs and newlines are dropped and the ends trimmed; a non-web scheme (`tel:`, `mailto:`,
    /// `javascript:`, `data:`) is kept as written; backslashes read as slashes; characters a URL
    /// cannot hold are percent-encoded. A reference that still does not parse is returned trimmed.
    mutating func resolve(_ reference: String) -> String {
        let cleaned = Self.trimmed(reference)
        // Nearly every reference is plain and resolved by hand; Foundation, slow, takes the rest.
        switch PlainURL.scheme(of: cleaned) {
        case .scheme(let scheme) where !Self.webSchemes.contains(scheme):
            return cleaned
        case .none, .scheme("http"), .scheme("https"):
            if let resolved = PlainURL.resolve(cleaned, against: plainBase) { return resolved }
        case .scheme, .unclear:
            break
        }
        if let known = cache[reference] { return known }
        let resolved = Self.resolve(cleaned: cleaned, against: base)
        cache[reference] = resolved
        return resolved
    }

    private static let webSchemes: Set<String> = ["http", "https", "ftp", "file"]

    /// Foundation's resolution, for what ``PlainURL`` leaves: encoding, unusual schemes and hosts.
    private static func resolve(cleaned: String, against base: URL?) -> String {
        if let scheme = scheme(of: cleaned), !webSchemes.contains(scheme) { return cleaned }
        let slashed = String(cleaned.map { $0 == "\\" ? "/" : $0 })
        let url = URL(string: slashed, relativeTo: base) ?? URL(string: percentEncoded(slashed), relativeTo: base)
        guard let url, url.scheme != nil else { return cleaned }
        return url.absoluteURL.standardized.absoluteString
    }

    /// The reference without tabs and newlines anywhere and without spaces and control
    /// characters at its ends, as browsers read an `href`.
    private static func trimmed(_ reference: String) -> String {
        // The common case: plain ASCII ends and no whitespace or control bytes anywhere.
        let isPlain = reference.utf8.withContiguousStorageIfAvailable { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return false }
            return first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F && !utf8.contains(where: { $0 <= 0x20 })
        }
        if isPlain == true { return reference }
        var scalars = reference.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
        let isPadding: (Unicode.Scalar) -> Bool = {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control
        }
        while let first = scalars.first, isPadding(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isPadding(last) { scalars = scalars.dropLast() }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
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

    /// Characters kept as they are when a reference must be percent-encoded to parse.
    private static let allowedInReference: CharacterSet = {
        var allowed = CharacterSet.urlQueryAllowed.union(.urlPathAllowed).union(.urlFragmentAllowed)
        allowed.insert(charactersIn: "%#?/:@!$&'()*+,;=")
        return allowed
    }()

    private static func percentEncoded(_ reference: String) -> String {
        reference.addingPercentEncoding(withAllowedCharacters: allowedInReference) ?? reference
    }
}
