import ExposureCore
import ExposureHTML
import Foundation

/// Finds people named on a page: the audit's subject by any spelling, and, for site audits,
/// every Vietnamese personal name.
///
/// Subject names match whatever the case, diacritics or Unicode form (`NGUYỄN VĂN AN`,
/// `Nguyen Van An`, NFD text), but never as the start of a longer name: `Trịnh Minh` does not
/// match in `Trịnh Minh Hoàng`. Other names are found by a family-name lexicon and the shape of
/// Vietnamese names (two to five capitalised syllables), with place words (`đường`, `huyện`)
/// ruling out streets and districts named after people.
public struct PersonDetector: Sendable {
    public let subject: Subject
    private let subjectPatterns: [[String]]

    public init(subject: Subject) {
        self.subject = subject
        subjectPatterns = subject.allNames.map { name in Word.split(name).map(\.folded) }.filter { !$0.isEmpty }
    }

    /// The matching key shared by the subject's name and all its aliases.
    public var subjectKey: String? { subject.name.map(NameFolding.fold) }

    /// The people named in a document on its own, for callers that run this detector alone.
    public func mentions(in document: HTMLDocument) -> [PersonMention] {
        mentions(in: PageText(document))
    }

    public func mentions(in page: PageText) -> [PersonMention] {
        let isVietnamesePage = page.document.language?.lowercased().hasPrefix("vi") ?? false
        return page.document.blocks.indices.flatMap { blockIndex in
            // What a block yields depends on its text and on these two traits alone.
            let inTable = page.document.blocks[blockIndex].container?.kind == .tableRow
            return page.mentions(of: self, variant: (isVietnamesePage ? 1 : 0) + (inTable ? 2 : 0), inBlock: blockIndex) {
                mentions(inBlock: blockIndex, of: page, isVietnamesePage: isVietnamesePage, inTable: inTable)
            }
        }
    }

    private func mentions(inBlock blockIndex: Int, of page: PageText, isVietnamesePage: Bool, inTable: Bool) -> [PersonMention] {
        var mentions: [PersonMention] = []
        let words = page.words(ofBlock: blockIndex)
        var claimed: [Range<Int>] = []
        if let subjectKey {
            for match in subjectMatches(in: words) {
                claimed.append(match)
                mentions.append(mention(words[match], key: subjectKey, block: blockIndex, in: page, confidence: 0.95))
            }
        }
        for match in vietnameseNames(in: words) where !claimed.contains(where: { $0.overlaps(match) }) {
            claimed.append(match)
            let key = words[match].map(\.folded).joined(separator: " ")
            mentions.append(mention(words[match], key: key, block: blockIndex, in: page, confidence: 0.8))
        }
        // English name shapes are looked for unless the page says it is Vietnamese.
        guard !isVietnamesePage else { return mentions }
        for (match, printed) in englishNames(in: words, inTable: inTable)
        where !claimed.contains(where: { $0.overlaps(match) }) {
            claimed.append(match)
            mentions.append(
                mention(
                    words[match], key: NameFolding.fold(printed), block: blockIndex, in: page,
                    confidence: 0.75, printed: printed))
        }
        return mentions
    }

    private func mention(
        _ words: ArraySlice<Word>, key: String, block: Int, in page: PageText, confidence: Double,
        printed: String? = nil
    ) -> PersonMention {
        let printed = (printed ?? words.map(\.text).joined(separator: " ")).precomposed
        let allCaps = printed.allSatisfy { !$0.isLowercase }
        let anchor = page.anchor(block: block, at: words.first!.text.startIndex)
        return PersonMention(
            name: allCaps ? printed.lowercased().capitalized : printed, key: key, anchor: anchor,
            confidence: confidence)
    }

    /// Word ranges where a subject name stands on its own.
    private func subjectMatches(in words: [Word]) -> [Range<Int>] {
        var matches: [Range<Int>] = []
        guard !subjectPatterns.isEmpty else { return [] }
        let folded = words.map(\.folded)
        for pattern in subjectPatterns where pattern.count <= words.count {
            for start in 0...(words.count - pattern.count) {
                let range = start..<(start + pattern.count)
                guard folded[range].elementsEqual(pattern),
                    words[range].dropFirst().allSatisfy(\.followsWhitespaceOnly),
                    !continuesName(words, after: range.upperBound),
                    !matches.contains(where: { $0.overlaps(range) })
                else { continue }
                matches.append(range)
            }
        }
        return matches
    }

    /// Whether the word at `index` would make the name before it longer (`Trịnh Minh` + `Hoàng`).
    private func continuesName(_ words: [Word], after index: Int) -> Bool {
        guard index < words.count else { return false }
        let next = words[index]
        return next.isCapitalized && next.followsWhitespaceOnly && next.gap.count <= 2
            && !next.followsLineBreak && !isStopWord(words, at: index)
    }

    /// Word ranges shaped like a Vietnamese personal name.
    private func vietnameseNames(in words: [Word]) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var start = 0
        while start < words.count {
            let word = words[start]
            guard word.isCapitalized, isSurname(word),
                !isPlace(words, at: start),
                // `Ông Nguyễn Văn An`: `Ông` is the honorific, the name starts after it.
                !(isHonorific(word) && start + 1 < words.count && isSurname(words[start + 1])
                    && words[start + 1].isCapitalized)
            else {
                start += 1
                continue
            }
            guard !continuesCapitalizedPhrase(words, at: start) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < words.count, end - start < 5, words[end].isCapitalized, words[end].followsWhitespaceOnly,
                words[end].text.count <= 7, !isStopWord(words, at: end),
                // A line break may split a name, but not end a full one and start the next line.
                !(words[end].followsLineBreak && end - start >= 3)
            {
                end += 1
            }
            let length = end - start
            if length >= 3 || (length == 2 && honorificLength(words, endingBefore: start) > 0) {
                names.append(start..<end)
                start = end
            } else {
                start += 1
            }
        }
        return names
    }

    /// A family name, compared with diacritics unless the word is printed without any.
    private func isSurname(_ word: Word) -> Bool {
        // The folded set rules out most words before the exact form is built.
        guard VietnameseNames.foldedSurnames.contains(word.folded) else { return false }
        return word.isASCII || VietnameseNames.surnames.contains(word.lowercased)
    }

    /// Word ranges shaped like an English personal name, with the name in `First M. Last` order:
    /// after a title (`Sheriff Ray Villanueva`), led by a common given name (`Kathleen Sullivan`),
    /// or as a directory's `Last, First` (`Sullivan, Kathleen "Kate"`).
    private func englishNames(in words: [Word], inTable: Bool) -> [(Range<Int>, String)] {
        var names: [(Range<Int>, String)] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            // Every shape starts with a capitalised word; most words are not.
            guard word.isCapitalized else {
                index += 1
                continue
            }
            let lower = word.text.lowercased()
            // Last, First: at the start of a block, the given name known or the block a table cell.
            if index == 0, isEnglishNameWord(word), index + 1 < words.count,
                words[index + 1].gap.trimmingCharacters(in: .whitespaces) == ",",
                let (end, given) = englishName(words, from: index + 1, requireSurname: false),
                inTable || EnglishNames.givenNames.contains(words[index + 1].text.lowercased())
            {
                names.append((index..<end, "\(given) \(word.text)"))
                index = end
                continue
            }
            let afterTitle = EnglishNames.titleCues.contains(lower) && index + 1 < words.count
            let start = afterTitle ? index + 1 : index
            if afterTitle || EnglishNames.givenNames.contains(lower),
                start < words.count,
                afterTitle ? words[start].gap.allSatisfy({ $0 == " " || $0 == "." }) : true,
                let (end, name) = englishName(words, from: start, requireSurname: true)
            {
                names.append((start..<end, name))
                index = end
                continue
            }
            index += 1
        }
        return names
    }

    /// `First [M.] Last[-Last]` from `start`: the end of the range and the name as printed.
    private func englishName(_ words: [Word], from start: Int, requireSurname: Bool) -> (Int, String)? {
        guard start < words.count, isEnglishNameWord(words[start]) else { return nil }
        var parts = [String(words[start].text)]
        var index = start + 1
        // A middle initial: one capital letter followed by a period.
        if index < words.count, words[index].text.count == 1, words[index].isCapitalized,
            words[index].followsWhitespaceOnly, index + 1 < words.count, words[index + 1].gap.hasPrefix(".")
        {
            parts.append("\(words[index].text).")
            index += 1
        }
        guard index < words.count, isEnglishNameWord(words[index]),
            words[index].gap.allSatisfy({ $0 == " " || $0 == "." }), !words[index].gap.isEmpty
        else {
            return requireSurname ? nil : (index, parts.joined(separator: " "))
        }
        // Hyphenated and apostrophe surnames arrive as several words: Ruiz-Holt, O'Neill.
        var surname = String(words[index].text)
        index += 1
        while index < words.count, ["-", "'", "’"].contains(words[index].gap), words[index].isCapitalized {
            surname += words[index].gap + words[index].text
            index += 1
        }
        parts.append(surname)
        return (index, parts.joined(separator: " "))
    }

    private func isEnglishNameWord(_ word: Word) -> Bool {
        word.isCapitalized && word.text.count >= 2 && word.text.contains(where: \.isLowercase)
            && !EnglishNames.notNames.contains(word.text.lowercased())
            && !EnglishNames.titleCues.contains(word.text.lowercased())
    }

    private func isStopWord(_ words: [Word], at index: Int) -> Bool {
        let lower = words[index].lowercased
        if VietnameseNames.stopWords.contains(lower) { return true }
        guard index + 1 < words.count else { return false }
        return VietnameseNames.stopPairs.contains([lower, words[index + 1].lowercased])
    }

    private func isPlace(_ words: [Word], at index: Int) -> Bool {
        // `Số 66 Lê Hồng Phong`, `45 Nguyễn Thị Minh Khai`: a house number before a street.
        if words[index].gap.trimmingCharacters(in: .whitespaces).last?.isNumber == true { return true }
        guard index > 0, words[index].followsWhitespaceOnly || words[index].gap.trimmingCharacters(in: .whitespaces) == "."
        else { return false }
        return VietnameseNames.placeCues.contains(words[index - 1].lowercased)
    }

    /// Whether the word at `index` continues a capitalised phrase (`Ban Quản Lý Dự Án`) rather
    /// than starting a name: the word before it is capitalised in title case and is neither an
    /// honorific nor the end of a title. Upper-case text cannot tell, so it is left to the stop words.
    private func continuesCapitalizedPhrase(_ words: [Word], at index: Int) -> Bool {
        guard index > 0, words[index].followsWhitespaceOnly, !words[index].followsLineBreak else { return false }
        let previous = words[index - 1]
        guard previous.isCapitalized, previous.text.contains(where: \.isLowercase) else { return false }
        return !isHonorific(previous) && !VietnameseNames.titleEndings.contains(previous.lowercased)
            && honorificLength(words, endingBefore: index) == 0
    }

    private func isHonorific(_ word: Word) -> Bool {
        VietnameseNames.honorifics.contains(word.folded)
    }

    /// How many words before `index` form an honorific (`Ông`, `Đồng chí`, `Đại tá`), or 0.
    private func honorificLength(_ words: [Word], endingBefore index: Int) -> Int {
        guard index > 0 else { return 0 }
        let last = words[index - 1].folded
        if index > 1, VietnameseNames.honorifics.contains(words[index - 2].folded + " " + last) { return 2 }
        return VietnameseNames.honorifics.contains(last) ? 1 : 0
    }
}
