import ExposureCore
import ExposureReport
import Foundation
import Testing

@Suite struct AcceptedAndDiffTests {
    @Test func reportsWrittenBeforeAcceptedRisksStillDecode() throws {
        let data = try sampleReport().jsonData()
        var object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["accepted"] = nil
        var crawl = try #require(object["crawl"] as? [String: Any])
        crawl["pagesNotModified"] = nil
        object["crawl"] = crawl
        let older = try Report.decode(jsonData: JSONSerialization.data(withJSONObject: object))
        #expect(older.accepted.isEmpty)
        #expect(older.crawl.pagesNotModified == 0)
        #expect(older.findings == sampleReport().findings)
    }

    @Test func acceptedFindingsAreListedApartWithTheirReason() throws {
        var report = sampleReport()
        let mobile = report.findings[0]
        report.accepted = [.init(id: mobile.id, reason: "duty phone", until: Date(timeIntervalSince1970: 4_102_444_800))]
        let json = try JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any]
        let accepted = json?["accepted"] as? [[String: Any]]
        #expect(accepted?.first?["id"] as? String == mobile.id)
        #expect(accepted?.first?["until"] as? String == "2100-01-01T00:00:00Z")
        #expect(try Report.decode(jsonData: report.jsonData()) == report)

        let text = TextRenderer().render(report)
        #expect(text.contains("Findings: 1 (1 info); 1 accepted, listed apart"), "\(text)")
        #expect(text.contains("Accepted risks (1, not counted above)"))
        #expect(text.contains("accepted: duty phone, until 2100-01-01"))
        // Under the person, only what is not accepted.
        let personSection = text.components(separatedBy: "Accepted risks")[0]
        #expect(!personSection.contains("0912.345.678"))
    }

    @Test func diffRendersNewResolvedAndUnchanged() throws {
        let report = sampleReport()
        let diff = DiffReport(
            tool: report.tool, subject: report.subject, seeds: report.crawl.seeds,
            from: .init(id: 1, startedAt: report.startedAt, finishedAt: report.finishedAt, complete: true),
            to: .init(id: 2, startedAt: report.finishedAt, finishedAt: nil, complete: false),
            new: [report.findings[0]], resolved: [], unchanged: [report.findings[1]],
            accepted: [.init(id: report.findings[0].id, reason: "duty phone", until: nil)])
        let text = String(decoding: try ReportFormat.text.render(diff), as: UTF8.self)
        #expect(text.contains("From run 1 (2023-11-14T22:13:20Z, complete) to run 2 (2023-11-14T22:13:32Z, INCOMPLETE)"))
        #expect(text.contains("New: 1 · Resolved: 0 · Unchanged: 1 · Accepted: 1"))
        #expect(text.contains("WARNING: a run compared is incomplete"))
        #expect(text.contains("0912.345.678  /lanh-dao  Nguyễn Văn An  [accepted]"), "\(text)")
        let json = try JSONSerialization.jsonObject(with: ReportFormat.json.render(diff)) as? [String: Any]
        #expect(json?["schema"] as? String == "exposure-audit/diff/v1")
        #expect((json?["to"] as? [String: Any])?["finishedAt"] is NSNull)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(DiffReport.self, from: ReportFormat.json.render(diff)) == diff)
    }
}
