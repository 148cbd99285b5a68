import ExposureCore
@testable import ExposureKit
import ExposureStore
import Testing

@Suite struct FindingCollectorTests {
    private static func email(_ value: String, path: String, confidence: Double = 0.8) -> PageFindings.Item {
        PageFindings.Item(
            kind: .email, subtype: nil, value: value, normalized: value, confidence: confidence, path: path,
            context: "Email: \(value)", personKey: nil)
    }

    /// An item every page repeats counts each page once, keeps an occurrence per page and
    /// element and its highest confidence; people are listed in the order first named.
    @Test func repeatedItemsCountEachPageOnce() async throws {
        let collector = FindingCollector()
        let footer = Self.email("lienhe@s.gov.vn", path: "/html/body/footer/p")
        await collector.add(
            url: "http://s/1",
            PageFindings(
                items: [footer, Self.email("an@s.gov.vn", path: "/p", confidence: 0.5)],
                mentions: [.init(key: "le van an", name: "Lê Văn An")], links: []))
        await collector.add(
            url: "http://s/2",
            PageFindings(
                items: [footer, Self.email("an@s.gov.vn", path: "/p", confidence: 0.9), Self.email("an@s.gov.vn", path: "/div")],
                mentions: [.init(key: "tran thi binh", name: "Trần Thị Bình"), .init(key: "le van an", name: "Lê Văn An")],
                links: []))
        let profile = try AuditConfiguration(seeds: ["http://s/"], subject: Subject(name: nil)).resolvedProfile()
        let (findings, people) = await collector.result(subjectKey: nil, profile: profile, language: .en)

        let hotline = try #require(findings.first { $0.value == "lienhe@s.gov.vn" })
        #expect(hotline.pageCount == 2)
        #expect(hotline.occurrences.map(\.url) == ["http://s/1", "http://s/2"])
        let personal = try #require(findings.first { $0.value == "an@s.gov.vn" })
        #expect(personal.pageCount == 2)
        #expect(personal.confidence == 0.9)
        #expect(personal.occurrences.map(\.path) == ["/p", "/p", "/div"])
        #expect(people.map(\.name) == ["Lê Văn An", "Trần Thị Bình"])
        #expect(people.map(\.pageCount) == [2, 1])
    }
}
