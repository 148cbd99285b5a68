import ExposureCore
import ExposureHTML
import Foundation

/// Finds dates and years of birth: `sinh ngày 12/5/1975`, `sinh ngày 12 tháng 5 năm 1975`,
/// `Ngày sinh: 12-05-1975`, `sinh năm 1975`, `Năm sinh: 1975`, `(SN 1975)`, `Born in 1961`,
/// `Date of birth: May 12, 1975`, `DOB: 05/12/1975`, a `Ngày, tháng, năm sinh` label cell before
/// the date, and schema.org `birthDate` in JSON-LD.
///
/// Normalized to ISO 8601: `1975-05-12`, `1975-05` or `1975`. Numbers read day first after a
/// Vietnamese cue and month first after an English one. Dates that do not exist, and years
/// before 1900 or still to come, are rejected: they are history, not a living person's birth.
public struct DateOfBirthDetector: Detector {
    /// The latest year of birth a person can have.
    static let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    /// Words before `sinh` that make a compound of it, capitalised in headings: `Hy sinh` (fell),
    /// `Học sinh` (pupil), `Giáng sinh` (Christmas), `Tuyển sinh` (enrolment), ... (folded).
    private static let compoundHeads: Set<String> = [
        "hy", "phat", "hoc", "giang", "ve", "nay", "san", "tai", "hoi", "ky", "thi", "nu", "nam", "tan",
        "khai", "tuyen", "sieu", "song", "sinh",
    ]

    /// Pronouns a birth is told of: `ông sinh năm 1975` (folded).
    private static let pronouns: Set<String> = ["ong", "ba", "anh", "chi", "co", "thay", "cu", "toi", "he", "she"]

    /// The words a birth cue is read from (folded).
    private static let cueWords = FoldedWordSet(["sinh", "sn", "born", "birthdate", "dob", "birth"])

    /// Words that may stand between a cue and its date: `sinh vào ngày`, `born on`.
    private static let fillers: Set<String> = ["la", "vao", "ngay", "in", "on"]

    /// English month names and their abbreviations, folded, with their numbers.
    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    public init() {}

    public func detect(in page: PageText) -> [Detection] {
        var detections: [Detection] = []
        var labels = LabelFinder(read: Self.labelCue(in:))
        let blocks = page.document.blocks
        for blockIndex in blocks.indices where Self.mayHoldYear(blocks[blockIndex].text) {
            let block = blocks[blockIndex]
            // A cued date rests on its block's text alone; a label, read below, on the blocks around it.
            let cued = page.detections(of: self, inBlock: blockIndex) {
                cues(in: page.words(ofBlock: blockIndex)).compactMap { cue in
                    Self.date(in: block.text, from: cue.end, monthFirst: cue.isEnglish)
                        .map { detection($0, block: blockIndex, in: page, confidence: 0.9) }
                }
            }
            detections += cued
            // A value cell under a `Ngày sinh` or `Date of birth` label: short, opening with the date.
            guard cued.isEmpty, block.text.utf8.count <= 80 else { continue }
            guard let isEnglish = labels.readings(ofBlock: blockIndex, in: blocks).lazy.compactMap({ $0 }).first,
                let date = Self.date(in: block.text, from: block.text.startIndex, monthFirst: isEnglish)
            else { continue }
            detections.append(detection(date, block: blockIndex, in: page, confidence: 0.85))
        }
        return detections
    }

    private func detection(_ date: PrintedDate, block: Int, in page: PageText, confidence: Double) -> Detection {
        let text = page.document.blocks[block].text
        return Detection(
            kind: .dob, subtype: nil, value: String(text[date.range]), normalized: date.iso, confidence: confidence,
            anchor: page.anchor(block: block, at: date.range.lowerBound), context: Snippet.around(date.range, in: text))
    }

    private struct Cue {
        var end: String.Index
        var isEnglish: Bool
    }

    /// Where each birth cue in the words ends: `sinh ngày`, `năm sinh`, `(SN`, `born`, `Date of birth`.
    private func cues(in words: [Word]) -> [Cue] {
        var cues: [Cue] = []
        for index in words.indices {
            guard Self.cueWords.contains(words[index].folded) else { continue }
            let word = words[index]
            switch word.folded {
            case "sinh":
                let previous = index > 0 && word.followsWhitespaceOnly ? words[index - 1] : nil
                if let previous, previous.folded == "ngay" || isYearWord(previous) {
                    cues.append(Cue(end: word.text.endIndex, isEnglish: false))  // ngày sinh, năm sinh
                } else if startsClause(words, at: index) {
                    let next = index + 1 < words.count && words[index + 1].followsWhitespaceOnly
                        && ["ngay", "nam", "thang"].contains(words[index + 1].folded)
                    cues.append(Cue(end: words[next ? index + 1 : index].text.endIndex, isEnglish: false))
                }
            case "sn" where word.text == "SN" && (word.gap.contains("(") || word.gap.contains(",")):
                cues.append(Cue(end: word.text.endIndex, isEnglish: false))  // Nguyễn Văn A (SN 1985)
            case "born", "birthdate", "dob":
                cues.append(Cue(end: word.text.endIndex, isEnglish: true))
            case "birth":
                let dateFollows = index + 1 < words.count && words[index + 1].folded == "date"
                    && words[index + 1].followsWhitespaceOnly
                cues.append(Cue(end: words[dateFollows ? index + 1 : index].text.endIndex, isEnglish: true))
            default:
                continue
            }
        }
        return cues
    }

    /// Whether `sinh` at `index` says someone was born: it opens the block or a clause, or follows
    /// a name or a pronoun (`Nguyễn Văn A sinh năm`, `ông sinh năm`), and is no compound
    /// (`hy sinh`, `tuyển sinh`, `Giáng sinh`) or cohort (`trẻ sinh năm 2019`).
    private func startsClause(_ words: [Word], at index: Int) -> Bool {
        guard index > 0, words[index].followsWhitespaceOnly else { return true }
        let previous = words[index - 1]
        guard !Self.compoundHeads.contains(previous.folded) else { return false }
        return previous.isCapitalized || Self.pronouns.contains(previous.folded)
    }

    /// `năm` (year) rather than `nam` (male): `nam sinh` is a schoolboy, unless the page prints
    /// no diacritics at all and a colon makes it a label.
    private func isYearWord(_ word: Word) -> Bool {
        guard word.folded == "nam" else { return false }
        return !word.isASCII || word.text.base[word.text.endIndex...].prefix(8).contains(":")
    }

    /// Bytes every birth label holds, checked before a label is split into words.
    private static let labelBytes = ByteCues(["sinh", "Sinh", "SINH", "irth", "IRTH", "DOB", "orn", "ORN"])

    /// Whether a label (`Ngày, tháng, năm sinh`, `Date of Birth:`) ends with a birth cue, and
    /// whether that cue is English; nil for any other label.
    static func labelCue(in label: String) -> Bool? {
        guard labelBytes.occurs(in: label) else { return nil }
        let folded = Word.split(label).map(\.folded)
        guard let last = folded.last else { return nil }
        if last == "sinh", folded.count >= 2, ["ngay", "nam"].contains(folded[folded.count - 2]) { return false }
        if ["dob", "birthdate", "born"].contains(last) || folded.suffix(2) == ["of", "birth"]
            || folded.suffix(2) == ["birth", "date"]
        {
            return true
        }
        return nil
    }

    /// Whether the text prints a plausible year of birth, four digits 19xx or 20xx: most blocks
    /// do not, and are passed over on this byte scan alone.
    static func mayHoldYear(_ text: String) -> Bool {
        text.withUTF8Bytes(mayHoldYear)
    }

    private static func mayHoldYear(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        bytes.forEachDigitRun { run in
            // Four digits starting 19 or 20.
            found = run.count == 4 && [(0x31, 0x39), (0x32, 0x30)].contains { $0 == (bytes[run.lowerBound], bytes[run.lowerBound + 1]) }
            return !found
        }
        return found
    }

    /// A date as printed and in ISO form.
    struct PrintedDate {
        var iso: String
        var range: Range<String.Index>
    }

    /// A number or a word of the text after a cue, with the punctuation before it.
    private struct Token {
        /// The value of a number of up to four digits.
        var number: Int?
        var digitCount: Int
        /// A word, folded; empty for a number.
        var word: String
        /// The punctuation before the token, spaces removed.
        var separator: String
        var range: Range<String.Index>
    }

    /// The date that starts at `start`, past punctuation and fillers (`vào ngày`, `in`), if any.
    static func date(in text: String, from start: String.Index, monthFirst: Bool) -> PrintedDate? {
        var tokens = tokens(in: text, from: start)
        while let first = tokens.first, fillers.contains(first.word) { tokens.removeFirst() }
        guard let first = tokens.first else { return nil }
        func token(_ index: Int) -> Token? { index < tokens.count ? tokens[index] : nil }
        func number(_ index: Int, digits: ClosedRange<Int> = 1...4) -> Int? {
            guard let token = token(index), digits.contains(token.digitCount) else { return nil }
            return token.number
        }
        func make(_ year: Int, _ month: Int?, _ day: Int?, through last: Int) -> PrintedDate? {
            guard let iso = iso(year: year, month: month, day: day) else { return nil }
            return PrintedDate(iso: iso, range: first.range.lowerBound..<tokens[last].range.upperBound)
        }

        // 12/5/1975, 12-05-1975, 12.5.1975, 1975-05-12.
        if let a = number(0), let b = number(1, digits: 1...2), let c = number(2),
            ["/", "-", ".", "–"].contains(tokens[1].separator), tokens[2].separator == tokens[1].separator
        {
            if first.digitCount == 4 { return make(a, b, c, through: 2) }
            guard first.digitCount <= 2, tokens[2].digitCount == 4 else { return nil }
            return monthFirst ? make(c, a, b, through: 2) : make(c, b, a, through: 2)
        }
        // 12 tháng 5 năm 1975; tháng 5 năm 1975.
        if let day = number(0, digits: 1...2), token(1)?.word == "thang", let month = number(2, digits: 1...2),
            token(3)?.word == "nam", let year = number(4, digits: 4...4)
        {
            return make(year, month, day, through: 4)
        }
        if first.word == "thang", let month = number(1, digits: 1...2), token(2)?.word == "nam",
            let year = number(3, digits: 4...4)
        {
            return make(year, month, nil, through: 3)
        }
        // May 12, 1975; May 1975; 12 May 1975.
        if let month = months[first.word] {
            if let day = number(1, digits: 1...2), let year = number(2, digits: 4...4) {
                return make(year, month, day, through: 2)
            }
            return number(1, digits: 4...4).flatMap { make($0, month, nil, through: 1) }
        }
        if let day = number(0, digits: 1...2), let month = token(1).flatMap({ months[$0.word] }),
            let year = number(2, digits: 4...4)
        {
            return make(year, month, day, through: 2)
        }
        // A year alone, unless it opens a code or a longer number (`1975/QĐ`, `1975.000`).
        guard let year = number(0, digits: 4...4) else { return nil }
        if let next = token(1),
            next.separator.hasPrefix("/") || (next.number != nil && [".", ",", "-"].contains(next.separator))
        {
            return nil
        }
        return make(year, nil, nil, through: 0)
    }

    /// The first numbers and words from `start`, up to a line break or a semicolon.
    private static func tokens(in text: String, from start: String.Index) -> [Token] {
        var tokens: [Token] = []
        let scalars = text.unicodeScalars
        var index = start
        var separator = ""
        while index < scalars.endIndex, tokens.count < 8, separator.utf8.count <= 4 {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == ";" { break }
            let isDigit = isDigitScalar(scalar)
            guard isDigit || isLetterScalar(scalar) else {
                if scalar != " " && scalar != "\u{A0}" { separator.unicodeScalars.append(scalar) }
                scalars.formIndex(after: &index)
                continue
            }
            var end = scalars.index(after: index)
            while end < scalars.endIndex, isDigit ? isDigitScalar(scalars[end]) : isLetterScalar(scalars[end]) {
                scalars.formIndex(after: &end)
            }
            let piece = text[index..<end]
            let digitCount = isDigit ? piece.utf8.count : 0
            tokens.append(
                Token(
                    number: isDigit && digitCount <= 4 ? Int(piece) : nil, digitCount: digitCount,
                    word: isDigit ? "" : NameFolding.fold(piece), separator: separator, range: index..<end))
            separator = ""
            index = end
        }
        return tokens
    }

    private static func isDigitScalar(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// Letters, and the combining marks of NFD and windows-1258 text.
    private static func isLetterScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return (0x0300...0x036F).contains(value) || scalar.properties.isAlphabetic
    }

    /// ISO 8601 for a real date (or month, or year) of birth, else nil.
    static func iso(year: Int, month: Int?, day: Int?) -> String? {
        guard (1900...currentYear).contains(year) else { return nil }
        guard let month else { return String(year) }
        guard (1...12).contains(month) else { return nil }
        let yearMonth = "\(year)-\(month < 10 ? "0" : "")\(month)"
        guard let day else { return yearMonth }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        return "\(yearMonth)-\(day < 10 ? "0" : "")\(day)"
    }
}
