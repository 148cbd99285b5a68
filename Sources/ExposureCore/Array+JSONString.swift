extension Array where Element == UInt8 {
    /// Appends `value` as a quoted JSON string, escaped as `JSONEncoder` escapes it with
    /// `.withoutEscapingSlashes`: quotes, backslashes and control characters; the rest (any
    /// other scalar, U+007F and U+2028 included) as its UTF-8 bytes.
    ///
    /// Written by hand for the history and the report, which write every page's analysis and
    /// every finding: runs that need no escape, nearly all text, are copied whole.
    public mutating func appendJSONString(_ value: String) {
        append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
                case 0x08: append(UInt8(ascii: "b"))
                case 0x09: append(UInt8(ascii: "t"))
                case 0x0A: append(UInt8(ascii: "n"))
                case 0x0C: append(UInt8(ascii: "f"))
                case 0x0D: append(UInt8(ascii: "r"))
                default:
                    // `\u00XX`, lower-case hex; the byte is below 0x20, so its first digit is 0 or 1.
                    let low = byte & 0x0F
                    append(contentsOf: [
                        UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), UInt8(ascii: "0") + byte >> 4,
                        low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10,
                    ])
                }
                runStart = index + 1
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        append(UInt8(ascii: "\""))
    }
}
