import ExposureCore

/// Cloudflare's e-mail obfuscation, undone as the browser's script does.
///
/// Cloudflare replaces every address with `[email protected]` and keeps it as hex in a
/// `data-cfemail` attribute or an `/cdn-cgi/l/email-protection#…` link: the first byte is a
/// key, each following byte XOR the key is one UTF-8 byte of the address. The address is
/// public to every visitor, so the auditor reads it too.
enum CloudflareEmail {
    /// The path of Cloudflare's e-mail protection links; the hex follows a `#`.
    static let protectionPath = "/cdn-cgi/l/email-protection"

    /// ``protectionPath`` with the `#` before the hex, made once rather than for every link.
    private static let protectionLink = protectionPath + "#"

    /// The address hidden in `hex`, or nil when it is not a well-formed encoding.
    static func address(fromHex hex: String) -> String? {
        let digits = Array(hex.trimmingASCIIWhitespace().utf8)
        guard digits.count >= 4, digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        let key = bytes[0]
        let decoded = bytes.dropFirst().map { $0 ^ key }
        guard let address = String(validating: decoded, as: UTF8.self), address.contains("@"),
            !address.contains(where: { $0.isWhitespace || $0.isNewline })
        else { return nil }
        return address
    }

    /// The address behind an `href` pointing at Cloudflare's protection page with the hex after `#`.
    static func address(fromLink href: String) -> String? {
        guard href.containsBytes(protectionLink), let hash = href.lastIndex(of: "#") else { return nil }
        return address(fromHex: String(href[href.index(after: hash)...]))
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
