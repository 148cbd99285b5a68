import CCurl

/// libcurl's process-wide set-up, which must run once before any handle is made.
enum CurlGlobal {
    /// Whether `curl_global_init` succeeded; Swift runs a static initialiser exactly once, thread-safely.
    static let isInitialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK
}
