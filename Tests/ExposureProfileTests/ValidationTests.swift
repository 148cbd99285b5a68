import ExposureCore
import ExposureProfile
import Testing

/// One broken profile: the edit to the valid fixture, and where and what the error must say.
struct ValidationCase: CustomTestStringConvertible, Sendable {
    var name: String
    var old: String
    var new: String
    var field: String
    var message: String
    /// Text on the line the error must point at.
    var lineMarker: String

    var testDescription: String { name }
}

@Suite struct ValidationTests {
    @Test func theFixtureIsValid() throws {
        #expect(Profile.problems(inYAML: Fixtures.yaml, file: "test.yaml").isEmpty)
        let profile = try Fixtures.profile()
        #expect(profile.checklist.count == 4)
        #expect(profile.checklist[3].triggers == .always)
    }

    static let cases: [ValidationCase] = [
        ValidationCase(
            name: "unknown top-level key", old: "summary: A profile for tests.",
            new: "summary: A profile for tests.\ncolour: red", field: "colour", message: "unknown key `colour`",
            lineMarker: "colour: red"),
        ValidationCase(
            name: "unknown key in an entry", old: "    audience: web_team\n    action: {vi: Thay số.",
            new: "    audience: web_team\n    note: why\n    action: {vi: Thay số.", field: "checklist[0].note",
            message: "unknown key `note`", lineMarker: "note: why"),
        ValidationCase(
            name: "unknown finding kind", old: "triggers: [{kind: phone, subtypes: [mobile]}]",
            new: "triggers: [{kind: fone}]", field: "checklist[0].triggers[0].kind",
            message: "`fone` is not one of phone, email, address", lineMarker: "kind: fone"),
        ValidationCase(
            name: "citation of an unknown advisory", old: "cites: [{advisory: A000, recommendation: r2}]",
            new: "cites: [{advisory: A009, recommendation: r2}]", field: "checklist[3].cites[0].advisory",
            message: "unknown advisory `A009` (the profile has A000)", lineMarker: "A009"),
        ValidationCase(
            name: "citation of an unknown recommendation", old: "cites: [{advisory: A000, recommendation: r2}]",
            new: "cites: [{advisory: A000, recommendation: r7}]", field: "checklist[3].cites[0].recommendation",
            message: "A000 has no recommendation `r7` (it has r1, r2)", lineMarker: "r7"),
        ValidationCase(
            name: "no citation", old: "cites: [{advisory: A000, recommendation: r2}]", new: "cites: []",
            field: "checklist[3].cites", message: "cite at least one recommendation", lineMarker: "cites: []"),
        ValidationCase(
            name: "duplicate checklist id", old: "- id: person.mobile", new: "- id: web.mobile  # again",
            field: "checklist[1].id", message: "`web.mobile` repeats checklist[0]", lineMarker: "# again"),
        ValidationCase(
            name: "duplicate recommendation id", old: "- {id: r2, quote: Quote two., gloss: Gloss two.}",
            new: "- {id: r2, quote: Quote two., gloss: Gloss two.}\n      - {id: r2, quote: Quote three., gloss: Three.}",
            field: "advisories[0].recommendations[2].id", message: "`r2` repeats advisories[0].recommendations[1]",
            lineMarker: "Quote three."),
        ValidationCase(
            name: "missing English text", old: "action: {vi: Bình tĩnh., en: Stay calm.}",
            new: "action: {vi: Bình tĩnh.}", field: "checklist[3].action", message: "missing `en`",
            lineMarker: "action: {vi: Bình tĩnh.}"),
        ValidationCase(
            name: "empty Vietnamese text", old: "action: {vi: Bình tĩnh., en: Stay calm.}",
            new: "action: {vi: '', en: Stay calm.}", field: "checklist[3].action.vi", message: "must not be empty",
            lineMarker: "action: {vi: ''"),
        ValidationCase(
            name: "bad severity name", old: "personal: high, agency: medium", new: "personal: extreme, agency: medium",
            field: "severity.rules[0].personal",
            message: "`extreme` is not one of info, low, medium, high, critical", lineMarker: "extreme"),
        ValidationCase(
            name: "bad minimum severity", old: "triggers: [{kind: email, minimum: medium}]",
            new: "triggers: [{kind: email, minimum: severe}]", field: "checklist[2].triggers[0].minimum",
            message: "`severe` is not one of info, low, medium, high, critical", lineMarker: "severe"),
        ValidationCase(
            name: "unknown subtype", old: "- {kind: phone, subtypes: [mobile], personal: high",
            new: "- {kind: phone, subtypes: [mobil], personal: high", field: "severity.rules[0].subtypes[0]",
            message: "unknown phone subtype `mobil`: use one of mobile, landline, fax, service, home",
            lineMarker: "mobil]"),
        ValidationCase(
            name: "subtype of a kind without subtypes", old: "leverage: [{kind: title}]",
            new: "leverage: [{kind: title, subtypes: [chief]}]", field: "severity.kit.leverage[0].subtypes[0]",
            message: "title has no subtypes", lineMarker: "chief"),
        ValidationCase(
            name: "unknown audience", old: "audience: person\n    action: {vi: Bình", new: "audience: public\n    action: {vi: Bình",
            field: "checklist[3].audience", message: "`public` is not one of web_team, person", lineMarker: "public"),
        ValidationCase(
            name: "triggers neither always nor a list", old: "triggers: always", new: "triggers: sometimes",
            field: "checklist[3].triggers", message: "expected `always` or a list of triggers, found `sometimes`",
            lineMarker: "sometimes"),
        ValidationCase(
            name: "no trigger", old: "triggers: [{kind: email, minimum: medium}]", new: "triggers: []",
            field: "checklist[2].triggers", message: "give at least one trigger, or `always`", lineMarker: "triggers: []"),
        ValidationCase(
            name: "a mapping where a list belongs", old: "lexicons: {titles: []", new: "lexicons: {titles: {a: b}",
            field: "lexicons.titles", message: "expected a list, found a mapping", lineMarker: "titles: {a: b}"),
        ValidationCase(
            name: "bad profile id", old: "id: test", new: "id: My Profile", field: "id",
            message: "use lower-case letters, digits and `-` only", lineMarker: "id: My Profile"),
    ]

    @Test(arguments: cases)
    func brokenProfileNamesFieldLineAndProblem(_ broken: ValidationCase) throws {
        let yaml = Fixtures.yaml(replacing: broken.old, with: broken.new)
        let problems = Profile.problems(inYAML: yaml, file: "broken.yaml")
        try #require(problems.count == 1, "\(problems)")
        let problem = problems[0]
        #expect(problem.code == .invalidProfile)
        #expect(problem.file == "broken.yaml")
        #expect(problem.field == broken.field)
        #expect(problem.message.contains(broken.message), "\(problem.message)")
        #expect(problem.line != nil)
        #expect(problem.line == Fixtures.line(of: broken.lineMarker, in: yaml))
        #expect(problem.description.hasPrefix("broken.yaml:\(problem.line ?? 0): \(broken.field): "))
        // Loading throws the same problem.
        #expect(throws: problem) { try Profile(yaml: yaml, file: "broken.yaml") }
    }

    @Test func everyProblemOfADecodedProfileIsReported() {
        var yaml = Fixtures.yaml(replacing: "advisory: A000, recommendation: r2", with: "advisory: A009, recommendation: r2")
        yaml = yaml.replacingOccurrences(of: "- id: person.mobile", with: "- id: web.mobile")
        yaml = yaml.replacingOccurrences(of: "summary: A profile for tests.", with: "summary: A profile for tests.\nextra: 1")
        let fields = Profile.problems(inYAML: yaml, file: nil).map(\.field)
        #expect(fields == ["extra", "checklist[1].id", "checklist[3].cites[0].advisory"])
    }

    @Test func malformedYAMLGivesItsLine() throws {
        let yaml = Fixtures.yaml(replacing: "lexicons: {titles: []", with: "lexicons: {titles: [")
        let problems = Profile.problems(inYAML: yaml, file: "broken.yaml")
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.code == .invalidYAML)
        #expect(problem.cause != nil)
        // libyaml reports an unclosed flow collection where it gave up: at or after the opening.
        let opening = try #require(Fixtures.line(of: "lexicons:", in: yaml))
        #expect((problem.line ?? 0) >= opening)
    }

    @Test func repeatedKeyInOneMappingIsRejected() throws {
        let yaml = Fixtures.yaml(replacing: "name: Test", with: "name: Test\nname: Again")
        let problem = try #require(Profile.problems(inYAML: yaml, file: "broken.yaml").first)
        #expect(problem.code == .invalidYAML)
        #expect(problem.message.contains("`name`"))
    }

    @Test func emptyDocumentIsRejected() {
        let problems = Profile.problems(inYAML: "# nothing\n", file: "empty.yaml")
        #expect(problems.map(\.message) == ["the file is empty"])
    }
}
