import CCurl

/// The C callbacks libcurl calls on the engine thread; they capture nothing and reach their
/// transfer through the userdata pointer, which the engine keeps alive while the handle is attached.
extension CurlTransfer {
    static let writeCallback: ea_curl_data_callback = { data, size, count, userdata in
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata!).takeUnretainedValue()
        let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
        // Returning less than offered makes libcurl stop with CURLE_WRITE_ERROR.
        return transfer.receiveBody(bytes) ? bytes.count : 0
    }

    static let headerCallback: ea_curl_data_callback = { data, size, count, userdata in
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata!).takeUnretainedValue()
        let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
        transfer.receiveHeaderLine(bytes)
        return bytes.count
    }

    /// Refuses to connect to internal addresses; installed only for requests that must not reach them.
    static let openSocketCallback: ea_curl_opensocket_callback = { userdata, _, address in
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata!).takeUnretainedValue()
        var raw = [UInt8](repeating: 0, count: 16)
        let count = Int(ea_sockaddr_ip_bytes(address, &raw))
        let bytes = Array(raw.prefix(count))
        guard count > 0, !AddressPolicy.isInternal(bytes) else {
            transfer.refusedAddress = bytes
            return CURL_SOCKET_BAD
        }
        return ea_open_socket(address)
    }

    /// Appends decoded body bytes, refusing them once the body would exceed `maxBodyBytes`.
    ///
    /// libcurl hands over bytes after content decoding, so this also stops decompression bombs.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= request.maxBodyBytes else {
            bodyExceededCap = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Records one header line; a status line starts a fresh list, so only the last response's
    /// headers remain after interim (1xx) responses.
    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        var line = Self.decodeHeaderText(bytes)
        // "\r\n" is a single Character in Swift, so test for newlines rather than compare.
        while line.last?.isNewline == true { line.removeLast() }
        if line.hasPrefix("HTTP/") {
            responseHeaders.removeAll()
            responseHTTPVersion = String(line.dropFirst("HTTP/".count).prefix { $0 != " " })
            return
        }
        guard let first = line.first else { return }
        if first == " " || first == "\t", !responseHeaders.isEmpty {
            // An obsolete folded continuation of the previous header's value.
            responseHeaders[responseHeaders.count - 1].value += " " + line.trimmingHeaderWhitespace()
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        responseHeaders.append(
            HTTPHeader(
                name: String(line[..<colon]).trimmingHeaderWhitespace(),
                value: String(line[line.index(after: colon)...]).trimmingHeaderWhitespace()))
    }

    /// Header bytes as text: UTF-8 when valid, else Latin-1, the historical header charset.
    private static func decodeHeaderText(_ bytes: UnsafeRawBufferPointer) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    fileprivate func trimmingHeaderWhitespace() -> String {
        let isWhitespace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isWhitespace($0) }),
            let end = lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return String(self[start...end])
    }
}
