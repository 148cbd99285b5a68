extension ImageCandidate {
    /// Parses a `srcset` value into candidates with URLs as written, following the WHATWG
    /// algorithm: URLs end at whitespace, so commas inside a URL survive; descriptors end at a
    /// comma outside parentheses.
    ///
    /// Every delimiter is ASCII, so the value is read as UTF-8 bytes: a non-ASCII character never
    /// holds an ASCII byte, and the cuts fall between characters.
    static func parseSrcset(_ value: String) -> [ImageCandidate] {
        var candidates: [ImageCandidate] = []
        parseSrcset(value, into: &candidates)
        return candidates
    }

    /// ``parseSrcset(_:)``, appending to `candidates`.
    static func parseSrcset(_ value: String, into candidates: inout [ImageCandidate]) {
        var value = value
        value.withUTF8 { bytes in
            var index = 0
            while true {
                while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: ",") { index += 1 }
                guard index < bytes.count else { return }
                let urlStart = index
                while index < bytes.count, !isSpace(bytes[index]) { index += 1 }
                var urlEnd = index
                var descriptor: String?
                if bytes[urlEnd - 1] == UInt8(ascii: ",") {
                    while urlEnd > urlStart, bytes[urlEnd - 1] == UInt8(ascii: ",") { urlEnd -= 1 }
                } else {
                    var inParentheses = false
                    let descriptorStart = index
                    while index < bytes.count {
                        let byte = bytes[index]
                        if byte == UInt8(ascii: ",") && !inParentheses { break }
                        if byte == UInt8(ascii: "(") { inParentheses = true }
                        if byte == UInt8(ascii: ")") { inParentheses = false }
                        index += 1
                    }
                    descriptor = Self.descriptor(bytes[descriptorStart..<index])
                }
                guard urlEnd > urlStart else { continue }
                let url = String(decoding: UnsafeBufferPointer(rebasing: bytes[urlStart..<urlEnd]), as: UTF8.self)
                candidates.append(ImageCandidate(url: url, descriptor: descriptor))
            }
        }
    }

    /// A candidate's descriptor with its whitespace runs collapsed to single spaces; nil when blank.
    private static func descriptor(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let words = String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self).split { $0.isWhitespace }
            return words.isEmpty ? nil : words.joined(separator: " ")
        }
        // ASCII, the usual `300w` or `2x`: whitespace is ASCII's (CR LF being two of it).
        let isWhitespace: (UInt8) -> Bool = { (0x09...0x0D).contains($0) || $0 == 0x20 }
        guard let first = bytes.firstIndex(where: { !isWhitespace($0) }) else { return nil }
        let last = bytes.lastIndex(where: { !isWhitespace($0) })!
        var collapsed: [UInt8] = []
        var pendingSpace = false
        for byte in bytes[first...last] {
            if isWhitespace(byte) {
                pendingSpace = true
            } else {
                if pendingSpace { collapsed.append(0x20) }
                pendingSpace = false
                collapsed.append(byte)
            }
        }
        return String(decoding: collapsed, as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
