import ExposureCore
import ExposureHTML
import Foundation

/// Finds phone numbers in page text and `tel:` links.
///
/// Text is cut into runs of digits and phone punctuation, the runs into digit groups, and the
/// groups are read greedily as the longest valid number; a `/1010` or `máy lẻ 1020` after a
/// number is its extension. Bank accounts, tax codes and ID numbers are rejected by their cues.
public struct PhoneDetector: Detector {
    public init() {}

    public func detect(in page: PageText) -> [Detection] {
        let document = page.document
        var detections: [Detection] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            detections += page.detections(of: self, inBlock: blockIndex) {
                PhoneDetector.matches(in: block.text).map { match in
                    Detection(
                        kind: .phone, subtype: match.number.subtype, value: match.value,
                        normalized: match.number.e164, confidence: match.number.confidence,
                        anchor: page.anchor(block: blockIndex, at: match.range.lowerBound),
                        context: Snippet.around(match.range, in: block.text))
                }
            }
        }
        for link in document.links where link.url.hasPrefixIgnoringASCIICase("tel:") {
            let payload = PhoneDetector.telPayload(link.url)
            guard let match = PhoneDetector.matches(in: payload).first else { continue }
            let anchor = page.anchor(of: link)
            let alreadySeen = detections.contains {
                $0.normalized == match.number.e164 && $0.anchor.blockIndex == anchor.blockIndex
                    && anchor.blockIndex != nil
            }
            guard !alreadySeen else { continue }
            let shown = link.text.contains(where: \.isNumber) ? link.text : payload
            detections.append(
                Detection(
                    kind: .phone, subtype: match.number.subtype, value: shown, normalized: match.number.e164,
                    confidence: min(1, match.number.confidence + 0.05), anchor: anchor, context: link.text))
        }
        return detections
    }

    struct Match {
        var value: String
        var number: PhoneNumber
        var range: Range<String.Index>
    }

    /// The phone numbers in one piece of text, in order.
    static func matches(in text: String) -> [Match] {
        guard text.withUTF8Bytes(holdsThreeDigits) else { return [] }
        var matches: [Match] = []
        var previousEnd = text.startIndex
        for run in runs(in: text) {
            let groups = groups(in: text[run])
            var start = groups.startIndex
            while start < groups.endIndex {
                if let dateEnd = dateEnd(in: groups, from: start) {
                    start = dateEnd
                    continue
                }
                guard let (end, found) = longestNumber(in: groups, from: start) else {
                    if groups.count == 1, let code = shortCode(groups[0], in: text, since: previousEnd) {
                        matches.append(code)
                        previousEnd = groups[0].range.upperBound
                    }
                    start += 1
                    continue
                }
                let valueStart = groups[start].range.lowerBound
                var valueEnd = groups[end - 1].range.upperBound
                var number = found
                var next = end
                // `/1010` right after a full number is an extension, not another number.
                if next < groups.endIndex, groups[next].group.separator == "/", groups[next].group.digits.count <= 5 {
                    number.e164 += ";ext=\(groups[next].group.digits)"
                    valueEnd = groups[next].range.upperBound
                    next += 1
                } else if let (extensionDigits, extensionEnd) = spokenExtension(in: text, after: valueEnd) {
                    number.e164 += ";ext=\(extensionDigits)"
                    valueEnd = extensionEnd
                }
                let range = valueStart..<valueEnd
                let before = precedingText(in: text, before: range.lowerBound, since: previousEnd)
                if !isExcluded(before: before, after: text[range.upperBound...]) {
                    if before.containsBytes("fax") {
                        number.subtype = "fax"
                    } else if before.containsBytes("nha rieng") || before.containsBytes("nr:") {
                        number.subtype = "home"
                    }
                    matches.append(
                        Match(
                            value: String(text[range]), number: number, range: range))
                    previousEnd = range.upperBound
                }
                start = next
            }
        }
        return matches
    }

    /// Whether the text holds three digits: most blocks hold no number at all, and the shortest
    /// one recognised has three.
    private static func holdsThreeDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        for byte in bytes where byte >= 0x30 && byte <= 0x39 {
            digits += 1
            if digits == 3 { return true }
        }
        return false
    }

    /// Runs of characters a printed phone number is made of, starting and ending on a digit,
    /// with three digits at least, as the shortest number recognised has (`113`).
    ///
    /// Scanned as UTF-8 bytes: every character of a number is ASCII but the no-break space
    /// (C2 A0) and the en dash (E2 80 93), so nothing slower is needed.
    private static func runs(in text: String) -> [Range<String.Index>] {
        var text = text
        let offsets = text.withUTF8 { bytes in
            var runs: [Range<Int>] = []
            var runStart: Int?
            var lastDigitEnd = 0
            var digits = 0
            var index = 0
            while index < bytes.count {
                // Outside a run only a digit, `+` or `(` opens one: the rest of the text is passed over here.
                if runStart == nil {
                    while index < bytes.count, !opensRun(bytes[index]) { index += 1 }
                    guard index < bytes.count else { break }
                }
                let byte = bytes[index]
                if byte >= 0x30 && byte <= 0x39 {
                    if runStart == nil { runStart = index }
                    digits += 1
                    index += 1
                    lastDigitEnd = index
                } else if let width = phonePunctuationWidth(bytes, at: index) {
                    if runStart == nil, byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(") { runStart = index }
                    index += width
                } else {
                    if let start = runStart, start < lastDigitEnd, digits >= 3 { runs.append(start..<lastDigitEnd) }
                    runStart = nil
                    digits = 0
                    index += 1
                }
            }
            if let start = runStart, start < lastDigitEnd, digits >= 3 { runs.append(start..<lastDigitEnd) }
            return runs
        }
        let utf8 = text.utf8
        return offsets.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
    }

    /// Whether a byte may open a run: a digit, `+` or `(`.
    private static func opensRun(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39 || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(")
    }

    /// The byte length of phone punctuation at `index`, or nil for anything else.
    private static func phonePunctuationWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case 0x20, 0x0A, UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "/"), UInt8(ascii: "+"):
            return 1
        case 0xC2:
            return index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : nil
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x93 ? 3 : nil
        default:
            return nil
        }
    }

    private struct LocatedGroup {
        var group: PhoneNumber.Group
        var range: Range<String.Index>
    }

    /// Splits a run into digit groups, remembering each group's separator and a leading `+`.
    /// A run's digits are ASCII (see ``runs(in:)``), so bytes are all it takes.
    private static func groups(in run: Substring) -> [LocatedGroup] {
        var groups: [LocatedGroup] = []
        let bytes = run.utf8
        func isDigit(_ index: String.Index) -> Bool { bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        var separatorStart = run.startIndex
        var index = run.startIndex
        while index < run.endIndex {
            guard isDigit(index) else {
                index = bytes.index(after: index)
                continue
            }
            var end = index
            while end < run.endIndex, isDigit(end) { end = bytes.index(after: end) }
            let separator = run[separatorStart..<index]
            // An opening bracket or plus sign belongs to the printed value of the number it leads.
            let lead = separator.utf8.firstIndex { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "+") } ?? index
            groups.append(
                LocatedGroup(
                    group: .init(digits: run[index..<end], separator: separator, plus: separator.utf8.contains(UInt8(ascii: "+"))),
                    range: lead..<end))
            separatorStart = end
            index = end
        }
        return groups
    }

    /// The longest stretch of groups from `start` that reads as a phone number.
    private static func longestNumber(in groups: [LocatedGroup], from start: Int) -> (Int, PhoneNumber)? {
        var best: (Int, PhoneNumber)?
        var digitCount = 0
        var end = start
        while end < groups.endIndex {
            // A spaced dash or slash separates two numbers; so does a line break.
            if end > start, breaksNumbers(groups[end].group.separator) { break }
            digitCount += groups[end].group.digits.utf8.count
            if digitCount > 15 { break }
            if groups[end].group.plus && end > start { break }
            end += 1
            // Parsing rules out other lengths too, but only after copying the groups.
            guard PhoneNumber.mayBeNumber(digitCount: digitCount, plus: groups[start].group.plus) else { continue }
            if let number = PhoneNumber.parse(groups[start..<end].lazy.map(\.group)) { best = (end, number) }
        }
        return best
    }

    private static func breaksNumbers(_ separator: Substring) -> Bool {
        if separator.containsLineBreak { return false }
        // Separators hold only phone punctuation: what is left without spaces is the mark.
        var mark = separator.utf8[...]
        while let first = mark.first, first == 0x20 || first == 0xC2 || first == 0xA0 { mark = mark.dropFirst() }
        while let last = mark.last, last == 0x20 || last == 0xC2 || last == 0xA0 { mark = mark.dropLast() }
        let isDash = mark.elementsEqual("-".utf8) || mark.elementsEqual("/".utf8) || mark.elementsEqual("–".utf8)
        return isDash && mark.count < separator.utf8.count
    }

    /// The end of a date (`08/01/2024`, `13.02.2024`) starting at `start`, whose digits would
    /// otherwise run into a time or a number after it.
    private static func dateEnd(in groups: [LocatedGroup], from start: Int) -> Int? {
        guard start + 2 < groups.count else { return nil }
        let (day, month, year) = (groups[start].group, groups[start + 1].group, groups[start + 2].group)
        let separator = month.separator
        guard ["/", ".", "-"].contains(separator), year.separator == separator,
            (1...2).contains(day.digits.count), (1...2).contains(month.digits.count),
            year.digits.count == 4 || year.digits.count == 2
        else { return nil }
        return start + 3
    }

    /// Emergency and public-service short codes, recognised only when the text says to call them
    /// (`tố giác tội phạm gọi 113`): alone, `113` is as likely a house or document number.
    static let shortCodes: [String: String] = [
        "111": "emergency", "112": "emergency", "113": "emergency", "114": "emergency", "115": "emergency",
        "911": "emergency", "811": "service", "311": "service", "211": "service", "411": "service",
        "1022": "service",
    ]

    private static let callCues = [
        "goi", "hotline", "duong day nong", "tong dai", "call", "dial", "cap cuu", "khan cap", "emergency",
        "cuu hoa", "cuu nan", "bao chay", "phone", "dien thoai", "lien he",
    ]

    private static func shortCode(_ group: LocatedGroup, in text: String, since previousEnd: String.Index) -> Match? {
        guard group.group.separator.allSatisfy({ $0 == " " }) || group.group.separator.isEmpty,
            let subtype = shortCodes[String(group.group.digits)],
            callCues.contains(where: precedingText(in: text, before: group.range.lowerBound, since: previousEnd).containsBytes)
        else { return nil }
        let digits = String(group.group.digits)
        return Match(
            value: digits, number: PhoneNumber(e164: digits, subtype: subtype, confidence: 0.8), range: group.range)
    }

    /// `máy lẻ 1020`, `ext. 202`, `x214`, `ML: 1021` right after a number.
    private static func spokenExtension(in text: String, after end: String.Index) -> (String, String.Index)? {
        let tail = text[end...].prefix(20)
        let folded = NameFolding.fold(String(tail))
        for cue in ["may le", "ext.", "ext", "ml:", "ml", "x"] {
            guard folded.hasPrefix(cue) || folded.hasPrefix("(" + cue) || folded.hasPrefix(", " + cue)
                || folded.hasPrefix("- " + cue)
            else { continue }
            var index = tail.startIndex
            while index < tail.endIndex, !tail[index].isNumber { index = tail.index(after: index) }
            var digitsEnd = index
            while digitsEnd < tail.endIndex, tail[digitsEnd].isNumber { digitsEnd = tail.index(after: digitsEnd) }
            let digits = tail[index..<digitsEnd]
            guard (1...5).contains(digits.count) else { return nil }
            return (String(digits), digitsEnd)
        }
        return nil
    }

    /// Numbers that are accounts, tax codes, IDs or amounts, judged by the words around them.
    private static func isExcluded(before: String, after: Substring) -> Bool {
        let excludingCues = [
            "tai khoan", "stk", "ma so thue", "mst", "cccd", "cmnd", "can cuoc", "isbn", "account", "tax",
            "ma so", "so hieu",
        ]
        if excludingCues.contains(where: before.containsBytes) { return true }
        let following = NameFolding.fold(String(after.prefix(8)))
        return ["dong", "vnd", "trieu", "ty ", "usd", "%"].contains { following.hasPrefix($0) }
            || following == "d" || following.hasPrefix("d ") || following.hasPrefix("d.") || following.hasPrefix("d,")
    }

    /// The folded text in the 24 characters before `start`, not reaching back past the
    /// previous number: where cues like `Fax:` or `STK` stand.
    private static func precedingText(in text: String, before start: String.Index, since previousEnd: String.Index) -> String {
        let lower = text.index(start, offsetBy: -24, limitedBy: previousEnd) ?? previousEnd
        guard lower <= start else { return "" }
        return NameFolding.fold(String(text[lower..<start]))
    }

    static func telPayload(_ url: String) -> String {
        var payload = String(url.dropFirst(4))
        if let semicolon = payload.firstIndex(of: ";"), !payload[semicolon...].hasPrefix(";ext=") {
            payload = String(payload[..<semicolon])
        }
        // Foundation's replacing and decoding cost more than the rest of a link: look first.
        if payload.containsBytes(";ext=") { payload = payload.replacingOccurrences(of: ";ext=", with: " ext ") }
        if payload.containsByte(UInt8(ascii: "%")) { payload = payload.removingPercentEncoding ?? payload }
        return payload.trimmingWhitespaces()
    }
}
