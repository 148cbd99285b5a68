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
        URLComponents(string: url)?.host?.lowercased()
    }

    /// `host:port` of a URL: the unit of politeness, one per server.
    public static func authority(of url: String) -> String? {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else {
            return nil
        }
        let port = components.port ?? defaultPort(for: components.scheme?.lowercased() ?? "http")
        return "\(host):\(port)"
    }

    /// `scheme://host[:port]` of a URL: where its robots.txt lives.
    public static func origin(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.percentEncodedHost?.lowercased()
        else { return nil }
        let port = components.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(host)\(port)"
    }

    /// The path and query of a URL, as robots.txt rules are matched against them.
    public static func pathAndQuery(of url: String) -> String {
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
