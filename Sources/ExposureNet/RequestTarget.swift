import CCurl

/// The parts of a request URL the client checks and names in messages.
///
/// Parsed with libcurl's own URL parser so that what passes here is what libcurl will fetch.
struct RequestTarget {
    var scheme: String
    var host: String
    var port: Int

    /// Accepts only absolute `http` and `https` URLs.
    init(parsing url: String) throws(NetError) {
        func invalid(_ reason: String) -> NetError {
            NetError(code: .invalidURL, message: "invalid URL: \(reason)", url: url)
        }
        // A NUL would silently cut the C string short, fetching a different URL.
        guard !url.utf8.contains(0) else { throw invalid("it contains a NUL character") }
        guard let handle = curl_url() else { throw invalid("libcurl could not allocate a URL parser") }
        defer { curl_url_cleanup(handle) }

        let parsed = curl_url_set(handle, CURLUPART_URL, url, 0)
        guard parsed == CURLUE_OK else { throw invalid(String(cString: curl_url_strerror(parsed))) }

        func part(_ which: CURLUPart, flags: UInt32 = 0) -> String? {
            var value: UnsafeMutablePointer<CChar>?
            guard curl_url_get(handle, which, &value, flags) == CURLUE_OK, let value else { return nil }
            defer { curl_free(value) }
            return String(cString: value)
        }
        let scheme = part(CURLUPART_SCHEME)?.lowercased() ?? ""
        guard scheme == "http" || scheme == "https" else {
            throw invalid("scheme \"\(scheme)\" is not http or https")
        }
        guard let host = part(CURLUPART_HOST), !host.isEmpty else { throw invalid("it has no host") }
        self.scheme = scheme
        self.host = host
        self.port = part(CURLUPART_PORT, flags: UInt32(CURLU_DEFAULT_PORT)).flatMap { Int($0) } ?? 0
    }
}
