import Testing

@testable import ExposureDetect

@Suite struct WordTests {
    /// The traits found while splitting match the words' text and the gaps between them.
    @Test func splitFindsEachWordsTraits() {
        let words = Word.split("Ông NGUYỄN Văn An,\nphó giám đốc (Sở Nội vụ) Nguye\u{0302}\u{0303}n")
        #expect(words.map(\.text) == ["Ông", "NGUYỄN", "Văn", "An", "phó", "giám", "đốc", "Sở", "Nội", "vụ", "Nguye\u{0302}\u{0303}n"])
        #expect(words.map(\.gap) == ["", " ", " ", " ", ",\n", " ", " ", " (", " ", " ", ") "])
        #expect(words.map(\.folded) == ["ong", "nguyen", "van", "an", "pho", "giam", "doc", "so", "noi", "vu", "nguyen"])
        #expect(words.map(\.isCapitalized) == [true, true, true, true, false, false, false, true, true, false, true])
        #expect(words.map(\.isASCII) == [false, false, false, true, false, false, false, false, false, false, false])
        #expect(words.map(\.followsWhitespaceOnly) == [true, true, true, true, false, true, true, false, true, true, false])
        #expect(words.map(\.followsLineBreak) == [false, false, false, false, true, false, false, false, false, false, false])
    }

    @Test func splitOfTextWithoutLettersIsEmpty() {
        #expect(Word.split("").isEmpty)
        #expect(Word.split(" 0912 345 678 – ").isEmpty)
    }
}
