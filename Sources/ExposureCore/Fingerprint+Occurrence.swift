import Foundation

extension Fingerprint {
    /// The id of one exposure on one page: the finding's id and the page's key, never the DOM
    /// path or the snippet, so a page redesigned around the same phone keeps the same id.
    public static func occurrence(findingID: String, url: String) -> String {
        occurrence(findingID: findingID, pageKey: pageKey(url))
    }

    /// The id of one exposure on the page whose ``pageKey(_:)`` is `pageKey`: for callers that
    /// fingerprint many exposures of one page and work its key out once.
    public static func occurrence(findingID: String, pageKey: String) -> String {
        hex(fnv1a64("\(findingID)\u{1F}\(pageKey)"))
    }

    /// Query parameters that track a visit rather than name a page (as the crawler drops them).
    private static let trackingParameters: Set<String> = ["fbclid", "gclid", "phpsessid", "jsessionid"]

    /// A page's identity across runs: host lower-cased without default port, path as
    /// published, query without tracking parameters, no fragment. The scheme is left out so a
    /// site moving to HTTPS keeps its ids. Text that is not a URL is its own key.
    public static func pageKey(_ url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            return url
        }
        var key = host.lowercased()
        if let port = components.port, !isDefault(port: port, scheme: components.scheme?.lowercased()) {
            key += ":\(port)"
        }
        // `;jsessionid=` rides on the path itself.
        let path = components.percentEncodedPath.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        key += path.isEmpty ? "/" : path
        let kept = (components.percentEncodedQueryItems ?? []).filter { item in
            let name = item.name.lowercased()
            return !name.hasPrefix("utm_") && !trackingParameters.contains(name)
        }
        if !kept.isEmpty {
            key += "?" + kept.map { item in item.value.map { "\(item.name)=\($0)" } ?? item.name }.joined(separator: "&")
        }
        return key
    }

    private static func isDefault(port: Int, scheme: String?) -> Bool {
        (scheme == "http" && port == 80) || (scheme == "https" && port == 443)
    }
}
