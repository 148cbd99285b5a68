import ExposureCore
import Foundation

/// A word of page text: a run of letters (combining marks included), with its folded form.
struct Word {
    var text: Substring
    /// Lower case, without diacritics: `Nguyễn` -> `nguyen`.
    var folded: String
    /// What lies between the previous word and this one.
    var gap: Substring

    /// Lower case with diacritics, composed (NFC) whatever the page's form.
    var lowercased: String {
        let lower = text.lowercased()
        // Composition is only needed when the page wrote combining marks (NFD, windows-1258).
        let hasCombiningMarks = lower.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) }
        return hasCombiningMarks ? lower.precomposedStringWithCanonicalMapping : lower
    }

    var range: Range<String.Index> { text.startIndex..<text.endIndex }

    /// Whether the word starts with a capital letter (all-caps words included).
    var isCapitalized: Bool { text.first?.isUppercase ?? false }

    /// Whether only spaces or line breaks separate this word from the previous one.
    var followsWhitespaceOnly: Bool { gap.allSatisfy(\.isWhitespace) }

    /// The words of a text, in order.
    static func split(_ text: String) -> [Word] {
        var words: [Word] = []
        var index = text.startIndex
        var gapStart = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter else {
                index = text.index(after: index)
                continue
            }
            var end = index
            while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
            let word = text[index..<end]
            words.append(Word(text: word, folded: NameFolding.fold(String(word)), gap: text[gapStart..<index]))
            gapStart = end
            index = end
        }
        return words
    }
}
