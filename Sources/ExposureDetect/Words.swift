import ExposureCore
import Foundation

/// A word of page text: a run of letters (combining marks included).
struct Word {
    var text: Substring
    /// Where the text after the previous word starts.
    private var gapStart: String.Index

    /// What lies between the previous word and this one; made on demand, as few words need it.
    var gap: Substring { text.base[gapStart..<text.startIndex] }

    /// Whether only whitespace separates this word from the previous one.
    var followsWhitespaceOnly: Bool

    /// Whether a line break lies between the previous word and this one.
    var followsLineBreak: Bool

    /// Lower case, without diacritics: `Nguyễn` -> `nguyen`. Folded when split: titles look
    /// every word up by it, and a folded word is a small string that costs no allocation.
    var folded: String

    /// Lower case with diacritics, composed (NFC) whatever the page's form.
    var lowercased: String {
        let lower = text.lowercased()
        // Composition is only needed when the page wrote combining marks (NFD, windows-1258).
        let hasCombiningMarks = lower.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) }
        return hasCombiningMarks ? lower.precomposedStringWithCanonicalMapping : lower
    }

    /// Whether the word starts with a capital letter (all-caps words included).
    var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return UTF8Scalar.isUppercase(first.value)
    }

    /// Whether the word is plain ASCII, as names printed without diacritics are.
    var isASCII: Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    /// The words of a text, in order, each folded as it is found: one walk over the bytes,
    /// decoding scalars (all a word boundary here needs, and far cheaper than characters).
    static func split(_ text: String) -> [Word] {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        // Immutable from here: the closures below then read it without exclusivity checks.
        let text = contiguous
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var words: [Word] = []
            let utf8 = text.utf8
            func position(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            var wordStart: Int?
            var gapStart = 0
            // The previous word's end, which is where this word's gap starts.
            var gapStartIndex = text.startIndex
            var index = 0
            func close(at end: Int) {
                guard let start = wordStart else { return }
                var whitespaceOnly = true
                var gapIndex = gapStart
                while gapIndex < start, whitespaceOnly {
                    let (value, width) = UTF8Scalar.decode(bytes, at: gapIndex)
                    whitespaceOnly = UTF8Scalar.isWhitespace(value)
                    gapIndex += width
                }
                let endIndex = position(end)
                words.append(
                    Word(
                        text: text[position(start)..<endIndex], gapStart: gapStartIndex,
                        followsWhitespaceOnly: whitespaceOnly,
                        followsLineBreak: bytes[gapStart..<start].contains(0x0A),
                        folded: NameFolding.fold(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end]))))
                gapStart = end
                gapStartIndex = endIndex
                wordStart = nil
            }
            while index < bytes.count {
                let (value, width) = UTF8Scalar.decode(bytes, at: index)
                if isWordScalar(value) {
                    if wordStart == nil { wordStart = index }
                } else {
                    close(at: index)
                }
                index += width
            }
            close(at: bytes.count)
            return words
        }!
    }

    private static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        // Latin letters with diacritics (all of Vietnamese) and combining marks, which belong to
        // the letter before them on NFD and windows-1258 pages, without the property tables.
        if (0x00C0...0x024F).contains(value) { return value != 0xD7 && value != 0xF7 }
        if (0x1E00...0x1EFF).contains(value) || (0x0300...0x036F).contains(value) { return true }
        return Unicode.Scalar(value)!.properties.isAlphabetic
    }
}
