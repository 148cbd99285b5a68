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

    @Test(arguments: [
        ("ab@cd", UInt8(ascii: "@"), true), ("abcd", UInt8(ascii: "@"), false), ("", UInt8(ascii: "@"), false),
        ("phường", 0xC6, true), ("line\nbreak", 0x0A, true),
    ])
    func containsByte(text: String, byte: UInt8, expected: Bool) {
        #expect(text.containsByte(byte) == expected)
        #expect(text.dropFirst(0).containsByte(byte) == expected)
    }

    @Test func cuesAreFoundInOnePass() {
        let cues = ByteCues(["phường", "Quận", "TP."])
        #expect(cues.occurs(in: "Số 1, phường Cửa Bắc"))
        #expect(cues.occurs(in: "ở Quận 3"))
        #expect(cues.occurs(in: "x TP."))
        #expect(!cues.occurs(in: "x TP"))
        #expect(!cues.occurs(in: "quận"))  // bytes, not case-folded
        #expect(!cues.occurs(in: ""))
        // Cues starting with a byte past the first 64 (`ư` in UTF-8 is C6 B0).
        #expect(ByteCues(["ường"]).occurs(in: "phường"))
    }

    @Test func cuesAreFoundAtTheEnds() {
        let cues = ByteCues(["@", ".com/"])
        #expect(cues.occurs(in: "a@b"))
        #expect(cues.occurs(in: "handle@"))
        #expect(cues.occurs(in: "@"))
        #expect(cues.occurs(in: "x.com/y"))
        #expect(!cues.occurs(in: "x.co/m"))
        // Cues sharing a first byte.
        let shared = ByteCues(["fb.", "facebook"])
        #expect(shared.occurs(in: "m.facebook"))
        #expect(shared.occurs(in: "fb."))
        #expect(!shared.occurs(in: "fbx facebo"))
    }

    @Test(arguments: [
        ("tel:+84912", "tel:", true), ("TEL:0912", "tel:", true), ("Tel:", "tel:", true),
        ("te", "tel:", false), ("mailto:a@b", "tel:", false), ("télé:", "tel:", false),
    ])
    func prefixIgnoringASCIICase(text: String, prefix: String, expected: Bool) {
        #expect(text.hasPrefixIgnoringASCIICase(prefix) == expected)
    }
}
