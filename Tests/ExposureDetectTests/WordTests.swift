import ExposureCore
import Foundation
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

    /// Words are folded as they are split: the same as the general fold, for words short and
    /// long, with marks of their own, and in scripts the Latin tables do not hold.
    @Test func splitFoldsEachWordAsTheGeneralFold() {
        let text = """
            Nguyễn NGHIÊNG Straße ŒUVRE Æsir abcdefgßßßß abcdefßßß THÀNHPHỐHỒCHÍMINH Internationalization \
            Nguye\u{0302}\u{0303}n ĐĂNGKÝ Москва Ǆemal ﬁnal \u{0301}\u{0302} aaaaaaaaaaaaaaaÆ x
            """
        let words = Word.split(text)
        #expect(words.count == 17)
        for word in words { #expect(word.folded == NameFolding.fold(word.text), "\(word.text)") }
        #expect(words.map(\.folded).prefix(2) == ["nguyen", "nghieng"])
        #expect(words[7].folded == "thanhphohochiminh")
    }

    /// NFC is skipped only for text that is NFC already, and made for the rest.
    @Test func precomposedIsNFC() {
        for text in [
            "", "Phó Giám đốc", "Nguye\u{0302}\u{0303}n", "A\u{030A}ngstr\u{00F6}m \u{212B}", "ĐĂNG KÝ ÂM",
            "\u{1100}\u{1161}", "e\u{0301}", "ǅ ǰ ȷ ʰ", "Ḁḁ Ỹỹ \u{1EFF}", "😀 日本",
            "“Giám đốc” – Sở Nội vụ…", "\u{2013}\u{0301}", "\u{2000}\u{2001}",
        ] {
            #expect(text.precomposed.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }

    @Test func splitOfTextWithoutLettersIsEmpty() {
        #expect(Word.split("").isEmpty)
        #expect(Word.split(" 0912 345 678 – ").isEmpty)
    }
}
