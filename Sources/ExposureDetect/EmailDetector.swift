import ExposureCore
import ExposureHTML
import Foundation

/// Finds email addresses in page text and `mailto:` links.
public struct EmailDetector: Detector {
    /// Free mail providers: an address there is the person's own, not the agency's.
    static let personalDomains: Set<String> = [
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.com.vn", "ymail.com", "hotmail.com",
        "outlook.com", "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "protonmail.com",
        "proton.me", "zoho.com", "mail.ru", "gmx.com", "yandex.com",
    ]

    /// Endings that make `name@2x.png` a file name, not an address.
    private static let fileExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "css", "js"]

    public init() {}

    public func detect(in page: PageText) -> [Detection] {
        let document = page.document
        var detections: [Detection] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            detections += page.detections(of: self, inBlock: blockIndex) {
                let text = EmailDetector.deobfuscated(block.text)
                return EmailDetector.addressRanges(in: text).map { range in
                    EmailDetector.detection(
                        value: String(text[range]),
                        anchor: page.anchor(block: blockIndex, at: range.lowerBound, in: text),
                        context: Snippet.around(range, in: text))
                }
            }
        }
        for link in document.links where link.url.hasPrefixIgnoringASCIICase("mailto:") {
            let payload = EmailDetector.mailtoAddress(link.url)
            guard let range = EmailDetector.addressRanges(in: payload).first else { continue }
            let address = String(payload[range])
            let anchor = page.anchor(of: link)
            let alreadySeen = detections.contains {
                $0.normalized == address.lowercased() && $0.anchor.blockIndex == anchor.blockIndex
                    && anchor.blockIndex != nil
            }
            guard !alreadySeen else { continue }
            detections.append(EmailDetector.detection(value: address, anchor: anchor, context: link.text))
        }
        return detections
    }

    /// The detection of an address found at `anchor`: lower-cased, and personal when at a free mail provider.
    static func detection(value: String, anchor: Anchor, context: String) -> Detection {
        let normalized = value.lowercased()
        let domain = normalized.split(separator: "@").last.map(String.init) ?? ""
        let personal = EmailDetector.personalDomains.contains(domain)
        return Detection(
            kind: .email, subtype: personal ? "personal" : "official", value: value, normalized: normalized,
            confidence: 0.95, anchor: anchor, context: context)
    }

    /// Spellings sites use to hide `@` and `.` from harvesters; they hide nothing from us.
    private static let obfuscations: [(String, String)] = [
        (" [at] ", "@"), ("[at]", "@"), (" (at) ", "@"), ("(at)", "@"), ("{at}", "@"), ("(a)", "@"), ("[@]", "@"),
        (" [dot] ", "."), ("[dot]", "."), (" (dot) ", "."), ("(dot)", "."), ("{dot}", "."),
    ]

    /// The text with `name [at] domain [dot] gov` style obfuscation undone.
    static func deobfuscated(_ text: String) -> String {
        guard mayBeObfuscated(text) else { return text }
        var result = text
        for (hidden, plain) in obfuscations where result.range(of: hidden, options: .caseInsensitive) != nil {
            result = result.replacingOccurrences(of: hidden, with: plain, options: .caseInsensitive)
        }
        return result
    }

    /// Whether a bracket is followed by `a`, `@` or `d`, as every obfuscation above begins;
    /// a cheap byte scan that spares almost every block the replacements.
    private static func mayBeObfuscated(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            // Most blocks hold no bracket at all, which `memchr` tells fastest.
            let brackets = [UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{")]
            guard brackets.contains(where: { ByteSearch.contains($0, in: bytes) }) else { return false }
            for index in bytes.indices.dropLast() {
                switch bytes[index] {
                case UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"):
                    switch bytes[index + 1] {
                    case UInt8(ascii: "a"), UInt8(ascii: "A"), UInt8(ascii: "@"), UInt8(ascii: "d"), UInt8(ascii: "D"):
                        return true
                    default: continue
                    }
                default: continue
                }
            }
            return false
        }
    }

    /// Ranges of `local@domain.tld` in text: scanned outward from each `@`.
    static func addressRanges(in text: String) -> [Range<String.Index>] {
        guard text.containsByte(UInt8(ascii: "@")) else { return [] }
        // ASCII text (a `mailto:` payload, most often) is scanned on bytes, each a character.
        let asciiRanges = text.withUTF8Bytes { bytes in bytes.allSatisfy { $0 < 0x80 } ? asciiAddressRanges(in: bytes) : nil }
        if let asciiRanges {
            let utf8 = text.utf8
            return asciiRanges.map {
                utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)
            }
        }
        var ranges: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let at = text[searchStart...].firstIndex(of: "@") {
            defer { searchStart = text.index(after: at) }
            var start = at
            while start > searchStart, isLocalCharacter(text[text.index(before: start)]) {
                start = text.index(before: start)
            }
            var end = text.index(after: at)
            while end < text.endIndex, isDomainCharacter(text[end]) { end = text.index(after: end) }
            // Trailing dots and hyphens are sentence punctuation, not part of the domain.
            while end > at, let last = text[..<end].last, last == "." || last == "-" { end = text.index(before: end) }
            let local = text[start..<at]
            let domain = text[text.index(after: at)..<end]
            let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
            guard !local.isEmpty, !local.hasPrefix("."), labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
                let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter),
                !fileExtensions.contains(tld.lowercased())
            else { continue }
            ranges.append(start..<end)
        }
        return ranges
    }

    /// ``addressRanges(in:)`` on ASCII bytes, by the same rules: byte offsets of the addresses.
    private static func asciiAddressRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var searchStart = 0
        while let at = bytes[searchStart...].firstIndex(of: UInt8(ascii: "@")) {
            defer { searchStart = at + 1 }
            var start = at
            while start > searchStart, isLocalByte(bytes[start - 1]) { start -= 1 }
            var end = at + 1
            while end < bytes.count, isDomainByte(bytes[end]) { end += 1 }
            // Trailing dots and hyphens are sentence punctuation, not part of the domain.
            while bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
            let domain = bytes[(at + 1)..<end]
            // Two labels or more, none empty, the last of two letters or more and no file's.
            guard start < at, bytes[start] != UInt8(ascii: "."), let lastDot = domain.lastIndex(of: UInt8(ascii: ".")),
                domain.first != UInt8(ascii: "."), !zip(domain, domain.dropFirst()).contains(where: { $0 == 0x2E && $1 == 0x2E }),
                end - lastDot > 2, bytes[(lastDot + 1)..<end].allSatisfy(isASCIILetter),
                !fileExtensions.contains(String(decoding: bytes[(lastDot + 1)..<end], as: UTF8.self).lowercased())
            else { continue }
            ranges.append(start..<end)
        }
        return ranges
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isLocalByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    private static func isLocalCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "._%+-".contains(character))
    }

    private static func isDomainCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "." || character == "-")
    }

    static func mailtoAddress(_ url: String) -> String {
        var payload = String(url.dropFirst("mailto:".count))
        if let query = payload.firstIndex(of: "?") { payload = String(payload[..<query]) }
        // Foundation's decoding costs more than the rest of a link: most addresses have nothing to decode.
        if payload.containsByte(UInt8(ascii: "%")) { payload = payload.removingPercentEncoding ?? payload }
        return payload.trimmingWhitespaces()
    }
}
