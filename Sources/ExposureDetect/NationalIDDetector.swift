import ExposureCore
import ExposureHTML

/// Finds national ID numbers printed under a cue: the 12-digit citizen identity number (CCCD,
/// also the personal identification number) and the 9-digit people's identity card (CMND).
///
/// With a scammer's other harvest, an ID number lets them pose as the victim to banks and
/// carriers. A run of digits is more often an account, a tax code or a document number, so it
/// counts only after a cue (`CCCD`, `CMND`, `Căn cước công dân`, `số định danh`, ...) in its own
/// text, in its label cell or in its table column's header; twelve digits must also read as a
/// CCCD: a province code and a century-and-sex digit for a birth year that has come.
public struct NationalIDDetector: Detector {
    /// The province codes that open a CCCD: where the holder's birth was registered, 63
    /// provinces and cities, per Circular 07/2016/TT-BCA of the Ministry of Public Security.
    private static let provinceCodes: Set<String> = [
        "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022",
        "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042",
        "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066",
        "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087",
        "089", "091", "092", "093", "094", "095", "096",
    ]

    /// Cue phrases, folded and split into words.
    private static let cues: [[String]] = [
        ["cccd"], ["cmnd"], ["cmt"], ["cmtnd"], ["can", "cuoc"], ["chung", "minh", "nhan", "dan"],
        ["chung", "minh", "thu"], ["so", "dinh", "danh"], ["dinh", "danh", "ca", "nhan"],
    ]

    /// How many words may stand between a cue and its number (`CCCD số`, `CMND/CCCD số:`).
    private static let maximumWordsAfterCue = 4

    public init() {}

    public func detect(in page: PageText) -> [Detection] {
        var detections: [Detection] = []
        var labels = LabelFinder(read: Self.containsCue)
        let blocks = page.document.blocks
        for blockIndex in blocks.indices {
            let text = blocks[blockIndex].text
            for run in Self.candidateRuns(in: text) {
                let digits = String(text[run])
                guard let subtype = Self.subtype(of: digits) else { continue }
                // In the number's text, else for a value cell (`Số CCCD | 0331…`) in its labels.
                guard hasCue(beforeNumberAt: run.lowerBound, in: page.words(ofBlock: blockIndex))
                    || text[..<run.lowerBound].allSatisfy(\.isWhitespace)
                        && labels.readings(ofBlock: blockIndex, in: blocks).contains(true)
                else { continue }
                detections.append(
                    Detection(
                        kind: .nationalID, subtype: subtype, value: digits, normalized: digits, confidence: 0.9,
                        anchor: page.anchor(block: blockIndex, at: run.lowerBound),
                        context: Snippet.around(run, in: text)))
            }
        }
        return detections
    }

    /// `cccd` for twelve digits that read as a citizen identity number, `cmnd` for nine digits.
    private static func subtype(of digits: String) -> String? {
        let values = digits.utf8.map { Int($0 - UInt8(ascii: "0")) }
        switch values.count {
        case 9:
            return "cmnd"
        case 12:
            guard provinceCodes.contains(String(digits.prefix(3))) else { return nil }
            // The fourth digit is the century and sex (0-1: 1900s, 2-3: 2000s), the next two the
            // year of birth: a later century, or a year not yet come, is no real number.
            let century = values[3] / 2
            guard century <= 1 else { return nil }
            let year = 1900 + century * 100 + values[4] * 10 + values[5]
            return year <= DateOfBirthDetector.currentYear ? "cccd" : nil
        default:
            return nil
        }
    }

    /// Runs of exactly 9 or 12 digits standing alone, not inside a longer code or number.
    private static func candidateRuns(in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        let offsets = utf8.withContiguousStorageIfAvailable(candidateRuns)
            ?? Array(utf8).withUnsafeBufferPointer(candidateRuns)
        func position(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        return offsets.map { position($0.lowerBound)..<position($0.upperBound) }
    }

    private static func candidateRuns(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        bytes.forEachDigitRun { run in
            guard run.count == 9 || run.count == 12 else { return true }
            // `QĐ-0331…`, `0331…/HĐ`, `1.033175004218`: part of a code or a longer number.
            let previous = run.lowerBound > 0 ? bytes[run.lowerBound - 1] : 0x20
            let next = run.upperBound < bytes.count ? bytes[run.upperBound] : 0x20
            if !previous.isASCIIAlphanumeric, !next.isASCIIAlphanumeric, !"-/.".utf8.contains(previous),
                !"-/".utf8.contains(next)
            {
                runs.append(run)
            }
            return true
        }
        return runs
    }

    /// Whether a cue ends within a few words before the number, with no other digits between.
    private func hasCue(beforeNumberAt start: String.Index, in words: [Word]) -> Bool {
        guard var last = words.lastIndex(where: { $0.text.endIndex <= start }) else { return false }
        // Other digits between a cue and this number mean the cue labels those.
        let between = words[last].text.base[words[last].text.endIndex..<start]
        guard !between.utf8.contains(where: \.isASCIIDigit) else { return false }
        let first = max(0, last - Self.maximumWordsAfterCue)
        while last >= first {
            if Self.cues.contains(where: { Self.phrase($0, endsAt: last, in: words) }) { return true }
            if words[last].gap.utf8.contains(where: \.isASCIIDigit) { return false }
            last -= 1
        }
        return false
    }

    private static func phrase(_ phrase: [String], endsAt end: Int, in words: [Word]) -> Bool {
        let start = end - phrase.count + 1
        guard start >= 0 else { return false }
        for (offset, folded) in phrase.enumerated() {
            let word = words[start + offset]
            guard word.folded == folded, offset == 0 || word.followsWhitespaceOnly else { return false }
        }
        return true
    }

    private static func containsCue(_ label: String) -> Bool {
        let words = Word.split(label)
        return words.indices.contains { end in cues.contains { phrase($0, endsAt: end, in: words) } }
    }
}
