import CCurl
import Synchronization

/// One request on its way through the engine: owns the curl easy handle and everything libcurl
/// reads or writes while the transfer runs.
///
/// Until it is submitted only the fetching task touches it; from then on only the engine thread
/// does (libcurl runs the callbacks inside `curl_multi_perform`). The one exception is the
/// cancellation flag, which is atomic.
final class CurlTransfer: @unchecked Sendable {
    typealias Outcome = Result<HTTPResponse, NetError>

    let request: HTTPRequest
    let target: RequestTarget
    /// The `CURL *` easy handle, freed in `deinit`.
    let easy: UnsafeMutableRawPointer
    /// Where libcurl writes the detail of a failure, `CURL_ERROR_SIZE` bytes long.
    let errorBuffer: UnsafeMutablePointer<CChar>
    private var requestHeaderList: UnsafeMutablePointer<curl_slist>?
    private var continuation: CheckedContinuation<Outcome, Never>?
    private let cancellationRequested = Atomic<Bool>(false)

    /// Headers of the latest response seen, reset by every status line.
    var responseHeaders: [HTTPHeader] = []
    /// The version from the latest status line, e.g. "1.1" or "2".
    var responseHTTPVersion = ""
    var body: [UInt8] = []
    /// Set when the write callback refused data because the body outgrew `maxBodyBytes`.
    var bodyExceededCap = false
    /// The internal address a connection was refused to, when ``HTTPRequest/allowsInternalAddresses`` is off.
    var refusedAddress: [UInt8]?

    /// Prepares a transfer for `request`; fails at once for URLs that cannot be fetched.
    init(request: HTTPRequest, userAgent: String) throws(NetError) {
        let target = try RequestTarget(parsing: request.url)
        guard let easy = curl_easy_init() else {
            throw NetError(code: .other, message: "libcurl could not create a transfer", url: request.url)
        }
        self.request = request
        self.target = target
        self.easy = easy
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        // Thrown after full initialisation, so deinit still releases the handle and buffer.
        try configure(userAgent: userAgent)
    }

    deinit {
        curl_easy_cleanup(easy)
        curl_slist_free_all(requestHeaderList)
        errorBuffer.deallocate()
    }

    /// Whether the fetching task has asked to stop; readable from any thread.
    var isCancellationRequested: Bool { cancellationRequested.load(ordering: .acquiring) }

    /// Marks the transfer cancelled; the engine acts on it at its next turn.
    func requestCancellation() {
        cancellationRequested.store(true, ordering: .releasing)
    }

    /// Remembers where to deliver the outcome; called once, before submission.
    func awaitOutcome(with continuation: CheckedContinuation<Outcome, Never>) {
        self.continuation = continuation
    }

    /// Delivers the outcome to the waiting task; later calls are ignored, so it resumes exactly once.
    func finish(_ outcome: Outcome) {
        guard let continuation else { return }
        self.continuation = nil
        continuation.resume(returning: outcome)
    }

    private func configure(userAgent: String) throws(NetError) {
        let userdata = Unmanaged.passUnretained(self).toOpaque()
        try setOption(CURLOPT_URL, string: request.url)
        try setOption(CURLOPT_NOSIGNAL, 1)
        // The crawler follows redirects itself, one hop at a time, to check each against its scope.
        try setOption(CURLOPT_FOLLOWLOCATION, 0)
        try setOption(CURLOPT_PROTOCOLS_STR, string: "http,https")
        try setOption(CURLOPT_REDIR_PROTOCOLS_STR, string: "http,https")
        try setOption(CURLOPT_CONNECTTIMEOUT_MS, request.connectTimeout.curlTimeoutMilliseconds)
        try setOption(CURLOPT_TIMEOUT_MS, request.totalTimeout.curlTimeoutMilliseconds)
        // The empty string asks for every encoding libcurl can decode (gzip, deflate, br, zstd).
        try setOption(CURLOPT_ACCEPT_ENCODING, string: "")
        try setOption(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        try setOption(CURLOPT_SSL_VERIFYPEER, 1)
        try setOption(CURLOPT_SSL_VERIFYHOST, 2)
        try setOption(CURLOPT_USERAGENT, string: userAgent)
        try check(ea_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer), CURLOPT_ERRORBUFFER)

        try check(ea_easy_setopt_data_callback(easy, CURLOPT_WRITEFUNCTION, Self.writeCallback), CURLOPT_WRITEFUNCTION)
        try check(ea_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, userdata), CURLOPT_WRITEDATA)
        try check(
            ea_easy_setopt_data_callback(easy, CURLOPT_HEADERFUNCTION, Self.headerCallback), CURLOPT_HEADERFUNCTION)
        try check(ea_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, userdata), CURLOPT_HEADERDATA)
        try setOption(CURLOPT_LOW_SPEED_LIMIT, request.lowSpeedLimit)
        try setOption(CURLOPT_LOW_SPEED_TIME, max(1, Int(request.lowSpeedWindow.components.seconds)))
        if !request.allowsInternalAddresses {
            try check(ea_easy_setopt_opensocket_callback(easy, Self.openSocketCallback), CURLOPT_OPENSOCKETFUNCTION)
            try check(ea_easy_setopt_pointer(easy, CURLOPT_OPENSOCKETDATA, userdata), CURLOPT_OPENSOCKETDATA)
        }

        switch request.method {
        case .get:
            if let limit = declaredSizeLimit {
                try check(ea_easy_setopt_off(easy, CURLOPT_MAXFILESIZE_LARGE, limit), CURLOPT_MAXFILESIZE_LARGE)
            }
        case .head:
            try setOption(CURLOPT_NOBODY, 1)
        }

        for header in request.headers {
            try appendRequestHeader(header)
        }
        if let requestHeaderList {
            try check(ea_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, requestHeaderList), CURLOPT_HTTPHEADER)
        }
    }

    /// The largest `Content-Length` worth starting to download, so hopeless bodies fail before
    /// any of them arrives.
    ///
    /// Content-Length counts encoded bytes, and compression can make a body slightly larger than
    /// its decoded form; the margin covers that. The write callback enforces the exact cap.
    private var declaredSizeLimit: curl_off_t? {
        let cap = request.maxBodyBytes
        guard cap > 0 else { return nil }
        let margin = cap / 256 + 1024
        return cap > Int.max - margin ? nil : curl_off_t(cap + margin)
    }

    private func appendRequestHeader(_ header: HTTPHeader) throws(NetError) {
        let nameIsToken =
            !header.name.isEmpty
            && header.name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "!#$%&'*+-.^_`|~".contains($0)) }
        // A line break would let a value smuggle in further headers; a NUL would cut it short.
        let valueIsOneLine = !header.value.contains { $0.isNewline || $0 == "\u{0}" }
        guard nameIsToken, valueIsOneLine else {
            throw NetError(
                code: .other, message: "request header \"\(header.name)\" is malformed", url: request.url)
        }
        // libcurl reads "Name:" as "remove this header" and "Name;" as "send it empty".
        let line = header.value.isEmpty ? header.name + ";" : header.name + ": " + header.value
        guard let list = curl_slist_append(requestHeaderList, line) else {
            throw NetError(code: .other, message: "libcurl could not store a request header", url: request.url)
        }
        requestHeaderList = list
    }

    private func setOption(_ option: CURLoption, _ value: Int) throws(NetError) {
        try check(ea_easy_setopt_long(easy, option, value), option)
    }

    private func setOption(_ option: CURLoption, string value: String) throws(NetError) {
        try check(ea_easy_setopt_string(easy, option, value), option)
    }

    private func check(_ code: CURLcode, _ option: CURLoption) throws(NetError) {
        guard code == CURLE_OK else {
            throw NetError(
                code: .other,
                message: "libcurl refused option \(option.rawValue): \(String(cString: curl_easy_strerror(code)))",
                url: request.url, curlCode: Int(code.rawValue))
        }
    }
}
