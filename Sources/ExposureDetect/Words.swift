import ExposureCore
import Foundation

/// A word of page text: a run of letters (combining marks included).
struct Word {
    let text: Substring
    /// Where the text after the previous word starts.
    private let gapStart: String.Index

    /// What lies between the previous word and this one; made on demand, as few words need it.
    var gap: Substring { text.base[gapStart..<text.startIndex] }

    /// Whether only whitespace separates this word from the previous one.
    let followsWhitespaceOnly: Bool

    /// Whether a line break lies between the previous word and this one.
    let followsLineBreak: Bool

    /// Whether the word starts with a capital letter (all-caps words included). Found when
    /// split, as the other traits below: detectors test them on most words of a page.
    let isCapitalized: Bool

    /// Whether the word is plain ASCII, as names printed without diacritics are.
    let isASCII: Bool

    /// Lower case, without diacritics: `Nguyễn` -> `nguyen`. Folded when split: titles look
    /// every word up by it, and a folded word is a small string that costs no allocation.
    let folded: String

    /// Lower case with diacritics, composed (NFC) whatever the page's form.
    var lowercased: String {
        text.lowercased().precomposed
    }

    /// The words of a text, in order, each folded as it is found: one walk over the bytes,
    /// decoding scalars (all a word boundary here needs, and far cheaper than characters).
    static func split(_ text: String) -> [Word] {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        // Immutable from here: the closure below then reads it without exclusivity checks.
        let text = contiguous
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var words: [Word] = []
            // Room for the words of common prose (about six bytes with their gap), grown past it.
            words.reserveCapacity(bytes.count / 6 + 1)
            let utf8 = text.utf8
            var index = 0
            // The gap before the next word: where it starts and what it holds so far.
            var gapStart = utf8.startIndex
            var whitespaceOnly = true
            var lineBreak = false
            while index < bytes.count {
                let (first, firstWidth) = UTF8Scalar.decode(bytes, at: index)
                guard isWordScalar(first) else {
                    whitespaceOnly = whitespaceOnly && UTF8Scalar.isWhitespace(first)
                    lineBreak = lineBreak || first == 0x0A
                    index += firstWidth
                    continue
                }
                let start = index
                var isASCII = first < 0x80
                index += firstWidth
                while index < bytes.count {
                    let (value, width) = UTF8Scalar.decode(bytes, at: index)
                    guard isWordScalar(value) else { break }
                    isASCII = isASCII && value < 0x80
                    index += width
                }
                let end = utf8.index(utf8.startIndex, offsetBy: index)
                words.append(
                    Word(
                        text: Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<end]), gapStart: gapStart,
                        followsWhitespaceOnly: whitespaceOnly, followsLineBreak: lineBreak,
                        isCapitalized: UTF8Scalar.isUppercase(first), isASCII: isASCII,
                        folded: NameFolding.fold(utf8: UnsafeBufferPointer(rebasing: bytes[start..<index]))))
                gapStart = end
                whitespaceOnly = true
                lineBreak = false
            }
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

extension String {
    /// The text in Unicode NFC, as `precomposedStringWithCanonicalMapping` makes it, without
    /// Foundation's costly pass when the text is NFC already by its scalars: all below U+0300
    /// (ASCII, Latin-1, Latin Extended-A/B), precomposed Vietnamese letters (U+1E00 to U+1EFF)
    /// or the dashes, quotes and bullets of U+2010 to U+2027. None of those decomposes in NFC or
    /// combines with what follows it; only text printed decomposed (NFD, windows-1258) or in
    /// other scripts goes through Foundation.
    var precomposed: String {
        var text = self
        let isComposed = text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                } else if lead < 0xCC {  // two bytes, up to U+02FF
                    index += 2
                } else if lead == 0xE1, (0xB8...0xBB).contains(bytes[index + 1]) {  // U+1E00 to U+1EFF
                    index += 3
                } else if lead == 0xE2, bytes[index + 1] == 0x80, (0x90...0xA7).contains(bytes[index + 2]) {  // U+2010 to U+2027
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
        return isComposed ? text : precomposedStringWithCanonicalMapping
    }
}
