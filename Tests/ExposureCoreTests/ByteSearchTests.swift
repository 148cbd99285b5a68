import ExposureCore
import Testing

@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("số 12 phường Cửa Bắc", "phường", true),
        ("số 12 phuong Cua Bac", "phường", false),
        ("abc", "", true),
        ("ab", "abc", false),
        ("xxabcabd", "abd", true),
    ])
    func containsBytes(text: String, needle: String, expected: Bool) {
        #expect(text.containsBytes(needle) == expected)
        #expect(text.dropFirst(0).containsBytes(needle) == expected)
    }

    @Test func cuesAreFoundInOnePass() {
        let cues = ByteCues(["phường", "Quận", "TP."])
        #expect(cues.occurs(in: "Số 1, phường Cửa Bắc"))
        #expect(cues.occurs(in: "ở Quận 3"))
        #expect(cues.occurs(in: "x TP."))
        #expect(!cues.occurs(in: "x TP"))
        #expect(!cues.occurs(in: "quận"))  // bytes, not case-folded
        #expect(!cues.occurs(in: ""))
    }

    @Test(arguments: [
        ("tel:+84912", "tel:", true), ("TEL:0912", "tel:", true), ("Tel:", "tel:", true),
        ("te", "tel:", false), ("mailto:a@b", "tel:", false), ("télé:", "tel:", false),
    ])
    func prefixIgnoringASCIICase(text: String, prefix: String, expected: Bool) {
        #expect(text.hasPrefixIgnoringASCIICase(prefix) == expected)
    }
}
