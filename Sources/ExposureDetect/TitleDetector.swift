import ExposureCore
import ExposureHTML

/// Finds job titles and ranks (`Phó Giám đốc Sở`, `Trưởng phòng`, `Đại tá`, `City Clerk`):
/// leverage for an extortionist, who threatens to tell the victim's superiors.
///
/// A title is a phrase from the lexicon, extended over the unit name printed with it
/// (`Giám đốc Sở Nội vụ`) up to punctuation, a line break or a new name.
public struct TitleDetector: Detector {
    /// Title phrases, folded and split into words; longer phrases are tried first.
    static let vietnamesePhrases = [
        // Vietnamese: leaders, heads of units, staff, and ranks.
        "pho giam doc", "giam doc", "pho chu tich", "chu tich", "pho bi thu", "bi thu", "pho chanh van phong",
        "chanh van phong", "pho truong phong", "truong phong", "pho truong ban", "truong ban", "pho hieu truong",
        "hieu truong", "pho chanh thanh tra", "chanh thanh tra", "thanh tra vien", "chuyen vien chinh",
        "chuyen vien", "ke toan truong", "ke toan", "van thu", "thu quy", "pho chu nhiem", "chu nhiem",
        "tong bien tap", "pho truong khoa", "truong khoa", "dieu duong truong", "uy vien", "pho chi cuc truong",
        "chi cuc truong", "pho cuc truong", "cuc truong", "pho truong cong an", "truong cong an", "pho doi truong",
        "doi truong", "pho truong tram", "truong tram", "to truong", "pho giam doc phu trach", "nhan vien",
        "dai ta", "thuong ta", "trung ta", "thieu ta", "dai uy", "thuong uy", "trung uy", "thieu uy",
        "thieu tuong", "trung tuong", "dai tuong",
    ]

    static let englishPhrases = [
        "deputy director", "assistant director", "executive director", "director", "vice mayor", "mayor",
        "mayor pro tem", "city council member", "council member", "councilmember", "county commissioner",
        "commissioner", "assistant city manager", "city manager", "city clerk", "deputy clerk", "clerk",
        "chief of police", "police chief", "deputy chief", "fire chief", "chief of staff", "lieutenant",
        "sergeant", "captain", "sheriff", "undersheriff", "vice chair", "chair", "treasurer", "administrator",
        "superintendent", "public information officer", "manager", "supervisor", "coordinator", "specialist",
        "engineer", "city attorney", "secretary", "lt", "sgt", "capt",
    ]

    /// Both lexicons split into folded words and grouped by their first word: Vietnamese
    /// phrases before English ones, longest first within each.
    private static let phrasesByFirstWord: [String: [(words: [String], vietnamese: Bool)]] = {
        func split(_ phrases: [String], vietnamese: Bool) -> [(words: [String], vietnamese: Bool)] {
            phrases.map { ($0.split(separator: " ").map(String.init), vietnamese) }.sorted { $0.words.count > $1.words.count }
        }
        let all = split(vietnamesePhrases, vietnamese: true) + split(englishPhrases, vietnamese: false)
        return Dictionary(grouping: all, by: { $0.words[0] })
    }()

    /// The first words of ``phrasesByFirstWord``, which rule most words of a page out unhashed.
    private static let firstWords = FoldedWordSet(phrasesByFirstWord.keys)

    /// Unit words a title may run into (`Trưởng phòng Tổ chức cán bộ`); folded.
    private static let lowercaseContinuations: Set<String> = [
        "so", "phong", "ban", "van", "can", "bo", "chuc", "cong", "chuc", "tai", "chinh", "ke", "hoach",
        "hanh", "tong", "hop", "nghiep", "vu", "doi", "ngoai", "noi", "thanh", "tra", "and", "of", "the",
        "for", "public", "works", "utilities",
    ]

    /// A letter's signature marks, before the title of whom the signer signs for: `KT.` (ký
    /// thay), `TM.` (thay mặt), `TL.` (thừa lệnh), `TUQ.` (thừa ủy quyền).
    static let onBehalfMarkers: Set<String> = ["kt", "tm", "tl", "tuq"]

    public init() {}

    public func detect(in page: PageText) -> [Detection] {
        page.document.blocks.indices.flatMap { blockIndex in
            page.detections(of: self, inBlock: blockIndex) { titles(inBlock: blockIndex, of: page) }
        }
    }

    private func titles(inBlock blockIndex: Int, of page: PageText) -> [Detection] {
        let block = page.document.blocks[blockIndex]
        var detections: [Detection] = []
        let words = page.words(ofBlock: blockIndex)
        var position = 0
        while position < words.count {
            guard let (length, vietnamese) = phrase(in: words, at: position) else {
                position += 1
                continue
            }
            // `KT. GIÁM ĐỐC` (signed for the director) names the principal's title, not the signer's.
            if position > 0, Self.onBehalfMarkers.contains(words[position - 1].folded) {
                position += length
                continue
            }
            var end = position + length
            // Extend over the unit named with the title, as far as it is written without a break:
            // `Giám đốc Sở Nội vụ`, `Director of Public Works`. English titles stand before names
            // (`Sheriff Ray Villanueva`), so there a capitalised word continues only after `of`.
            while end < words.count, end - position < 9, words[end].followsWhitespaceOnly,
                !words[end].followsLineBreak,
                words[end].isCapitalized
                    ? (vietnamese ? !startsName(words, at: end) : words[end - 1].folded == "of")
                    : Self.lowercaseContinuations.contains(words[end].folded)
            {
                end += 1
            }
            // A trailing connective belongs to the sentence, not the title.
            while end - position > length, ["of", "and", "the", "for"].contains(words[end - 1].folded) { end -= 1 }
            let range = words[position].text.startIndex..<words[end - 1].text.endIndex
            let value = String(block.text[range])
            detections.append(
                Detection(
                    kind: .title, subtype: nil, value: value,
                    normalized: value.precomposed, confidence: 0.8,
                    anchor: page.anchor(block: blockIndex, at: range.lowerBound),
                    context: Snippet.around(range, in: block.text)))
            position = end
        }
        return detections
    }

    /// The word count of the longest title phrase starting at `position`, Vietnamese first, and
    /// whether it is Vietnamese; nil when none starts there. One lookup per word of the page.
    private func phrase(in words: [Word], at position: Int) -> (length: Int, vietnamese: Bool)? {
        guard Self.firstWords.contains(words[position].folded),
            let candidates = Self.phrasesByFirstWord[words[position].folded]
        else { return nil }
        for (phrase, vietnamese) in candidates where position + phrase.count <= words.count {
            let matches = (1..<phrase.count).allSatisfy {
                words[position + $0].folded == phrase[$0] && words[position + $0].followsWhitespaceOnly
            }
            if matches { return (phrase.count, vietnamese) }
        }
        return nil
    }

    /// Whether a capitalised word begins a personal name rather than continuing a unit name.
    private func startsName(_ words: [Word], at index: Int) -> Bool {
        VietnameseNames.surnames.contains(words[index].lowercased)
            && index + 1 < words.count && words[index + 1].isCapitalized
    }
}

import Foundation
