import ExposureCore
import ExposureReport
import ExposureStore
import Foundation

/// Runs of the history as `exposure-audit history` shows them: a table for people, or JSON
/// (`exposure-audit/history/v1`) for scripts.
public struct RunListing: Sendable {
    public var runs: [RunSummary]

    public init(_ runs: [RunSummary]) {
        self.runs = runs
    }

    /// One line per run, newest first: id, start, complete or not, subject, seeds, findings by severity.
    public var text: String {
        guard !runs.isEmpty else { return "No runs in the history.\n" }
        let findings = runs.map { run in
            let counts = Severity.allCases.reversed().compactMap { severity in
                run.findingsBySeverity[severity].map { "\($0) \(severity.rawValue)" }
            }
            return counts.isEmpty ? "none" : counts.joined(separator: ", ")
        }
        // Wide enough for the longest count list: padding never cuts one short.
        let width = max("findings".count, findings.map(\.count).max() ?? 0) + 2
        let header =
            "run  started (UTC)          complete    " + "findings".padding(toLength: width, withPad: " ", startingAt: 0)
            + "subject: seeds"
        let lines = zip(runs, findings).map { run, findings in
            let id = String(run.id.rawValue).padding(toLength: 4, withPad: " ", startingAt: 0)
            let started = run.startedAt.formatted(.iso8601).padding(toLength: 22, withPad: " ", startingAt: 0)
            let state = (run.complete ? "yes" : "INCOMPLETE").padding(toLength: 11, withPad: " ", startingAt: 0)
            let subject = run.subject.name.map(DisplayText.clean) ?? "(site)"
            return "\(id) \(started) \(state) \(findings.padding(toLength: width, withPad: " ", startingAt: 0))"
                + "\(subject): \(run.seeds.map(DisplayText.clean).joined(separator: " "))"
        }
        return ([header] + lines).joined(separator: "\n") + "\n"
    }

    /// `{"schema": "exposure-audit/history/v1", "runs": [...]}`, pretty-printed, keys sorted.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(Document(runs: runs.map(Entry.init))) + Data("\n".utf8)
    }

    private struct Document: Encodable {
        var schema = "exposure-audit/history/v1"
        var runs: [Entry]
    }

    private struct Entry: Encodable {
        var id: Int64
        var subject: Subject
        var seeds: [String]
        var toolVersion: String
        var startedAt: Date
        var finishedAt: Date?
        var complete: Bool
        var crawl: CrawlFigures?
        /// Every severity, zero included, so scripts need no defaults.
        var findings: [String: Int]

        init(_ run: RunSummary) {
            id = run.id.rawValue
            subject = run.subject
            seeds = run.seeds
            toolVersion = run.toolVersion
            startedAt = run.startedAt
            finishedAt = run.finishedAt
            complete = run.complete
            crawl = run.crawl
            findings = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, run.findingsBySeverity[$0] ?? 0) })
        }

        private enum CodingKeys: String, CodingKey {
            case id, subject, seeds, toolVersion, startedAt, finishedAt, complete, crawl, findings
        }

        /// Writes `finishedAt` and `crawl` as explicit nulls for a run still open or killed.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(subject, forKey: .subject)
            try container.encode(seeds, forKey: .seeds)
            try container.encode(toolVersion, forKey: .toolVersion)
            try container.encode(startedAt, forKey: .startedAt)
            try container.encode(finishedAt, forKey: .finishedAt)
            try container.encode(complete, forKey: .complete)
            try container.encode(crawl, forKey: .crawl)
            try container.encode(findings, forKey: .findings)
        }
    }
}
