import ExposureCore
import ExposureProfile
import Testing

@Suite struct ChecklistBuildingTests {
    let mobile = Fixtures.finding(
        .phone, "mobile", value: "+84912345678", person: "Lê Quang Vinh", severity: .high,
        urls: ["https://a.example/lanh-dao", "https://a.example/danh-ba"])
    let email = Fixtures.finding(
        .email, "personal", value: "vinh@gmail.com", person: "Lê Quang Vinh", severity: .medium,
        urls: ["https://a.example/danh-ba", "https://a.example/lien-he"])
    let agencyMobile = Fixtures.finding(
        .phone, "mobile", value: "+84987654321", person: nil, severity: .medium, urls: ["https://a.example/"])

    @Test func itemsGoByDangerThenWebTeamThenId() throws {
        let items = try Fixtures.profile().checklist(for: [email, mobile], language: .en)
        #expect(items.map(\.id) == ["web.mobile", "person.mobile", "web.email", "person.always"])
        #expect(items.map(\.severity) == [.high, .high, .medium, nil])
    }

    @Test func equallyDangerousItemsOfOneAudienceGoById() throws {
        // Both web entries at the same severity: the id decides.
        var raisedEmail = email
        raisedEmail.severity = .high
        let items = try Fixtures.profile().checklist(for: [mobile, raisedEmail], language: .en)
        let web = items.filter { $0.audience == .webTeam }.map(\.id)
        #expect(web == web.sorted())
        #expect(web.count == 2)
    }

    @Test func eachFindingAndPageIsListedOnceMostSevereFirst() throws {
        let item = try #require(
            try Fixtures.profile().checklist(for: [agencyMobile, mobile, mobile], language: .en).first)
        #expect(item.id == "web.mobile")
        #expect(item.findings == [mobile.id, agencyMobile.id])
        #expect(item.urls == mobile.occurrences.map(\.url) + agencyMobile.occurrences.map(\.url))
        #expect(item.people == ["Lê Quang Vinh"])
    }

    @Test func pagesOfSeveralFindingsAreMergedWithoutRepeats() throws {
        let items = try Fixtures.profile().checklist(for: [email], language: .en)
        let item = try #require(items.first { $0.id == "web.email" })
        #expect(item.urls == ["https://a.example/danh-ba", "https://a.example/lien-he"])
    }

    @Test func triggersRespectScopeAndMinimum() throws {
        let profile = try Fixtures.profile()
        // The agency's mobile calls for the web fix, not for the person's.
        let agencyOnly = profile.checklist(for: [agencyMobile], language: .en).map(\.id)
        #expect(agencyOnly.contains("web.mobile"))
        #expect(!agencyOnly.contains("person.mobile"))
        // web.email wants at least medium.
        var lowEmail = email
        lowEmail.severity = .low
        #expect(!profile.checklist(for: [lowEmail], language: .en).map(\.id).contains("web.email"))
    }

    @Test(arguments: Language.allCases)
    func actionsAreInTheLanguageAsked(_ language: Language) throws {
        let profile = try Fixtures.profile()
        for item in profile.checklist(for: [mobile, email], language: language) {
            let entry = try #require(profile.checklist.first { $0.id == item.id })
            #expect(item.action == entry.action[language])
        }
    }

    @Test func alwaysItemsAppearWithNoFindings() throws {
        let profile = try Fixtures.profile()
        let items = profile.checklist(for: [], language: .vi)
        #expect(items.map(\.id) == ["person.always"])
        #expect(items[0].action == "Bình tĩnh.")
        #expect(items[0].findings.isEmpty && items[0].urls.isEmpty && items[0].severity == nil)
    }

    @Test func itemsCarryTheirCitations() throws {
        let profile = try Fixtures.profile()
        let item = try #require(profile.checklist(for: [mobile], language: .en).first)
        let advisory = profile.advisories[0]
        #expect(
            item.citations == [
                ChecklistItem.Citation(
                    advisory: "A000", agency: advisory.agency, number: advisory.number, date: advisory.date,
                    title: advisory.title, quote: advisory.recommendations[0].quote,
                    gloss: advisory.recommendations[0].gloss)
            ])
    }

    @Test func bundledVietnameseProfileTurnsAPersonalMobileIntoActions() throws {
        let profile = try ProfileCatalog.standard().load("vn")
        let judged = profile.severity.judged([mobile])
        let items = profile.checklist(for: judged, language: .vi)
        let ids = items.map(\.id)
        #expect(ids.first == "web.replace-personal-mobile")
        #expect(ids.contains("person.hide-number-from-search"))
        #expect(ids.contains("person.if-threatened"))
        #expect(items[0].urls == mobile.occurrences.map(\.url))
        #expect(items.allSatisfy { !$0.citations.isEmpty })
    }
}
