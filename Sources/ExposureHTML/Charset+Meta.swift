extension Charset {
    /// The charset label of the first `<meta charset>` or `<meta http-equiv=content-type>`
    /// within ``prescanLength`` bytes, found on the raw bytes (a simplified WHATWG prescan).
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        var scanner = MetaScanner(bytes: bytes, limit: min(bytes.count, prescanLength))
        return scanner.run()
    }

    /// Extracts `charset=...` from a `content` value such as `text/html; charset=windows-1258`.
    static func charsetFromMetaContent(_ content: String) -> String? {
        let bytes = Array(content.utf8)
        var index = 0
        while let found = find(MetaScanner.charsetWord, in: bytes, from: index) {
            var cursor = found + 7
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else {
                index = cursor
                continue
            }
            cursor += 1
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count else { return nil }
            let quote = bytes[cursor]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let start = cursor + 1
                guard let end = bytes[start...].firstIndex(of: quote) else { return nil }
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            let end = bytes[cursor...].firstIndex { isSpace($0) || $0 == UInt8(ascii: ";") } ?? bytes.count
            return String(decoding: bytes[cursor..<end], as: UTF8.self)
        }
        return nil
    }

    fileprivate static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    fileprivate static func lowered(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    /// The index of `needle` in `bytes` at or after `start`, ignoring ASCII case; needle is lowercase.
    fileprivate static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if matches(needle, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    fileprivate static func matches(_ needle: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where lowered(bytes[index + offset]) != needle[offset] {
            return false
        }
        return true
    }
}

/// Walks raw bytes for `<meta>` tags, skipping comments, as the WHATWG prescan does.
private struct MetaScanner {
    static let commentOpen = Array("<!--".utf8)
    static let commentClose = Array("-->".utf8)
    static let metaOpen = Array("<meta".utf8)
    static let charsetWord = Array("charset".utf8)

    let bytes: [UInt8]
    let limit: Int
    var index = 0

    init(bytes: [UInt8], limit: Int) {
        self.bytes = bytes
        self.limit = limit
    }

    mutating func run() -> String? {
        while index < limit {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if Charset.matches(Self.commentOpen, in: bytes, at: index) {
                index = (Charset.find(Self.commentClose, in: bytes, from: index + 4) ?? bytes.count) + 3
            } else if Charset.matches(Self.metaOpen, in: bytes, at: index),
                index + 5 < bytes.count, Charset.isSpace(bytes[index + 5]) || bytes[index + 5] == UInt8(ascii: "/")
            {
                index += 5
                if let label = metaLabel() { return label }
            } else {
                index += 1
            }
        }
        return nil
    }

    /// Reads one meta tag's attributes and returns its charset label, if it declares one.
    private mutating func metaLabel() -> String? {
        var httpEquiv: String?
        var content: String?
        var charset: String?
        while let (name, value) = nextAttribute() {
            switch name {
            case "http-equiv": httpEquiv = httpEquiv ?? value.lowercased()
            case "content": content = content ?? value
            case "charset": charset = charset ?? value
            default: break
            }
        }
        if let charset { return charset }
        if httpEquiv == "content-type", let content { return Charset.charsetFromMetaContent(content) }
        return nil
    }

    /// The next attribute of the current tag, or nil at its `>`.
    private mutating func nextAttribute() -> (String, String)? {
        while index < bytes.count, Charset.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
            index += 1
        }
        guard index < bytes.count, bytes[index] != UInt8(ascii: ">") else {
            index += 1
            return nil
        }
        let nameStart = index
        while index < bytes.count, !Charset.isSpace(bytes[index]),
            ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index]) || index == nameStart
        {
            index += 1
        }
        let name = String(decoding: bytes[nameStart..<index].map(Charset.lowered), as: UTF8.self)
        while index < bytes.count, Charset.isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return (name, "") }
        index += 1
        while index < bytes.count, Charset.isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return (name, "") }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = index + 1
            let end = bytes[start...].firstIndex(of: quote) ?? bytes.count
            index = min(end + 1, bytes.count)
            return (name, String(decoding: bytes[start..<end], as: UTF8.self))
        }
        let start = index
        while index < bytes.count, !Charset.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
            index += 1
        }
        return (name, String(decoding: bytes[start..<index], as: UTF8.self))
    }
}
