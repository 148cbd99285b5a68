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
    var lowercased: String { text.lowercased().precomposedStringWithCanonicalMapping }

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
