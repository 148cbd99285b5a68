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
}
