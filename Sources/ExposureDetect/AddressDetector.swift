import ExposureCore
import ExposureHTML
import Foundation

/// Finds postal addresses: Vietnamese (`Số 45, ngõ 120, đường Trần Đăng Ninh, phường Cửa Bắc,
/// TP. Nam Định`) and US (`75 Depot Street, Cedar Hollow, VT 05999`).
///
/// Text is cut into comma-separated parts; a run of parts that are each a street-level part
/// (house number, lane, street, hamlet, building) or an administrative unit (ward, district,
/// province; state and ZIP) is an address when it names at least one unit and more than one part.
/// A home address (`nhà riêng`, `thường trú`, `home`) or a home town (`quê quán`) is told from an
/// office address by the words before it.
public struct AddressDetector: Detector {
    public init() {}

    /// Words that open a street-level part, folded and without dots at their ends (so `P.O.`
    /// is `p.o`, not listed). Looked up for most parts of a page, as the sets below: a
    /// ``FoldedWordSet`` rules most words out without hashing.
    private static let streetWords = FoldedWordSet([
        "so", "duong", "pho", "ngo", "ngach", "hem", "kiet", "quoc", "ap", "thon", "xom", "to", "ban", "khu",
        "toa", "lau", "tang", "kdt", "po", "suite", "room", "ste",
    ])

    /// Words that open an administrative part, folded (with abbreviations as printed).
    private static let unitWords = FoldedWordSet([
        "phuong", "xa", "thi", "quan", "huyen", "thanh", "tinh", "p", "q", "tp", "tx", "tt", "ha", "da",
    ])

    /// Abbreviations expanded in the normalized form.
    private static let abbreviations: [(String, String)] = [
        ("TP.", "thành phố"), ("TX.", "thị xã"), ("TT.", "thị trấn"), ("P.", "phường"), ("Q.", "quận"),
    ]

    private static let usStreetSuffixes = FoldedWordSet([
        "st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "way", "ln", "lane",
        "ct", "court", "pl", "place", "pkwy", "parkway", "hwy", "highway",
    ])

    public func detect(in page: PageText) -> [Detection] {
        var detections: [Detection] = []
        for (blockIndex, block) in page.document.blocks.enumerated() {
            detections += page.detections(of: self, inBlock: blockIndex) {
                Self.addressRanges(in: block.text).map { range in
                    let value = String(block.text[range]).trimmingCharacters(in: CharacterSet(charactersIn: " .;()"))
                    let before = NameFolding.fold(String(block.text[..<range.lowerBound].suffix(40)))
                    let subtype =
                        ["que quan", "que:", "hometown"].contains(where: before.containsBytes) ? "hometown"
                        : ["nha rieng", "thuong tru", "noi o", "tru tai", "cho o", "home"].contains(where: before.containsBytes)
                            ? "home" : "office"
                    return Detection(
                        kind: .address, subtype: subtype, value: value, normalized: Self.normalize(value),
                        confidence: 0.75,
                        anchor: page.anchor(block: blockIndex, at: range.lowerBound),
                        context: Snippet.around(range, in: block.text))
                }
            }
        }
        return detections
    }

    /// `name` is a short capitalised part, a city or district named without a unit word
    /// (`Harbor Point`, `Ba Đình`): part of an address only between other address parts.
    private enum PartKind { case street, unit, name, other }

    /// The ranges of addresses in one block of text.
    static func addressRanges(in text: String) -> [Range<String.Index>] {
        var text = text
        let offsets = text.withUTF8 { bytes in mayHoldAddress(bytes) ? addressRanges(in: bytes) : [] }
        let utf8 = text.utf8
        return offsets.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
    }

    /// The byte ranges of addresses in a block's UTF-8: parts end at `,` `;` `|`, a line break
    /// or `·` (C2 B7); a run of street and unit parts with at least one unit is an address.
    private static func addressRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var parts: [(range: Range<Int>, kind: PartKind)] = []
        var words: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var width = 0
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|") || byte == 0x0A {
                width = 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xB7 {
                width = 2
            }
            if width > 0 {
                parts.append((start..<index, kind(of: start..<index, in: bytes, words: &words)))
                index += width
                start = index
            } else {
                index += 1
            }
        }
        parts.append((start..<bytes.count, kind(of: start..<bytes.count, in: bytes, words: &words)))
        var ranges: [Range<Int>] = []
        var runStart: Int?
        func close(_ end: Int) {
            defer { runStart = nil }
            guard let first = runStart else { return }
            var last = end - 1
            while last >= first, parts[last].kind != .unit { last -= 1 }
            guard last > first else { return }
            ranges.append(bodyStart(of: parts[first].range, in: bytes)..<parts[last].range.upperBound)
        }
        for (position, part) in parts.enumerated() {
            switch part.kind {
            case .other: close(position)
            case .name: continue
            case .street, .unit: if runStart == nil { runStart = position }
            }
        }
        close(parts.count)
        return ranges
    }

    /// Cues every address carries, with diacritics (rare outside addresses, unlike their folded
    /// forms), in lower, title and upper case: a unit word, or a US state and ZIP code.
    private static let unitCues = ByteCues(
        [
            "phường", "xã", "quận", "huyện", "tỉnh", "thành phố", "thị trấn", "thị xã", "hà nội", "ấp", "thôn", "xóm",
        ].flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst(), $0.uppercased()] } + ["P.", "Q.", "TP.", "TX.", "TT."])

    /// A cheap check that rules out most blocks before they are cut into parts.
    private static func mayHoldAddress(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard ByteSearch.contains(UInt8(ascii: ","), in: bytes) || ByteSearch.contains(0x0A, in: bytes) else { return false }
        // The cues first: they are looked for sixteen bytes a step, and most addresses on a page are Vietnamese.
        // Combining marks (U+0300 to U+036F, lead bytes CC and CD): cues are precomposed.
        if ByteSearch.contains(0xCC, in: bytes) || ByteSearch.contains(0xCD, in: bytes) {
            if unitCues.occurs(in: String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping) { return true }
        } else if unitCues.occurs(in: bytes) {
            return true
        }
        // `XX 12345`: two capitals, a space, five digits.
        guard bytes.count >= 8 else { return false }
        return (0...(bytes.count - 8)).contains { start in
            isCapital(bytes[start]) && isCapital(bytes[start + 1]) && bytes[start + 2] == 0x20
                && bytes[(start + 3)..<(start + 8)].allSatisfy(isDigit)
        }
    }

    /// Where a part's content starts: after a label and its colon (`Địa chỉ: Số 10` -> `Số 10`)
    /// and any spaces.
    private static func bodyStart(of part: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var lower = part.lowerBound
        if let colon = part.last(where: { bytes[$0] == UInt8(ascii: ":") }) { lower = colon + 1 }
        while lower < part.upperBound {
            if bytes[lower] == 0x20 || (0x09...0x0D).contains(bytes[lower]) {
                lower += 1
            } else if bytes[lower] == 0xC2, lower + 1 < part.upperBound, bytes[lower + 1] == 0xA0 {
                lower += 2
            } else {
                break
            }
        }
        return lower
    }

    /// What a part is, judged from its words on bytes: parts are many per page and most are
    /// plain prose. `words` is scratch space, reused from part to part.
    private static func kind(of part: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, words: inout [Range<Int>]) -> PartKind {
        let body = (part.last(where: { bytes[$0] == UInt8(ascii: ":") }).map { $0 + 1 } ?? part.lowerBound)..<part.upperBound
        split(body, of: bytes, into: &words, limit: 12)
        guard let firstWord = words.first, words.count <= 12 else { return .other }
        func folded(_ word: Range<Int>) -> String { NameFolding.fold(utf8: UnsafeBufferPointer(rebasing: bytes[word])) }
        // US: `100 N. Main St.`, `Suite 201`, `Lassen, TX 78999`, `TX 78999`.
        if isDigit(bytes[firstWord.lowerBound]) {
            if words.dropFirst().contains(where: { usStreetSuffixes.contains(trimmingDotsAndColons(folded($0))) }) {
                return .street
            }
            return words.count <= 6 ? .street : .other
        }
        if words.count >= 2, words.count <= 3, let last = words.last, [5, 10].contains(last.count),
            last.allSatisfy({ isDigit(bytes[$0]) || bytes[$0] == UInt8(ascii: "-") }),
            words[words.count - 2].count == 2, words[words.count - 2].allSatisfy({ isCapital(bytes[$0]) })
        {
            return .unit
        }
        let first = trimmingDotsAndColons(folded(firstWord))
        let secondWord = words.count > 1 ? words[1] : nil
        // Folded only when the first word asks for it.
        var second: String { secondWord.map(folded) ?? "" }
        if unitWords.contains(first) {
            switch first {
            case "thi": return ["xa", "tran"].contains(second) ? .unit : .other
            case "thanh": return second == "pho" ? .unit : .other
            case "ha": return second == "noi" ? .unit : .other
            case "da": return second == "nang" ? .unit : .other
            case "p", "q":
                // `P.1204` is a room, not a ward; `P. Dịch Vọng` and `Q.3` are units.
                return firstWord.count <= 2 || firstWord.dropFirst(2).allSatisfy({ isDigit(bytes[$0]) }) ? .unit : .street
            default: return .unit
            }
        }
        if streetWords.contains(first) || (first == "phong" && second.utf8.first.map(isDigit) == true) { return .street }
        if words.count <= 4, words.allSatisfy({ startsUppercase($0, in: bytes) }) { return .name }
        return .other
    }

    /// The words of a part, split at spaces and no-break spaces; stops counting past `limit`.
    private static func split(_ text: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, into words: inout [Range<Int>], limit: Int) {
        words.removeAll(keepingCapacity: true)
        var start = text.lowerBound
        var index = text.lowerBound
        while index < text.upperBound, words.count <= limit {
            if bytes[index] == 0x20 {
                if start < index { words.append(start..<index) }
                start = index + 1
            } else if bytes[index] == 0xC2, index + 1 < text.upperBound, bytes[index + 1] == 0xA0 {
                if start < index { words.append(start..<index) }
                start = index + 2
                index += 1
            }
            index += 1
        }
        if words.count <= limit, start < text.upperBound { words.append(start..<text.upperBound) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    private static func startsUppercase(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF8Scalar.isUppercase(UTF8Scalar.decode(bytes, at: word.lowerBound).value)
    }

    private static func trimmingDotsAndColons(_ word: String) -> String {
        // Most words have none: they are returned without making a new string.
        guard let first = word.utf8.first, let last = word.utf8.last,
            first == 0x2E || first == 0x3A || last == 0x2E || last == 0x3A
        else { return word }
        let trimmed = word.utf8.drop(while: { $0 == 0x2E || $0 == 0x3A })
        let end = trimmed.lastIndex(where: { $0 != 0x2E && $0 != 0x3A }).map { trimmed.index(after: $0) } ?? trimmed.startIndex
        return String(Substring(trimmed[trimmed.startIndex..<end]))
    }

    /// NFC, abbreviations spelled out, and line breaks or `·` between parts written as commas.
    static func normalize(_ value: String) -> String {
        var result = value.precomposed
        // Foundation's replacing costs as much when there is nothing to replace: look first.
        func replace(_ target: String, with replacement: String) {
            if result.containsBytes(target) { result = result.replacingOccurrences(of: target, with: replacement) }
        }
        for separator in ["\n", " · ", "·", " | "] { replace(separator, with: ", ") }
        replace(" ,", with: ",")
        replace(",,", with: ",")
        for (abbreviation, full) in abbreviations {
            replace(abbreviation + " ", with: full + " ")
            replace(abbreviation, with: full + " ")
        }
        return result.split(separator: " ").joined(separator: " ")
    }
}
