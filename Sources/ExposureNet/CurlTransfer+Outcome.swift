import CCurl

/// Turning a finished transfer into a response or a `NetError` with a readable message.
extension CurlTransfer {
    /// Why a transfer was stopped before libcurl finished it.
    enum CancellationReason {
        case taskCancelled
        case clientShutDown
    }

    /// The outcome of a transfer libcurl finished with `code`; reads the handle's info, so call
    /// it before the handle is reused or freed.
    func outcome(for code: CURLcode) -> Outcome {
        guard code == CURLE_OK else { return .failure(failure(for: code)) }
        let primaryIP = stringInfo(CURLINFO_PRIMARY_IP)
        return .success(
            HTTPResponse(
                url: request.url,
                status: longInfo(CURLINFO_RESPONSE_CODE),
                headers: responseHeaders,
                body: body,
                wireBytes: longInfo(CURLINFO_HEADER_SIZE) + Int(offsetInfo(CURLINFO_SIZE_DOWNLOAD_T)),
                remoteAddress: primaryIP?.isEmpty == false ? primaryIP : nil,
                httpVersion: responseHTTPVersion,
                timing: HTTPTiming(
                    connect: .curlMicroseconds(offsetInfo(CURLINFO_CONNECT_TIME_T)),
                    firstByte: .curlMicroseconds(offsetInfo(CURLINFO_STARTTRANSFER_TIME_T)),
                    total: .curlMicroseconds(offsetInfo(CURLINFO_TOTAL_TIME_T)))))
    }

    /// The error for a transfer stopped on our side.
    func cancellation(_ reason: CancellationReason) -> NetError {
        let message =
            switch reason {
            case .taskCancelled: "request to \(target.host) cancelled"
            case .clientShutDown: "request to \(target.host) abandoned: the HTTP client shut down"
            }
        return NetError(code: .cancelled, message: message, url: request.url)
    }

    private func failure(for code: CURLcode) -> NetError {
        if let refusedAddress {
            let address = AddressPolicy.describe(refusedAddress)
            return NetError(
                code: .internalAddress,
                message: "refused to connect to \(target.host) at internal address \(address): only addresses you name may be private",
                url: request.url, curlCode: Int(code.rawValue))
        }
        let kind = bodyExceededCap ? .bodyTooLarge : NetError.Code(code)
        let host = target.host
        let summary =
            switch kind {
            case .invalidURL: "invalid URL"
            case .dnsFailed: "could not resolve host \(host)"
            case .connectionFailed: "connection to \(host) port \(target.port) failed"
            case .timeout: timeoutSummary()
            case .bodyTooLarge: "response body from \(host) exceeds the \(capDescription) limit"
            case .tls: "TLS failure with \(host)"
            case .protocolError: "invalid HTTP response from \(host)"
            case .cancelled, .internalAddress, .other: "request to \(host) failed"
            }
        // When our own cap stopped the write, libcurl's "failure writing output" would only confuse.
        let detail = bodyExceededCap ? "" : " (\(curlDetail(code)))"
        return NetError(code: kind, message: summary + detail, url: request.url, curlCode: Int(code.rawValue))
    }

    /// Names the phase that ran out of time and the limit that applied to it.
    private func timeoutSummary() -> String {
        let host = target.host
        if offsetInfo(CURLINFO_CONNECT_TIME_T) == 0 {
            let limit = min(request.connectTimeout, request.totalTimeout)
            return "timed out after \(limit.spokenDescription) connecting to \(host)"
        }
        let limit = request.totalTimeout.spokenDescription
        if offsetInfo(CURLINFO_STARTTRANSFER_TIME_T) == 0 {
            return "timed out after \(limit) waiting for \(host) to answer"
        }
        return "timed out after \(limit) receiving the response from \(host)"
    }

    /// libcurl's generic text for `code`, followed by its specific detail when it left one.
    private func curlDetail(_ code: CURLcode) -> String {
        let generic = String(cString: curl_easy_strerror(code))
        var specific = String(cString: errorBuffer)
        while specific.last?.isNewline == true { specific.removeLast() }
        return specific.isEmpty || specific == generic ? generic : "\(generic): \(specific)"
    }

    /// The body cap in the unit people would write it in, e.g. "1 MiB" or "1500-byte".
    private var capDescription: String {
        let cap = request.maxBodyBytes
        if cap > 0, cap % (1024 * 1024) == 0 { return "\(cap / (1024 * 1024)) MiB" }
        if cap > 0, cap % 1024 == 0 { return "\(cap / 1024) KiB" }
        return "\(cap)-byte"
    }

    private func longInfo(_ info: CURLINFO) -> Int {
        var value = 0
        _ = ea_easy_getinfo_long(easy, info, &value)
        return value
    }

    private func offsetInfo(_ info: CURLINFO) -> curl_off_t {
        var value: curl_off_t = 0
        _ = ea_easy_getinfo_off(easy, info, &value)
        return value
    }

    private func stringInfo(_ info: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard ea_easy_getinfo_string(easy, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }
}
