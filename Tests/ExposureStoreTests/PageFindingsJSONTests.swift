import ExposureCore
import Foundation
import Testing

@testable import ExposureStore

@Suite struct PageFindingsJSONTests {
    private static let full = PageFindings(
        items: [
            .init(
                kind: .phone, subtype: "mobile", value: "0912 345 678", normalized: "+84912345678", confidence: 0.93,
                path: "/html/body/table/tr[3]/td[2]", context: "DĐ: \"0912 345 678\"\t\\ tab\nline \u{1}ctl \u{8}\u{C}",
                personKey: "le quang vinh"),
            .init(
                kind: .portrait, subtype: "portrait", value: "http://s.gov.vn/u/a.jpg", normalized: "http://s.gov.vn/u/a.jpg",
                confidence: 0.9, path: "/html/body/img", context: "Ảnh: Lê Quang Vinh", personKey: nil,
                image: ImageReference(url: "http://s.gov.vn/u/a-150x150.jpg", original: "http://s.gov.vn/u/a.jpg", width: 1200, height: 1600)),
            .init(
                kind: .title, subtype: nil, value: "Giám đốc", normalized: "Giám đốc", confidence: 1, path: "/p", context: "",
                personKey: nil, image: ImageReference(url: "http://s/x.png")),
        ],
        mentions: [.init(key: "le quang vinh", name: "Lê Quang Vinh")],
        links: ["http://s.gov.vn/", "http://s.gov.vn/a?b=1&c=\"2\""],
        portraits: [
            .init(
                person: .init(key: "le quang vinh", name: "Lê Quang Vinh"), image: "http://s.gov.vn/u/a-150x150.jpg",
                originals: ["http://s.gov.vn/u/a.jpg"], declaredWidth: 150, declaredHeight: nil, association: "alt",
                peopleShown: 1, path: "/html/body/img", context: "Lê Quang Vinh")
        ],
        images: ["http://s.gov.vn/u/a-150x150.jpg"])

    /// What the history writes by hand reads back as the value it came from, by hand and by
    /// `JSONDecoder` alike: escapes, Vietnamese text, optionals present and absent included.
    @Test(arguments: [full, PageFindings(items: [], mentions: [], links: [])])
    func writtenJSONReadsBackAsTheSameValue(findings: PageFindings) throws {
        #expect(try PageFindings(jsonText: String(decoding: findings.jsonData, as: UTF8.self)) == findings)
        #expect(try JSONDecoder().decode(PageFindings.self, from: findings.jsonData) == findings)
    }

    /// Analyses stored by earlier versions, through `JSONEncoder` (sorted keys, `\u` escapes,
    /// whole numbers without a fraction), read the same.
    @Test func analysesWrittenByJSONEncoderAreRead() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        var findings = Self.full
        findings.items[0].context += " 😀 \u{7F}"
        findings.items[2].confidence = 1
        let text = String(decoding: try encoder.encode(findings), as: UTF8.self)
        #expect(try PageFindings(jsonText: text) == findings)
    }

    @Test(arguments: ["", "{", #"{"i":[}"#, #"{"i":[],"m":[],"l":["a"]} x"#, #"{"i":[{"k":"phone"}],"m":[],"l":[]}"#])
    func malformedAnalysesAreAnError(text: String) {
        #expect(throws: StoreError.self) { try PageFindings(jsonText: text) }
    }

    @Test func controlCharactersAreEscaped() {
        let text = String(decoding: Self.full.jsonData, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 })
        #expect(text.contains(#"\"0912 345 678\"\t\\ tab\nline \u0001ctl \b\f"#))
    }
}
