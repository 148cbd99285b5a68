import ExposureCore
import ExposureHTML
import Foundation

/// Finds family ties printed with the relative's name: `vợ là bà Nguyễn Thị A`, `con trai của
/// ông Phạm Văn Tư`, an obituary's `Là thân phụ của đồng chí …` and its family list
/// (`Vợ: …`, `Các con: …`), `his wife, Linda`, `her husband, Tom Whitfield`, `their two children`.
///
/// The advisories name family as the extortionist's leverage: whom to threaten to tell. A tie
/// is reported from the official's side, as `relation: Name` (`father: Phạm Văn Tư`,
/// `spouse: Linda`, `sibling: Phạm Văn Hòa`, `mother: Trần Thị Nhàn (deceased)`,
/// `children: two (unnamed)`), the relation also being the subtype.
///
/// Kinship words are everyday words too (`con đường`, `công bố`, `Bà mẹ Việt Nam anh hùng`,
/// `anh` the pronoun), so a cue counts only where a clause starts, and only with a name after
/// `là`, a colon or `của`; sibling cues must say the tie (`anh trai`, `em gái`). `X của Y` is
/// read from the usual side: `con trai của ông Y` makes Y the official's father, while
/// `thân phụ của đồng chí Y` makes Y the official and the subject before it the father.
public struct FamilyDetector: Detector {
    enum Relation: String {
        case spouse, father, mother, parent, child, sibling
        case fatherInLaw = "father-in-law", motherInLaw = "mother-in-law"
        case sonInLaw = "son-in-law", daughterInLaw = "daughter-in-law"

        var isChild: Bool { self == .child }
    }

    /// A kinship phrase, folded and split into words.
    private struct Cue {
        var words: [String]
        var relation: Relation
        var isEnglish = false
    }

    /// Kinship phrases by their first word, longest first.
    private static let cuesByFirstWord: [String: [Cue]] = {
        let vietnamese: [(String, Relation)] = [
            ("vo", .spouse), ("chong", .spouse), ("phu nhan", .spouse),
            ("bo", .father), ("cha", .father), ("bo de", .father), ("cha de", .father), ("than phu", .father),
            ("me", .mother), ("me de", .mother), ("than mau", .mother),
            ("nhac phu", .fatherInLaw), ("bo vo", .fatherInLaw), ("bo chong", .fatherInLaw),
            ("cha vo", .fatherInLaw), ("cha chong", .fatherInLaw),
            ("nhac mau", .motherInLaw), ("me vo", .motherInLaw), ("me chong", .motherInLaw),
            ("con", .child), ("cac con", .child), ("con trai", .child), ("con gai", .child), ("con de", .child),
            ("con ruot", .child), ("con re", .sonInLaw), ("con dau", .daughterInLaw),
            ("anh trai", .sibling), ("em trai", .sibling), ("chi gai", .sibling), ("em gai", .sibling),
            ("anh ruot", .sibling), ("chi ruot", .sibling), ("em ruot", .sibling),
        ]
        let english: [(String, Relation)] = [
            ("wife", .spouse), ("husband", .spouse), ("spouse", .spouse), ("son", .child), ("daughter", .child),
            ("father", .father), ("mother", .mother), ("brother", .sibling), ("sister", .sibling),
            ("father in law", .fatherInLaw), ("mother in law", .motherInLaw),
        ]
        let cues = vietnamese.map { Cue(words: $0.0.split(separator: " ").map(String.init), relation: $0.1) }
            + english.map { Cue(words: $0.0.split(separator: " ").map(String.init), relation: $0.1, isEnglish: true) }
        return Dictionary(grouping: cues.sorted { $0.words.count > $1.words.count }, by: { $0.words[0] })
    }()

    /// The first words of ``cuesByFirstWord``, for the quick test every word of a page goes through.
    private static let cueFirstWords = FoldedWordSet(cuesByFirstWord.keys)

    /// Words a kinship clause may follow without punctuation (`và vợ là`, `là con trai của`,
    /// a form's `Họ tên vợ`).
    private static let clauseLeads: Set<String> = ["la", "va", "cung", "voi", "co", "ten"]
    /// English kinship words count only after a possessive (`his wife`), or before a colon.
    private static let possessives: Set<String> = ["his", "her", "their", "my", "our"]
    /// Forms of address before a name, folded; the male and female ones tell a parent's side.
    private static let maleHonorifics: Set<String> = ["ong", "cu ong", "mr"]
    private static let femaleHonorifics: Set<String> = ["ba", "cu ba", "mrs", "ms"]
    private static let otherHonorifics: Set<String> = ["cu", "dong chi", "d c", "anh", "chi", "em", "co", "chau", "dr"]
    /// Counts in `their two children`.
    private static let countWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    ]
    private static let childrenWords = FoldedWordSet(["children", "kids", "sons", "daughters"])

    /// How far after an obituary's `thân phụ của đồng chí X` its family list may stand, in blocks.
    private static let obituaryReach = 8

    public init() {}

    /// A tie as read: the relative's name from the official's side, and where it was said.
    private struct Tie {
        var relation: String
        var name: String
        var deceased = false
        var range: Range<String.Index>
        /// Where the official is named, when that is not where the tie is printed.
        var holderAnchor: Anchor?
    }

    /// The official an obituary is about, read from `thân phụ của đồng chí X`: the family list that
    /// follows is the deceased's, so its entries are turned round to X's side.
    private struct Obituary {
        var holderKey: String
        var holderAnchor: Anchor
        var deceasedIs: Relation
        var lastBlock: Int
    }

    public func detect(in page: PageText) -> [Detection] {
        var detections: [Detection] = []
        var obituary: Obituary?
        for blockIndex in page.document.blocks.indices {
            if let current = obituary, blockIndex > current.lastBlock { obituary = nil }
            // Within an obituary's reach a block's ties depend on the blocks before it: read it afresh.
            guard obituary == nil else {
                detections += ties(inBlock: blockIndex, of: page, obituary: &obituary).detections
                continue
            }
            detections += page.detections(of: self, inBlock: blockIndex) {
                ties(inBlock: blockIndex, of: page, obituary: &obituary)
            }
        }
        return detections
    }

    /// The ties printed in a block, and whether they rest on its text alone: not when the block
    /// was read in an obituary's reach or looked for its subject in the blocks before it (which
    /// is also where an obituary starts).
    private func ties(inBlock blockIndex: Int, of page: PageText, obituary: inout Obituary?)
        -> (detections: [Detection], restsOnTextAlone: Bool)
    {
        var restsOnTextAlone = true
        var detections: [Detection] = []
        let words = page.words(ofBlock: blockIndex)
        var consumed: [Range<Int>] = []
        var index = 0
        while index < words.count {
            guard Self.cueFirstWords.contains(words[index].folded), let cue = cue(at: index, in: words) else {
                if Self.childrenWords.contains(words[index].folded), let tie = childrenCount(at: index, in: words) {
                    detections.append(detection(tie, block: blockIndex, in: page))
                }
                index += 1
                continue
            }
            let cueEnd = index + cue.words.count
            let reading = read(
                cue, at: index, end: cueEnd, in: words, block: blockIndex, page: page, consumed: consumed,
                obituary: &obituary)
            consumed += reading.consumed
            restsOnTextAlone = restsOnTextAlone && !reading.readSubject
            for tie in reading.ties { detections.append(detection(tie, block: blockIndex, in: page)) }
            index = max(cueEnd, reading.consumed.map(\.upperBound).max() ?? cueEnd)
        }
        return (detections, restsOnTextAlone && obituary == nil)
    }

    /// The folded name of the relative in a family detection, `tom whitfield` for
    /// `spouse: Tom Whitfield`; nil when the relative is not named.
    static func relativeKey(of detection: Detection) -> String? {
        guard let colon = detection.normalized.firstIndex(of: ":"), !detection.normalized.hasSuffix("(unnamed)") else {
            return nil
        }
        var name = detection.normalized[detection.normalized.index(after: colon)...]
        if name.hasSuffix(deceasedMark) { name = name.dropLast(deceasedMark.count) }
        return NameFolding.fold(name)
    }

    private static let deceasedMark = " (deceased)"

    private func detection(_ tie: Tie, block: Int, in page: PageText) -> Detection {
        let text = page.document.blocks[block].text
        let name = tie.name.precomposed
        return Detection(
            kind: .family, subtype: tie.relation, value: String(text[tie.range]).precomposed,
            normalized: "\(tie.relation): \(name)\(tie.deceased ? Self.deceasedMark : "")", confidence: 0.8,
            anchor: tie.holderAnchor ?? page.anchor(block: block, at: tie.range.lowerBound),
            context: Snippet.around(tie.range, in: text))
    }

    // MARK: Cues

    /// The kinship phrase starting at `index`, where a clause may start.
    private func cue(at index: Int, in words: [Word]) -> Cue? {
        let word = words[index]
        guard let candidates = Self.cuesByFirstWord[word.folded] else { return nil }
        for cue in candidates where index + cue.words.count <= words.count {
            let matches = (1..<cue.words.count).allSatisfy {
                words[index + $0].folded == cue.words[$0] && (words[index + $0].followsWhitespaceOnly || cue.isEnglish)
            }
            guard matches else { continue }
            let previous = index > 0 ? words[index - 1].folded : nil
            if cue.isEnglish {
                let labelled = index + cue.words.count < words.count && words[index + cue.words.count].gap.contains(":")
                guard labelled || previous.map(Self.possessives.contains) == true else { return nil }
            } else {
                let opensClause = previous == nil || !word.followsWhitespaceOnly || word.followsLineBreak
                guard opensClause || previous.map(Self.clauseLeads.contains) == true else { return nil }
            }
            return cue
        }
        return nil
    }

    private struct Reading {
        var ties: [Tie] = []
        var consumed: [Range<Int>] = []
        /// Whether the subject of a `X của Y` sentence was looked for, which may read earlier blocks.
        var readSubject = false
    }

    /// What follows a cue: `của` and a name (a tie read from the usual side), or `là`, a colon or
    /// a comma and one or more names.
    private func read(
        _ cue: Cue, at start: Int, end: Int, in words: [Word], block: Int, page: PageText, consumed: [Range<Int>],
        obituary: inout Obituary?
    ) -> Reading {
        var reading = Reading()
        guard end < words.count else { return reading }
        let cueStart = words[start].text.startIndex
        func through(_ name: Range<Int>) -> Range<String.Index> { cueStart..<words[name.upperBound - 1].text.endIndex }
        let possessive = words[end].folded == (cue.isEnglish ? "of" : "cua") && words[end].followsWhitespaceOnly
        if possessive {
            guard let (honorific, name) = honorificAndName(from: end + 1, in: words, english: cue.isEnglish) else {
                return reading
            }
            reading.consumed.append(name)
            if cue.relation.isChild {
                // `con trai của ông Y`: Y is the parent of the official the sentence is about.
                let parent: Relation = Self.maleHonorifics.contains(honorific) ? .father
                    : Self.femaleHonorifics.contains(honorific) ? .mother : .parent
                reading.ties.append(
                    Tie(relation: parent.rawValue, name: printed(name, in: words), range: through(name)))
                return reading
            }
            // `[Cụ ông X] là thân phụ của đồng chí Y`: Y is the official, the subject the relative.
            guard !cue.isEnglish else { return reading }
            reading.readSubject = true
            guard let subject = subject(before: start, in: words, block: block, page: page, consumed: consumed)
            else { return reading }
            let holderAnchor = page.anchor(block: block, at: words[name.lowerBound].text.startIndex)
            reading.ties.append(
                Tie(relation: cue.relation.rawValue, name: subject, range: through(name), holderAnchor: holderAnchor))
            if cue.relation == .father || cue.relation == .mother {
                obituary = Obituary(
                    holderKey: key(name, in: words), holderAnchor: holderAnchor, deceasedIs: cue.relation,
                    lastBlock: block + Self.obituaryReach)
            }
            return reading
        }
        // `Vợ: …`, `vợ là bà …`, `his wife, Linda`, `vợ ông là bà …`, a form's `vợ/chồng: …`.
        var next = end
        if !cue.isEnglish, next + 1 < words.count, ["ong", "ba", "anh", "chi"].contains(words[next].folded),
            words[next + 1].folded == "la"
        {
            next += 1
        } else if cue.relation == .spouse, next + 1 < words.count, ["vo", "chong"].contains(words[next].folded),
            words[next].gap == "/" || words[next].gap == " ("
        {
            next += 1
        }
        let separated = words[next].gap.contains(":") || words[next].gap.contains(",") || words[next].folded == "la"
            || (cue.isEnglish && words[next].followsWhitespaceOnly)
        guard separated else { return reading }
        if words[next].folded == "la" { next += 1 }
        var names: [Range<Int>] = []
        var position = next
        while let (_, name) = honorificAndName(from: position, in: words, english: cue.isEnglish) {
            names.append(name)
            position = name.upperBound
            // A list: `Các con: A - B - C`, `A, B và C`.
            guard position < words.count, isListSeparator(words[position]) else { break }
            if words[position].folded == "va" || words[position].folded == "and" { position += 1 }
        }
        reading.consumed = names
        for name in names {
            let deceased = isMarkedDeceased(after: name.upperBound, in: words)
            var tie = Tie(
                relation: cue.relation.rawValue, name: printed(name, in: words), deceased: deceased,
                range: words[name.lowerBound].text.startIndex..<words[name.upperBound - 1].text.endIndex)
            if names.count == 1 { tie.range = cueStart..<tie.range.upperBound }
            if let current = obituary {
                // The deceased's family list, turned round to the official's side.
                guard let turned = turned(cue.relation, deceasedIs: current.deceasedIs),
                    key(name, in: words) != current.holderKey
                else { continue }
                tie.relation = turned.rawValue
                tie.holderAnchor = current.holderAnchor
            }
            reading.ties.append(tie)
        }
        return reading
    }

    /// A relative of the deceased as the official's relative: the deceased's spouse is the
    /// official's other parent, their children the official's siblings; others are not known.
    private func turned(_ relation: Relation, deceasedIs parent: Relation) -> Relation? {
        switch relation {
        case .spouse: parent == .father ? .mother : .father
        case .child: .sibling
        default: nil
        }
    }

    /// Whether the word continues a list of names on the same line: after ` - `, `, ` or `và`.
    private func isListSeparator(_ word: Word) -> Bool {
        guard !word.followsLineBreak else { return false }
        if word.folded == "va" || word.folded == "and" { return word.followsWhitespaceOnly }
        let mark = word.gap.filter { $0 != " " }
        return mark == "-" || mark == "–" || mark == ","
    }

    /// `(đã mất)`, `(đã từ trần)`, `(deceased)` after a name.
    private func isMarkedDeceased(after end: Int, in words: [Word]) -> Bool {
        guard end < words.count, words[end].gap.contains("(") else { return false }
        switch words[end].folded {
        case "da": return end + 1 < words.count && ["mat", "tu", "qua"].contains(words[end + 1].folded)
        case "deceased", "late": return true
        default: return false
        }
    }

    /// `their two children`: children the page counts but does not name (the word at `index`
    /// being one of ``childrenWords``).
    private func childrenCount(at index: Int, in words: [Word]) -> Tie? {
        guard index >= 2, Self.countWords.contains(words[index - 1].folded),
            Self.possessives.contains(words[index - 2].folded)
        else { return nil }
        return Tie(
            relation: words[index].folded, name: "\(words[index - 1].folded) (unnamed)",
            range: words[index - 2].text.startIndex..<words[index].text.endIndex)
    }

    // MARK: Names

    /// An optional form of address and a name from `index`: the honorific (folded, empty if
    /// none) and the name's word range.
    private func honorificAndName(from index: Int, in words: [Word], english: Bool) -> (String, Range<Int>)? {
        var start = index
        var honorific = ""
        // `Cụ bà`, `Đồng chí`, and `Đ/c` split by its slash.
        if start + 1 < words.count, words[start + 1].followsWhitespaceOnly || words[start + 1].gap == "/" {
            let pair = words[start].folded + " " + words[start + 1].folded
            if isHonorific(pair) {
                honorific = pair
                start += 2
            }
        }
        if honorific.isEmpty, start < words.count, isHonorific(words[start].folded) {
            honorific = words[start].folded
            start += 1
        }
        guard start < words.count, start == index || words[start].followsWhitespaceOnly else { return nil }
        guard let name = english ? englishName(from: start, in: words) : vietnameseName(from: start, in: words) else {
            return nil
        }
        return (honorific, name)
    }

    private func isHonorific(_ folded: String) -> Bool {
        Self.maleHonorifics.contains(folded) || Self.femaleHonorifics.contains(folded)
            || Self.otherHonorifics.contains(folded)
    }

    /// Two to five capitalised words led by a family name, on one line.
    private func vietnameseName(from start: Int, in words: [Word]) -> Range<Int>? {
        guard start < words.count, words[start].isCapitalized, isSurname(words[start]) else { return nil }
        var end = start + 1
        while end < words.count, end - start < 5, words[end].isCapitalized, words[end].followsWhitespaceOnly,
            !words[end].followsLineBreak, !VietnameseNames.stopWords.contains(words[end].lowercased)
        {
            end += 1
        }
        return end - start >= 2 ? start..<end : nil
    }

    /// One to three capitalised words: `Linda`, `Tom Whitfield`.
    private func englishName(from start: Int, in words: [Word]) -> Range<Int>? {
        var end = start
        while end < words.count, end - start < 3, words[end].isCapitalized,
            end == start || words[end].followsWhitespaceOnly,
            words[end].text.count >= 2, !EnglishNames.notNames.contains(words[end].folded),
            !Self.possessives.contains(words[end].folded), !["he", "she", "they", "who"].contains(words[end].folded)
        {
            end += 1
        }
        return end > start ? start..<end : nil
    }

    private func isSurname(_ word: Word) -> Bool {
        word.isASCII
            ? VietnameseNames.foldedSurnames.contains(word.folded) : VietnameseNames.surnames.contains(word.lowercased)
    }

    /// A name as printed; upper-case names (`PHẠM VĂN ĐỨC`) in title case, as people are listed.
    private func printed(_ name: Range<Int>, in words: [Word]) -> String {
        let printed = words[name].map { String($0.text) }.joined(separator: " ")
        return printed.contains(where: \.isLowercase) ? printed : printed.lowercased().capitalized
    }

    private func key(_ name: Range<Int>, in words: [Word]) -> String {
        words[name].map(\.folded).joined(separator: " ")
    }

    /// Who a `X của Y` sentence is about: the last name before the cue in its block that no
    /// earlier tie took, else, for a sentence that leaves it out (`Là thân phụ của …`), the
    /// last person addressed by name (`Cụ ông PHẠM VĂN ĐỨC`) in the few blocks before.
    private func subject(
        before cue: Int, in words: [Word], block: Int, page: PageText, consumed: [Range<Int>]
    ) -> String? {
        var last: Range<Int>?
        var index = 0
        while index < cue {
            if let name = vietnameseName(from: index, in: words), name.upperBound <= cue,
                !consumed.contains(where: { $0.overlaps(name) }), !isPlace(words, at: index)
            {
                last = name
                index = name.upperBound
            } else {
                index += 1
            }
        }
        if let last { return printed(last, in: words) }
        for earlier in stride(from: block - 1, through: max(0, block - 3), by: -1) {
            let earlierWords = page.words(ofBlock: earlier)
            let addressed = earlierWords.indices.compactMap { index -> Range<Int>? in
                guard index > 0, isHonorific(earlierWords[index - 1].folded) || index > 1
                    && isHonorific(earlierWords[index - 2].folded + " " + earlierWords[index - 1].folded)
                else { return nil }
                return vietnameseName(from: index, in: earlierWords)
            }
            if let name = addressed.last { return printed(name, in: earlierWords) }
        }
        return nil
    }

    /// Whether a place word stands before the name (`tỉnh Hà Nam`, `đường Lê Lợi`).
    private func isPlace(_ words: [Word], at index: Int) -> Bool {
        index > 0 && VietnameseNames.placeCues.contains(words[index - 1].lowercased)
    }
}
