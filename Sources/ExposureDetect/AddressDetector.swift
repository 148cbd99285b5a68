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

    /// Words that open a street-level part, folded.
    private static let streetWords: Set<String> = [
        "so", "duong", "pho", "ngo", "ngach", "hem", "kiet", "quoc", "ap", "thon", "xom", "to", "ban", "khu",
        "toa", "lau", "tang", "kdt", "p.o.", "po", "suite", "room", "ste",
    ]

    /// Words that open an administrative part, folded (with abbreviations as printed).
    private static let unitWords: Set<String> = [
        "phuong", "xa", "thi", "quan", "huyen", "thanh", "tinh", "p", "q", "tp", "tx", "tt", "ha", "da",
    ]

    /// Abbreviations expanded in the normalized form.
    private static let abbreviations: [(String, String)] = [
        ("TP.", "thành phố"), ("TX.", "thị xã"), ("TT.", "thị trấn"), ("P.", "phường"), ("Q.", "quận"),
    ]

    private static let usStreetSuffixes: Set<String> = [
        "st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "way", "ln", "lane",
        "ct", "court", "pl", "place", "pkwy", "parkway", "hwy", "highway",
    ]

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
        guard mayHoldAddress(text) else { return [] }
        // Parts end at `,` `;` `|`, a line break or `·` (C2 B7), found on bytes.
        var parts: [(range: Range<String.Index>, kind: PartKind)] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            var width = 0
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|") || byte == 0x0A {
                width = 1
            } else if byte == 0xC2, bytes.index(after: index) < bytes.endIndex, bytes[bytes.index(after: index)] == 0xB7 {
                width = 2
            }
            if width > 0 {
                parts.append((start..<index, kind(of: text[start..<index])))
                index = bytes.index(index, offsetBy: width)
                start = index
            } else {
                index = bytes.index(after: index)
            }
        }
        parts.append((start..<bytes.endIndex, kind(of: text[start..<bytes.endIndex])))
        var ranges: [Range<String.Index>] = []
        var runStart: Int?
        func close(_ end: Int) {
            defer { runStart = nil }
            guard let first = runStart else { return }
            var last = end - 1
            while last >= first, parts[last].kind != .unit { last -= 1 }
            guard last > first || (last == first && parts[first].kind == .unit && end - first > 1) else { return }
            let units = parts[first...last].filter { $0.kind == .unit }.count
            guard units >= 1, last > first else { return }
            ranges.append(trimmedStart(parts[first].range, in: text).lowerBound..<parts[last].range.upperBound)
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
    private static func mayHoldAddress(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: ",")) || bytes.contains(0x0A) else { return false }
        // `XX 12345`: two capitals, a space, five digits.
        if bytes.count >= 8 {
            for start in 0...(bytes.count - 8)
            where (0x41...0x5A).contains(bytes[start]) && (0x41...0x5A).contains(bytes[start + 1]) && bytes[start + 2] == 0x20
                && bytes[(start + 3)..<(start + 8)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
            {
                return true
            }
        }
        var text = text
        if text.unicodeScalars.contains(where: { (0x0300...0x036F).contains($0.value) }) {
            text = text.precomposedStringWithCanonicalMapping
        }
        return unitCues.occurs(in: text)
    }

    /// A part without a label before a colon (`Địa chỉ: Số 10` -> `Số 10`) or leading spaces.
    private static func trimmedStart(_ range: Range<String.Index>, in text: String) -> Range<String.Index> {
        var lower = range.lowerBound
        if let colon = text[range].lastIndex(of: ":") { lower = text.index(after: colon) }
        while lower < range.upperBound, text[lower].isWhitespace { lower = text.index(after: lower) }
        return lower..<range.upperBound
    }

    /// What a comma-separated part is, judged from its words on bytes: parts are many per page
    /// and most are plain prose.
    private static func kind(of part: Substring) -> PartKind {
        let body = part.utf8.lastIndex(of: UInt8(ascii: ":")).map { part[part.utf8.index(after: $0)...] } ?? part
        let words = Self.words(of: body, limit: 12)
        guard let firstWord = words.first, words.count <= 12 else { return .other }
        let first = trimmingDotsAndColons(NameFolding.fold(firstWord))
        let second = words.count > 1 ? NameFolding.fold(words[1]) : ""
        // US: `100 N. Main St.`, `Suite 201`, `Lassen, TX 78999`, `TX 78999`.
        if let leading = firstWord.utf8.first, isDigit(leading) {
            if words.dropFirst().contains(where: { usStreetSuffixes.contains(trimmingDotsAndColons(NameFolding.fold($0))) }) {
                return .street
            }
            return words.count <= 6 ? .street : .other
        }
        if words.count >= 2, words.count <= 3, let last = words.last, [5, 10].contains(last.utf8.count),
            last.utf8.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: "-") }),
            words[words.count - 2].utf8.count == 2, words[words.count - 2].utf8.allSatisfy({ (0x41...0x5A).contains($0) })
        {
            return .unit
        }
        if unitWords.contains(first) {
            switch first {
            case "thi": return ["xa", "tran"].contains(second) ? .unit : .other
            case "thanh": return second == "pho" ? .unit : .other
            case "ha": return second == "noi" ? .unit : .other
            case "da": return second == "nang" ? .unit : .other
            case "p", "q":
                // `P.1204` is a room, not a ward; `P. Dịch Vọng` and `Q.3` are units.
                return firstWord.utf8.count <= 2 || firstWord.utf8.dropFirst(2).allSatisfy(isDigit) ? .unit : .street
            default: return .unit
            }
        }
        if streetWords.contains(first) || (first == "phong" && second.utf8.first.map(isDigit) == true) { return .street }
        if words.count <= 4, words.allSatisfy(startsUppercase) { return .name }
        return .other
    }

    /// The words of a part, split at spaces and no-break spaces; stops counting past `limit`.
    private static func words(of text: Substring, limit: Int) -> [Substring] {
        var words: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        func close() {
            if start < index { words.append(text[start..<index]) }
        }
        while index < bytes.endIndex, words.count <= limit {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == 0x20 {
                close()
                start = next
            } else if byte == 0xC2, next < bytes.endIndex, bytes[next] == 0xA0 {
                close()
                start = bytes.index(after: next)
            }
            index = next
        }
        if words.count <= limit { close() }
        return words
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func startsUppercase(_ word: Substring) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return (0x41...0x5A).contains(first) }
        return word.unicodeScalars.first!.properties.isUppercase
    }

    private static func trimmingDotsAndColons(_ word: String) -> String {
        let trimmed = word.utf8.drop(while: { $0 == 0x2E || $0 == 0x3A })
        let end = trimmed.lastIndex(where: { $0 != 0x2E && $0 != 0x3A }).map { trimmed.index(after: $0) } ?? trimmed.startIndex
        return String(Substring(trimmed[trimmed.startIndex..<end]))
    }

    /// NFC, abbreviations spelled out, and line breaks or `·` between parts written as commas.
    static func normalize(_ value: String) -> String {
        var result = value.precomposedStringWithCanonicalMapping
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
