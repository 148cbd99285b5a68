import CCurl

extension Duration {
    /// Milliseconds for a curl timeout option, clamped to at least 1 because curl reads 0 as "never".
    var curlTimeoutMilliseconds: Int {
        let (seconds, attoseconds) = components
        let maximumSeconds = Int64(Int32.max / 1000)
        guard seconds < maximumSeconds else { return Int(Int32.max) }
        return Int(max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
    }

    /// A duration libcurl reported in microseconds.
    static func curlMicroseconds(_ value: curl_off_t) -> Duration {
        .microseconds(Int64(value))
    }

    /// A short reading for messages: "250 ms", "2 s", "1.5 s".
    var spokenDescription: String {
        let milliseconds = curlTimeoutMilliseconds
        if milliseconds < 1000 { return "\(milliseconds) ms" }
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        return "\(milliseconds / 1000).\(milliseconds % 1000 / 100) s"
    }
}
