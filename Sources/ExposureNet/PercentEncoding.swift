/// One percent-encoding for URL paths and queries, so that equal URLs compare equal: `%7E` and
/// `~` match, and so do `ツ` and `%E3%83%84` (RFC 3986 section 6.2.2, RFC 9309 section 2.2.2).
/// Used for robots.txt rules and for the crawler's canonical URLs alike.
public enum PercentEncoding {
    /// `text` with escapes of unreserved characters decoded, every other escape in upper case,
    /// and bytes outside printable ASCII escaped.
    public static func canonical(_ text: String) -> String {
        String(decoding: canonicalBytes(text), as: UTF8.self)
    }

    /// ``canonical(_:)`` as UTF-8 bytes.
    static func canonicalBytes(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var canonical: [UInt8] = []
        canonical.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                let decoded = high << 4 | low
                if isUnreserved(decoded) {
                    canonical.append(decoded)
                } else {
                    appendEscape(decoded, to: &canonical)
                }
                index += 3
                continue
            }
            if byte <= 0x20 || byte >= 0x7F {
                appendEscape(byte, to: &canonical)
            } else {
                canonical.append(byte)
            }
            index += 1
        }
        return canonical
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    private static func appendEscape(_ byte: UInt8, to output: inout [UInt8]) {
        let digits = Array("0123456789ABCDEF".utf8)
        output += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }
}
