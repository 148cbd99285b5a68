import ExposureCore
@testable import ExposureKit
import ExposureReport
import ExposureStore
import Foundation
import LoopbackServer
import Testing

@Suite struct AuditorTests {
    private func audit(_ server: LoopbackServer, subject: Subject = Subject(name: nil)) async throws -> Report {
        var configuration = AuditConfiguration(seeds: [server.baseURL + "/"], subject: subject)
        configuration.delay = .zero
        return try await Auditor(configuration: configuration).run()
    }

    @Test func siteAuditFindsEveryPersonalPhoneAndEmailWithItsOwner() async throws {
        let server = try SampleSite.serve()
        let expected = try SampleSite.expectations()
        let report = try await audit(server)

        let found = Set(report.findings.map { "\($0.kind.rawValue) \($0.normalized) \($0.person ?? "-")" })
        let personal = expected.phones.filter { $0.person != nil }.map { "phone \($0.normalized) \($0.person!)" }
            + expected.emails.filter { $0.person != nil }.map { "email \($0.normalized) \($0.person!)" }
        let missing = Set(personal).subtracting(found)
        #expect(missing.isEmpty, "missing or misattributed: \(missing.sorted())")

        let agency = expected.phones.filter { $0.person == nil }.map { "phone \($0.normalized) -" }
        #expect(Set(agency).subtracting(found).isEmpty)

        let people = Set(report.people.map(\.name))
        #expect(Set(expected.people).subtracting(people).isEmpty, "people missed: \(Set(expected.people).subtracting(people))")
    }

    /// The checklist names the pages where personal mobiles are printed, cites the advisory
    /// it follows, and speaks the language asked for.
    @Test(arguments: [Language.vi, .en])
    func theChecklistNamesThePagesToFixAndCitesItsAdvisory(language: Language) async throws {
        let server = try SampleSite.serve()
        var configuration = AuditConfiguration(seeds: [server.baseURL + "/"], subject: Subject(name: nil))
        configuration.delay = .zero
        configuration.language = language
        let report = try await Auditor(configuration: configuration).run()
        #expect(report.language == language)

        let mobiles = report.findings.filter { $0.kind == .phone && $0.subtype == "mobile" && $0.person != nil }
        #expect(!mobiles.isEmpty)
        #expect(mobiles.allSatisfy { $0.severity >= .high })
        let item = try #require(report.checklist.first { $0.id == "web.replace-personal-mobile" })
        #expect(item.audience == .webTeam)
        #expect(Set(mobiles.map(\.id)).isSubset(of: Set(item.findings)))
        #expect(Set(mobiles.flatMap { $0.occurrences.map(\.url) }).isSubset(of: Set(item.urls)))
        #expect(!item.citations.isEmpty && item.citations.allSatisfy { ["A000", "A001", "A002", "A003", "A004"].contains($0.advisory) })
        // Vietnamese actions carry Vietnamese letters; English ones none.
        let vietnameseLetters = item.action.unicodeScalars.contains { (0x1EA0...0x1EF9).contains($0.value) || $0 == "đ" }
        #expect(vietnameseLetters == (language == .vi))
        // The most dangerous items come first; advice for the person, given whatever was found, last.
        let severities = report.checklist.map { $0.severity ?? .info }
        #expect(severities == severities.sorted(by: >))
        #expect(report.checklist.contains { $0.audience == .person && $0.severity == nil })
    }

    /// An accepted finding stays in the report, is named as accepted, and calls for no action.
    @Test func theChecklistSkipsAcceptedFindings() async throws {
        let server = try SampleSite.serve()
        var configuration = AuditConfiguration(seeds: [server.baseURL + "/"], subject: Subject(name: nil))
        configuration.delay = .zero
        let first = try await Auditor(configuration: configuration).run(history: nil).report
        let item = try #require(first.checklist.first { $0.id == "web.replace-personal-mobile" })
        let accepted = try #require(item.findings.first)

        let baseline = Baseline(accepted: [Acceptance(fingerprint: accepted, reason: "published duty phone")])
        let report = try await Auditor(configuration: configuration).run(history: nil, baseline: baseline).report
        #expect(report.findings.contains { $0.id == accepted })
        #expect(report.accepted.map(\.id) == [accepted])
        #expect(!report.checklist.contains { $0.findings.contains(accepted) })
        #expect(report.checklist.contains { $0.id == "web.replace-personal-mobile" })  // the other mobiles
    }

    @Test func robotsDisallowedPagesAreNeitherFetchedNorReported() async throws {
        let server = try SampleSite.serve()
        let expected = try SampleSite.expectations()
        let report = try await audit(server)
        for path in expected.forbidden.paths { #expect(!server.requestedPaths.contains(path)) }
        let json = String(decoding: try report.jsonData(), as: UTF8.self)
        for value in expected.forbidden.values { #expect(!json.contains(value)) }
        #expect(report.crawl.skipped["robots"] == 1)
    }

    @Test func everyExpectedPageIsFetched() async throws {
        let server = try SampleSite.serve()
        let expected = try SampleSite.expectations()
        let report = try await audit(server)
        let fetched = Set(report.crawl.pages.map { String($0.url.dropFirst(server.baseURL.count)) })
        #expect(Set(expected.pages).subtracting(fetched).isEmpty)
        #expect(report.crawl.errors.isEmpty, "\(report.crawl.errors)")
        #expect(report.complete)
    }

    @Test func personAuditReportsOnlyThatPerson() async throws {
        let server = try SampleSite.serve()
        let report = try await audit(server, subject: Subject(name: "Tran Duc Minh"))
        #expect(report.people.map(\.name) == ["Trần Đức Minh"])
        #expect(!report.findings.isEmpty)
        #expect(report.findings.allSatisfy { $0.person == "Trần Đức Minh" })
        // The leadership page shows his portrait, title and personal mobile together: a whole
        // extortion kit, so each of them is critical, and his office line stays low.
        for kit in [
            report.findings.first { $0.normalized == "minhtd.qt@gmail.com" },
            report.findings.first { $0.subtype == "mobile" }, report.findings.first { $0.kind == .portrait },
        ] {
            #expect(kit?.severity == .critical)
        }
        #expect(report.findings.contains { $0.subtype == "landline" && $0.severity == .low })
    }

    @Test func aFooterOnEveryPageIsCountedNotListedInFull() async throws {
        let server = try LoopbackServer { request, writer in
            let number = Int(request.path.dropFirst(3)) ?? 0
            let next = number < 29 ? "<a href='/p/\(number + 1)'>next</a>" : ""
            writer.send(
                contentType: "text/html; charset=utf-8",
                text: "<main>\(next)</main><footer><p>Tổng đài: 0233 3852 100</p></footer>")
        }
        var configuration = AuditConfiguration(seeds: [server.baseURL + "/p/0"], subject: Subject(name: nil))
        configuration.delay = .zero
        configuration.maxDepth = 100
        let report = try await Auditor(configuration: configuration).run()
        let switchboard = try #require(report.findings.first { $0.normalized == "+842333852100" })
        #expect(switchboard.pageCount == 30)
        #expect(switchboard.occurrences.count == Finding.maximumOccurrences)
        // The default profile, vn, writes in Vietnamese.
        #expect(report.profile == "vn" && report.language == .vi)
        #expect(switchboard.message == "Số điện thoại của cơ quan được công bố trên 30 trang")
        #expect(switchboard.severity == .info)
    }

    @Test func aPersonsTitleIsReportedOnceInItsLongestForm() async throws {
        let server = try SampleSite.serve()
        let report = try await audit(server)
        let titles = report.findings.filter { $0.kind == .title && $0.person == "Lê Quang Vinh" }.map(\.value)
        #expect(titles.contains("Giám đốc Sở Nội vụ"))
        #expect(!titles.contains("Giám đốc"))
        #expect(!titles.contains("Giám đốc Sở"))
    }

    @Test func idsAreStableAcrossRuns() async throws {
        let server = try SampleSite.serve()
        let first = try await audit(server)
        let second = try await audit(server)
        #expect(first.findings.map(\.id).sorted() == second.findings.map(\.id).sorted())
    }

    @Test(arguments: ["ftp://s.gov.vn/", "http://", "mailto:a@b.vn"])
    func badSeedsAreRejectedWithACode(seed: String) async {
        let configuration = AuditConfiguration(seeds: [seed], subject: Subject(name: nil))
        await #expect(throws: AuditError.self) { try await Auditor(configuration: configuration).run() }
        do {
            _ = try await Auditor(configuration: configuration).run()
        } catch {
            #expect(error.code == .invalidURL)
        }
    }

    @Test(arguments: [
        ("snv.example.gov.vn/lien-he", "https://snv.example.gov.vn/lien-he"),
        ("localhost:8080/", "https://localhost:8080/"),
        ("mailto:a@b.vn", "mailto:a@b.vn"),
        ("http://a.vn", "http://a.vn"),
    ])
    func seedsWithoutASchemeMeanHTTPS(seed: String, expected: String) {
        #expect(AuditConfiguration.addingDefaultScheme(seed) == expected)
    }

    @Test func deadSiteIsUnreachable() async throws {
        // A port held but not listening: a stopped server's port could go to another test's.
        let closedPort = try RefusingPort()
        let url = "http://127.0.0.1:\(closedPort.port)/"
        var configuration = AuditConfiguration(seeds: [url], subject: Subject(name: nil))
        configuration.delay = .zero
        do {
            _ = try await Auditor(configuration: configuration).run()
            Issue.record("a dead site must fail the audit")
        } catch {
            #expect(error.code == .unreachable)
            #expect(error.message.contains(url.dropLast()))
        }
    }
}
