import ExposureCore
import Foundation
import Testing

@Suite struct JSONStringTests {
    /// Every control character, quotes, backslashes and slashes, and text beyond ASCII are
    /// written as `JSONEncoder` (slashes unescaped) writes them: the report must not change.
    @Test(arguments: [
        "", "plain", "Giám đốc Sở Nội vụ", #""quoted" \ back/slash"#, String(decoding: Array(0..<0x20) as [UInt8], as: UTF8.self),
        "\u{7F}\u{2028}\u{2029}😀\u{202E} end\\", "a\u{0}b\u{1F}",
    ])
    func escapesAsJSONEncoderDoes(text: String) throws {
        var bytes: [UInt8] = []
        bytes.appendJSONString(text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        #expect(bytes == Array(try encoder.encode(text)))
    }
}
