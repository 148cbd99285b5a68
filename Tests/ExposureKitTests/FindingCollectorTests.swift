import ExposureCore
@testable import ExposureKit
import ExposureProfile
import ExposureStore
import Testing

@Suite struct FindingCollectorTests {
    private static func profile() throws -> Profile {
        try AuditConfiguration(seeds: ["http://s/"], subject: Subject(name: nil)).resolvedProfile()
    }

    private static func item(_ kind: FindingKind, _ subtype: String? = nil, value: String) -> PageFindings.Item {
        PageFindings.Item(
            kind: kind, subtype: subtype, value: value, normalized: value, confidence: 0.9, path: "/p",
            context: value, personKey: "le van an")
    }

    private static func email(_ value: String, path: String, confidence: Double = 0.8) -> PageFindings.Item {
        PageFindings.Item(
            kind: .email, subtype: nil, value: value, normalized: value, confidence: confidence, path: path,
            context: "Email: \(value)", personKey: nil)
    }

    /// An item every page repeats counts each page once, keeps an occurrence per page and
    /// element and its highest confidence; people are listed in the order first named.
    @Test func repeatedItemsCountEachPageOnce() async throws {
        let collector = try FindingCollector(profile: Self.profile())
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
        let (findings, people) = await collector.result(subjectKey: nil, language: .en)

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

    /// A person's mobile printed on more pages than a finding lists is still part of the kit
    /// their portrait and title complete on a later page: the kit is judged from every page,
    /// not from the first pages that fetches happened to finish with.
    @Test func aWholeKitPastTheListedPagesIsStillRaised() async throws {
        let profile = try Self.profile()
        let collector = FindingCollector(profile: profile)
        let mobile = Self.item(.phone, "mobile", value: "+84912345678")
        let mention = PageFindings.Mention(key: "le van an", name: "Lê Văn An")
        let pages = (1...Finding.maximumOccurrences + 1).map { "http://s/\($0)" }
        for url in pages.dropLast() {
            await collector.add(url: url, PageFindings(items: [mobile], mentions: [mention], links: []))
        }
        let portrait = Self.item(.portrait, "portrait", value: "http://s/an.jpg")
        await collector.add(
            url: pages.last!,
            PageFindings(items: [mobile, Self.item(.title, value: "Giám đốc"), portrait], mentions: [mention], links: []))
        let (findings, _) = await collector.result(subjectKey: nil, language: .en)

        let phone = try #require(findings.first { $0.kind == .phone })
        #expect(!phone.occurrences.map(\.url).contains(pages.last!))
        #expect(findings.count == 3)
        #expect(findings.allSatisfy { $0.severity == profile.severity.kit.severity })
    }

    /// A portrait shown on more pages than it lists still brings the face to the kit on every
    /// later page: those pages arrive only as fingerprints of their URLs.
    @Test func aPortraitPastItsListedPagesStillCompletesTheKit() async throws {
        let profile = try Self.profile()
        let collector = FindingCollector(profile: profile)
        let mention = PageFindings.Mention(key: "le van an", name: "Lê Văn An")
        let kitPage = "http://s/lanh-dao"
        await collector.add(
            url: kitPage,
            PageFindings(
                items: [Self.item(.phone, "mobile", value: "+84912345678"), Self.item(.title, value: "Giám đốc")],
                mentions: [mention], links: []))
        let portrait = PageFindings(items: [Self.item(.portrait, "portrait", value: "http://s/an.jpg")], mentions: [], links: [])
        await collector.add(url: "http://s/tin-tuc", portrait)
        await collector.add(pages: [Fingerprint.fnv1a64(kitPage)], showing: portrait)
        let (findings, _) = await collector.result(subjectKey: nil, language: .en)

        #expect(findings.first { $0.kind == .portrait }?.pageCount == 2)
        #expect(findings.count == 3)
        #expect(findings.allSatisfy { $0.severity == profile.severity.kit.severity })
    }
}
