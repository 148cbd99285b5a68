import ExposureNet
import Foundation

/// Canonical URLs: one spelling per resource, so the frontier fetches each page once.
///
/// Scheme and host are lower-cased, default ports and fragments dropped, dot segments removed,
/// percent-encoding normalised (upper-case hex, unreserved characters decoded), and an empty
/// path becomes `/`. Only http and https URLs have a canonical form.
public enum CanonicalURL {
    /// Resolves a link as written on a page against the page's base URL, then canonicalises it.
    public static func resolve(_ reference: String, against base: String) -> String? {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, let baseURL = URL(string: base),
            let resolved = URL(string: trimmed, relativeTo: baseURL)
        else { return nil }
        return canonicalize(resolved.absoluteString)
    }

    /// The canonical form of an absolute http or https URL, or nil for anything else.
    public static func canonicalize(_ string: String) -> String? {
        // Nearly every link is already canonical; URLComponents would spell it the same, at a cost.
        if PlainCanonicalURL(string) != nil { return string }
        return canonicalizedByComponents(string)
    }

    /// ``canonicalize(_:)`` through `URLComponents`, for any URL.
    static func canonicalizedByComponents(_ string: String) -> String? {
        guard var components = URLComponents(string: string),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.percentEncodedHost, !host.isEmpty
        else { return nil }
        components.scheme = scheme
        components.percentEncodedHost = host.lowercased()
        if components.port == defaultPort(for: scheme) { components.port = nil }
        components.user = nil
        components.password = nil
        components.fragment = nil
        let path = PercentEncoding.canonical(removeDotSegments(removingSessionParameter(components.percentEncodedPath)))
        components.percentEncodedPath = path.isEmpty ? "/" : path
        if let query = components.percentEncodedQuery {
            let kept = query.split(separator: "&").filter { !isTrackingParameter($0) }.joined(separator: "&")
            components.percentEncodedQuery = kept.isEmpty ? nil : PercentEncoding.canonical(kept)
        }
        return components.string
    }

    /// Query parameters that name a visitor or a campaign, not a resource.
    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "msclkid", "yclid", "dclid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid",
        "jsessionid", "phpsessid", "aspsessionid", "asp.net_sessionid", "sessionid", "session_id", "cfid",
        "cftoken",
    ]

    private static func isTrackingParameter(_ pair: Substring) -> Bool {
        let rawName = pair.prefix { $0 != "=" }
        let name = (String(rawName).removingPercentEncoding ?? String(rawName)).lowercased()
        return name.hasPrefix("utm_") || trackingParameters.contains(name)
    }

    /// Drops a `;jsessionid=...` path parameter, which servers add for cookieless sessions.
    private static func removingSessionParameter(_ path: String) -> String {
        guard let range = path.range(of: ";jsessionid=", options: .caseInsensitive) else { return path }
        let rest = path[range.upperBound...]
        let end = rest.firstIndex { $0 == "/" || $0 == ";" } ?? path.endIndex
        return String(path[..<range.lowerBound] + path[end...])
    }

    /// The host of a canonical URL, or nil.
    public static func host(of url: String) -> String? {
        if let plain = PlainCanonicalURL(url) { return plain.host }
        return URLComponents(string: url)?.host?.lowercased()
    }

    /// `host:port` of a URL: the unit of politeness, one per server.
    public static func authority(of url: String) -> String? {
        if let plain = PlainCanonicalURL(url) { return "\(plain.host):\(plain.port ?? defaultPort(for: plain.scheme))" }
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else {
            return nil
        }
        let port = components.port ?? defaultPort(for: components.scheme?.lowercased() ?? "http")
        return "\(host):\(port)"
    }

    /// `scheme://host[:port]` of a URL: where its robots.txt lives.
    public static func origin(of url: String) -> String? {
        if let plain = PlainCanonicalURL(url) { return "\(plain.scheme)://\(plain.host)\(plain.port.map { ":\($0)" } ?? "")" }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.percentEncodedHost?.lowercased()
        else { return nil }
        let port = components.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(host)\(port)"
    }

    /// The path and query of a URL, as robots.txt rules are matched against them.
    public static func pathAndQuery(of url: String) -> String {
        if let plain = PlainCanonicalURL(url) { return plain.path }
        guard let components = URLComponents(string: url) else { return "/" }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return components.percentEncodedQuery.map { "\(path)?\($0)" } ?? path
    }

    static func defaultPort(for scheme: String) -> Int {
        scheme == "https" ? 443 : 80
    }

    /// RFC 3986 section 5.2.4: resolves `.` and `..` segments in a path.
    static func removeDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        let joined = output.joined(separator: "/")
        return path.hasPrefix("/") && !joined.hasPrefix("/") ? "/" + joined : joined
    }
}

/// A URL that is its own canonical form and plainly spelt, taken apart from its bytes: `http://`
/// or `https://`; a host of at most 253 lower-case letters, digits, dots and dashes in labels
/// that start and end with a letter or digit (no IDNA `xn--` label); a port other than the scheme's default,
/// without leading zeros; a path of unreserved characters, slashes and upper-case escapes of
/// other bytes, with no `.` or `..` segment; no query, no fragment.
///
/// Nearly every URL a crawl handles is one, and `URLComponents` would read and spell it the
/// same way at many times the cost: the crawler asks for the parts of every link and page.
/// Anything else is left to `URLComponents`.
struct PlainCanonicalURL {
    let scheme: String
    let host: String
    let port: Int?
    /// From the first `/`: the path, and with no query, the path and query too.
    let path: String

    init?(_ url: String) {
        let parts = url.utf8.withContiguousStorageIfAvailable { bytes -> PlainCanonicalURL? in
            PlainCanonicalURL(bytes: bytes)
        }
        guard let parts = parts ?? nil else { return nil }
        self = parts
    }

    private init(scheme: String, host: String, port: Int?, path: String) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
    }

    private init?(bytes: UnsafeBufferPointer<UInt8>) {
        let scheme: String
        var index: Int
        if bytes.starts(with: "http://".utf8) {
            (scheme, index) = ("http", 7)
        } else if bytes.starts(with: "https://".utf8) {
            (scheme, index) = ("https", 8)
        } else {
            return nil
        }
        let hostStart = index
        var labelStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: ":"), bytes[index] != UInt8(ascii: "/") {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard Self.isLabel(bytes[labelStart..<index]) else { return nil }
                labelStart = index + 1
            } else if !(Self.isLowerAlphanumeric(byte) || byte == UInt8(ascii: "-")) {
                return nil
            }
            index += 1
        }
        guard Self.isLabel(bytes[labelStart..<index]), index - hostStart <= 253 else { return nil }
        let host = String(decoding: bytes[hostStart..<index], as: UTF8.self)
        var port: Int?
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            index += 1
            let digitsStart = index
            var value = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), index - digitsStart < 5 {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            guard index > digitsStart, bytes[digitsStart] != UInt8(ascii: "0"), value <= 65535,
                value != CanonicalURL.defaultPort(for: scheme)
            else { return nil }
            port = value
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "/"), Self.isPlainPath(bytes[index...]) else { return nil }
        self.init(scheme: scheme, host: host, port: port, path: String(decoding: bytes[index...], as: UTF8.self))
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// A DNS label as IDNA leaves it alone: 1 to 63 letters, digits and dashes, a letter or digit
    /// at each end, and not an `xn--` label.
    private static func isLabel(_ label: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = label.first, let last = label.last, label.count <= 63,
            isLowerAlphanumeric(first), isLowerAlphanumeric(last)
        else { return false }
        return !label.starts(with: "xn--".utf8)
    }

    /// Unreserved characters, slashes and upper-case escapes of bytes that are not unreserved,
    /// with no `.` or `..` segment: what `PercentEncoding.canonical` and dot removal leave as is.
    private static func isPlainPath(_ path: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = path.startIndex
        var segmentStart = index
        while index <= path.endIndex {
            guard index < path.endIndex, path[index] != UInt8(ascii: "/") else {
                let segment = path[segmentStart..<index]
                if segment.elementsEqual(".".utf8) || segment.elementsEqual("..".utf8) { return false }
                index += 1
                segmentStart = index
                continue
            }
            let byte = path[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < path.endIndex, let high = upperHexValue(path[index + 1]),
                    let low = upperHexValue(path[index + 2]), !isUnreserved(high << 4 | low)
                else { return false }
                index += 3
            } else {
                guard isUnreserved(byte) else { return false }
                index += 1
            }
        }
        return true
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        isLowerAlphanumeric(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
    }

    private static func upperHexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
