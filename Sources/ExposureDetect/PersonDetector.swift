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

    public func mentions(in document: HTMLDocument) -> [PersonMention] {
        var mentions: [PersonMention] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            let words = Word.split(block.text)
            var claimed: [Range<Int>] = []
            if let subjectKey {
                for match in subjectMatches(in: words) {
                    claimed.append(match)
                    mentions.append(mention(words[match], key: subjectKey, block: blockIndex, in: document, confidence: 0.95))
                }
            }
            for match in vietnameseNames(in: words) where !claimed.contains(where: { $0.overlaps(match) }) {
                let key = words[match].map(\.folded).joined(separator: " ")
                mentions.append(mention(words[match], key: key, block: blockIndex, in: document, confidence: 0.8))
            }
        }
        return mentions
    }

    private func mention(
        _ words: ArraySlice<Word>, key: String, block: Int, in document: HTMLDocument, confidence: Double
    ) -> PersonMention {
        let text = document.blocks[block].text
        let printed = words.map(\.text).joined(separator: " ").precomposedStringWithCanonicalMapping
        let allCaps = printed.allSatisfy { !$0.isLowercase }
        let anchor = Anchor(
            path: document.blocks[block].path, blockIndex: block,
            offset: text.distance(from: text.startIndex, to: words.first!.text.startIndex),
            container: document.blocks[block].container, region: document.blocks[block].region)
        return PersonMention(
            name: allCaps ? printed.lowercased().capitalized : printed, key: key, anchor: anchor,
            confidence: confidence)
    }

    /// Word ranges where a subject name stands on its own.
    private func subjectMatches(in words: [Word]) -> [Range<Int>] {
        var matches: [Range<Int>] = []
        for pattern in subjectPatterns where pattern.count <= words.count {
            for start in 0...(words.count - pattern.count) {
                let range = start..<(start + pattern.count)
                guard zip(words[range], pattern).allSatisfy({ $0.folded == $1 }),
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
            && !next.gap.contains("\n") && !isStopWord(words, at: index)
    }

    /// Word ranges shaped like a Vietnamese personal name.
    private func vietnameseNames(in words: [Word]) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var start = 0
        while start < words.count {
            let word = words[start]
            let introducedByHonorific = honorificLength(words, endingBefore: start) > 0
            guard word.isCapitalized, isSurname(word),
                !isPlace(words, at: start),
                // `Ông Nguyễn Văn An`: `Ông` is the honorific, the name starts after it.
                !(isHonorific(word) && start + 1 < words.count && isSurname(words[start + 1])
                    && words[start + 1].isCapitalized)
            else {
                start += 1
                continue
            }
            var end = start + 1
            while end < words.count, end - start < 5, words[end].isCapitalized, words[end].followsWhitespaceOnly,
                words[end].text.count <= 7, !isStopWord(words, at: end)
            {
                end += 1
            }
            let length = end - start
            if length >= 3 || (length == 2 && introducedByHonorific) {
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
        if word.text.allSatisfy(\.isASCII) { return VietnameseNames.foldedSurnames.contains(word.folded) }
        return VietnameseNames.surnames.contains(word.lowercased)
    }

    private func isStopWord(_ words: [Word], at index: Int) -> Bool {
        let lower = words[index].lowercased
        if VietnameseNames.stopWords.contains(lower) { return true }
        guard index + 1 < words.count else { return false }
        return VietnameseNames.stopPairs.contains([lower, words[index + 1].lowercased])
    }

    private func isPlace(_ words: [Word], at index: Int) -> Bool {
        guard index > 0, words[index].followsWhitespaceOnly || words[index].gap.trimmingCharacters(in: .whitespaces) == "."
        else { return false }
        return VietnameseNames.placeCues.contains(words[index - 1].lowercased)
    }

    private func isHonorific(_ word: Word) -> Bool {
        VietnameseNames.honorifics.contains([word.folded])
    }

    /// How many words before `index` form an honorific (`Ông`, `Đồng chí`, `Đại tá`), or 0.
    private func honorificLength(_ words: [Word], endingBefore index: Int) -> Int {
        for honorific in VietnameseNames.honorifics where honorific.count <= index {
            let candidate = words[(index - honorific.count)..<index].map(\.folded)
            if candidate == honorific { return honorific.count }
        }
        return 0
    }
}
