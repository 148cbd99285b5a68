import ExposureCore
import ExposureReport
import Foundation
import Testing

/// Every format in both languages against committed goldens; `UPDATE_GOLDENS=1 swift test
/// --filter GoldenTests` rewrites them (then read the diff before committing it).
@Suite struct GoldenTests {
    static let cases: [(ReportFormat, Language)] = ReportFormat.allCases.flatMap { format in
        Language.allCases.map { (format, $0) }
    }

    /// JSON is left to ``jsonIsTheAuditsOwnBytes(language:)``: its golden is the fixture itself.
    @Test(arguments: cases.filter { $0.0 != .json })
    func sampleSiteAudit(format: ReportFormat, language: Language) throws {
        let rendered = try format.render(TestReports.sampleSite(language))
        try Self.compare(rendered, golden: "sample-site.\(language.rawValue).\(Self.fileExtension(format))")
    }

    @Test(arguments: cases)
    func wholeKitAudit(format: ReportFormat, language: Language) throws {
        let rendered = try format.render(TestReports.kit(language))
        try Self.compare(rendered, golden: "kit.\(language.rawValue).\(Self.fileExtension(format))")
    }

    /// The JSON format is the contract: decoding and writing again gives the audit's own bytes.
    /// With `UPDATE_GOLDENS=1`, a fixture made from a fresh audit is rewritten in those bytes.
    @Test(arguments: Language.allCases)
    func jsonIsTheAuditsOwnBytes(language: Language) throws {
        let rendered = try ReportFormat.json.render(TestReports.sampleSite(language))
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            return try rendered.write(to: TestReports.sampleSiteURL(language))
        }
        #expect(try rendered == TestReports.sampleSiteJSON(language))
    }

    @Test func coloursOnlyWhenAsked() throws {
        let report = TestReports.kit(.en)
        let plain = try ReportFormat.text.render(report)
        let colored = try ReportFormat.text.render(report, colored: true)
        #expect(!plain.contains(0x1B))
        #expect(colored.contains(0x1B))
        let stripped = String(decoding: colored, as: UTF8.self).replacing(/\u{1B}\[[0-9;]*m/, with: "")
        #expect(stripped == String(decoding: plain, as: UTF8.self))
    }

    static func fileExtension(_ format: ReportFormat) -> String {
        switch format {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        case .sarif: "sarif"
        case .csv: "csv"
        }
    }

    static func compare(_ rendered: Data, golden name: String) throws {
        let url = TestReports.directory.appendingPathComponent("Goldens/\(name)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try rendered.write(to: url)
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: url.path), "no golden \(name): run UPDATE_GOLDENS=1 swift test --filter GoldenTests")
        guard rendered != expected else { return }
        let renderedLines = String(decoding: rendered, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(renderedLines, expectedLines)).firstIndex { $0 != $1 } ?? min(renderedLines.count, expectedLines.count)
        Issue.record(
            """
            \(name) differs from its golden at line \(line + 1):
              golden:   \(line < expectedLines.count ? String(expectedLines[line]) : "<end>")
              rendered: \(line < renderedLines.count ? String(renderedLines[line]) : "<end>")
            """)
    }
}
