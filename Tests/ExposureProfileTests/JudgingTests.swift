import ExposureCore
import ExposureProfile
import Testing

@Suite struct JudgingTests {
    static let page = "https://a.example/lanh-dao"

    func kit(person: String = "Nguyễn Văn An", portraitPage: String = page) -> [Finding] {
        [
            Fixtures.finding(.portrait, value: "/anh/an.jpg", person: person, urls: [portraitPage]),
            Fixtures.finding(.phone, "mobile", value: "+84912345678", person: person, urls: [Self.page]),
            Fixtures.finding(.title, value: "Giám đốc", person: person, urls: [Self.page]),
        ]
    }

    @Test func baseSeverityFollowsTheFirstMatchingRuleAndTheOwner() throws {
        let rules = try Fixtures.profile().severity
        let personal = Fixtures.finding(.phone, "mobile", value: "1", person: "A", urls: [])
        let agency = Fixtures.finding(.phone, "mobile", value: "1", person: nil, urls: [])
        let unruled = Fixtures.finding(.dob, value: "1970-01-01", person: "A", urls: [])
        #expect(rules.baseSeverity(of: personal) == rules.rules[0].personal)
        #expect(rules.baseSeverity(of: agency) == rules.rules[0].agency)
        #expect(rules.baseSeverity(of: unruled) == rules.fallback.personal)
    }

    @Test func aWholeKitOnOnePageIsRaisedToTheKitSeverity() throws {
        let rules = try Fixtures.profile().severity
        let judged = rules.judged(kit())
        #expect(judged.map(\.severity) == Array(repeating: rules.kit.severity, count: 3))
    }

    @Test func aKitSpreadOverPagesIsNotRaised() throws {
        let rules = try Fixtures.profile().severity
        let judged = rules.judged(kit(portraitPage: "https://a.example/tin-tuc"))
        #expect(judged.map(\.severity) == kit().map(rules.baseSeverity))
    }

    @Test func ingredientsOfDifferentPeopleMakeNoKit() throws {
        let rules = try Fixtures.profile().severity
        var findings = kit()
        findings[0] = kit(person: "Trần Thị Bình")[0]
        #expect(!rules.judged(findings).contains { $0.severity == rules.kit.severity })
    }

    @Test func theSamePersonSpelledDifferentlyStillMakesAKit() throws {
        let rules = try Fixtures.profile().severity
        var findings = kit()
        findings[0] = kit(person: "NGUYEN VAN AN")[0]
        #expect(rules.judged(findings).allSatisfy { $0.severity == rules.kit.severity })
    }
}
