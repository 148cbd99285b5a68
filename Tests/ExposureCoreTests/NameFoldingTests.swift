import ExposureCore
import Foundation
import Testing

@Suite struct NameFoldingTests {
    @Test(arguments: [
        ("Nguyễn Văn An", "nguyen van an"),
        ("NGUYỄN VĂN AN", "nguyen van an"),
        ("Nguyen Van An", "nguyen van an"),
        ("  Đặng   Thị\nĐào ", "dang thi dao"),
        ("Ông Thị Kim Yến", "ong thi kim yen"),
        ("Patricia Gómez-Larkin", "patricia gomez-larkin"),
    ])
    func foldsCaseDiacriticsAndSpacing(input: String, expected: String) {
        #expect(NameFolding.fold(input) == expected)
    }

    @Test func nfcAndNfdFoldAlike() {
        let nfc = "Trịnh Minh Hoàng".precomposedStringWithCanonicalMapping
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(Array(nfc.unicodeScalars) != Array(nfd.unicodeScalars))
        #expect(NameFolding.fold(nfc) == NameFolding.fold(nfd))
    }

    @Test func windows1258StyleCombiningTonesFold() {
        // Legacy pages put the tone as a combining mark after a precomposed vowel: ê + U+0301.
        let legacy = "Nguy\u{00EA}\u{0301}n"
        #expect(NameFolding.fold(legacy) == "nguyen")
    }

    @Test func substringsFoldLikeStrings() {
        let text = "Bà NGUYỄN Thị Thu Hà, Phó Giám đốc"
        let name = text.dropFirst(3).prefix(17)
        #expect(NameFolding.fold(name) == NameFolding.fold(String(name)))
        #expect(NameFolding.fold(name) == "nguyen thi thu ha")
    }

    /// Every scalar of the folding tables against the definition: decompose, drop the marks,
    /// lower the case, `đ` to `d`.
    @Test func tableScalarsFoldAsDefined() {
        for value in Array(0x0080..<0x0370) + Array(0x1E00..<0x1F00) + Array(0x2000..<0x2070) {
            guard let scalar = Unicode.Scalar(UInt32(value)), !scalar.properties.isWhitespace else { continue }
            var expected = ""
            for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            where part.properties.generalCategory != .nonspacingMark {
                expected += part == "đ" || part == "Đ" ? "d" : part.properties.lowercaseMapping
            }
            #expect(NameFolding.fold("a" + String(scalar) + "b") == "a" + expected + "b", "U+\(String(value, radix: 16))")
        }
    }

    /// The code-point shortcuts for Latin letters answer as the Unicode property does, for
    /// every scalar up to the end of Latin Extended Additional.
    @Test func uppercaseShortcutsAgreeWithTheUnicodeProperty() {
        for value in UInt32(0)..<0x1F00 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(UTF8Scalar.isUppercase(value) == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        ("Ωμέγα", "ωμεγα"),
        ("ПЁТР", "петр"),
        ("a\u{00A0}b\u{3000}c", "a b c"),
        ("\u{2003}x\u{2003}", "x"),
        ("İstanbul", "istanbul"),
        ("“Fax” – 0912", "“fax” – 0912"),
        ("a\u{2009}\u{2009}b\u{0085}", "a b"),
    ])
    func foldsOutsideTheLatinTables(input: String, expected: String) {
        #expect(NameFolding.fold(input) == expected)
    }

    /// A word folds alike whether it takes the small-string path or, with the space before it
    /// that only the general path trims, the general one: at the 15-byte edge, past it, and for
    /// words whose folded form is not ASCII.
    @Test(arguments: [
        "", "A", "ABCDEFGHIJKLMNO", "ABCDEFGHIJKLMNOP", "Nguyễn", "ĐẶNG", "Nguy\u{00EA}\u{0301}n", "Nghiêngnghiêng",
        "Nghiêngnghiêngx", "Straße", "Ωμέγα", "0912-ab", "\u{01}A", "Tự-Động",
    ])
    func wordsFoldAsTheGeneralPathDoes(word: String) {
        #expect(NameFolding.fold(word) == NameFolding.fold(" " + word))
    }

    @Test func longTextFolds() {
        let block = String(repeating: "Trường Đại học Sư phạm ", count: 200)
        let folded = NameFolding.fold(block)
        #expect(folded == String(repeating: "truong dai hoc su pham ", count: 200).trimmingCharacters(in: .whitespaces))
    }
}
