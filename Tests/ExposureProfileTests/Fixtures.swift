import ExposureCore
import Foundation
import ExposureProfile

/// Small profiles and findings for the tests, built in code so each test shows what it varies.
enum Fixtures {
    /// A valid profile: one advisory with two recommendations, a severity rule, a kit, and
    /// entries for the web team and the person, triggered and `always`.
    static let yaml = """
        id: test
        name: Test
        language: en
        summary: A profile for tests.
        advisories:
          - key: A000
            agency: The Agency
            number: 1/TEST
            date: 2025-01
            title: The Title
            recommendations:
              - {id: r1, quote: Quote one., gloss: Gloss one.}
              - {id: r2, quote: Quote two., gloss: Gloss two.}
        severity:
          default: {personal: medium, agency: info}
          rules:
            - {kind: phone, subtypes: [mobile], personal: high, agency: medium}
            - {kind: email, subtypes: [personal], personal: medium, agency: low}
          kit:
            face: [{kind: portrait}]
            contact: [{kind: phone, subtypes: [mobile]}]
            leverage: [{kind: title}]
            severity: critical
        lexicons: {titles: [], honorifics: [], address_words: []}
        checklist:
          - id: web.mobile
            audience: web_team
            action: {vi: Thay số., en: Replace the number.}
            cites: [{advisory: A000, recommendation: r1}]
            triggers: [{kind: phone, subtypes: [mobile]}]
          - id: person.mobile
            audience: person
            action: {vi: Ẩn số., en: Hide the number.}
            cites: [{advisory: A000, recommendation: r1}]
            triggers: [{kind: phone, subtypes: [mobile], scope: personal}]
          - id: web.email
            audience: web_team
            action: {vi: Thay thư., en: Replace the mailbox.}
            cites: [{advisory: A000, recommendation: r1}]
            triggers: [{kind: email, minimum: medium}]
          - id: person.always
            audience: person
            action: {vi: Bình tĩnh., en: Stay calm.}
            cites: [{advisory: A000, recommendation: r2}]
            triggers: always

        """

    static func profile() throws -> Profile {
        try Profile(yaml: yaml, file: "test.yaml")
    }

    /// The fixture with `old` replaced by `new`; fails loudly when `old` is not in it.
    static func yaml(replacing old: String, with new: String) -> String {
        precondition(yaml.contains(old), "the fixture has no `\(old)`")
        return yaml.replacingOccurrences(of: old, with: new)
    }

    /// The line (from 1) of the first line of `text` holding `needle`.
    static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    static func finding(
        _ kind: FindingKind, _ subtype: String? = nil, value: String, person: String?, severity: Severity = .info,
        urls: [String]
    ) -> Finding {
        Finding(
            kind: kind, subtype: subtype, value: value, normalized: value, person: person, confidence: 0.9,
            severity: severity, message: "\(kind.rawValue) \(value)",
            occurrences: urls.map { Evidence(url: $0, path: "/html/body", context: value) })
    }

    /// The package root, for the bundled profiles and their README.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
