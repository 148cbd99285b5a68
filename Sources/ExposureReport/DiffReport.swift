import ExposureCore
import Foundation

/// What changed between two audits of the same subject and site, finding by finding: JSON
/// contract `exposure-audit/diff/v1` (fields may be added, never renamed or removed).
public struct DiffReport: Sendable, Codable, Equatable {
    public static let schemaIdentifier = "exposure-audit/diff/v1"

    public var schema: String = DiffReport.schemaIdentifier
    public var tool: Report.Tool
    public var subject: Subject
    public var seeds: [String]
    /// The earlier run.
    public var from: Run
    /// The later run.
    public var to: Run
    /// Findings of the later run only.
    public var new: [Finding]
    /// Findings of the earlier run only, as it recorded them.
    public var resolved: [Finding]
    /// Findings of both, as the later run recorded them.
    public var unchanged: [Finding]
    /// Accepted risks among the new and unchanged findings.
    public var accepted: [Report.AcceptedRisk]

    public init(
        tool: Report.Tool, subject: Subject, seeds: [String], from: Run, to: Run, new: [Finding],
        resolved: [Finding], unchanged: [Finding], accepted: [Report.AcceptedRisk]
    ) {
        self.tool = tool
        self.subject = subject
        self.seeds = seeds
        self.from = from
        self.to = to
        self.new = new
        self.resolved = resolved
        self.unchanged = unchanged
        self.accepted = accepted
    }

    /// One of the two runs compared, as the history lists it.
    public struct Run: Sendable, Codable, Equatable {
        public var id: Int64
        public var startedAt: Date
        public var finishedAt: Date?
        /// False for a run cut short: its missing findings may be pages it never reached.
        public var complete: Bool

        public init(id: Int64, startedAt: Date, finishedAt: Date?, complete: Bool) {
            self.id = id
            self.startedAt = startedAt
            self.finishedAt = finishedAt
            self.complete = complete
        }

        private enum CodingKeys: String, CodingKey { case id, startedAt, finishedAt, complete }

        /// Writes `finishedAt` as an explicit null: the contract names every field.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(startedAt, forKey: .startedAt)
            try container.encode(finishedAt, forKey: .finishedAt)
            try container.encode(complete, forKey: .complete)
        }
    }

    /// Pretty-printed JSON with ISO 8601 dates and sorted keys, as reports are written.
    public func jsonData() throws -> Data {
        try Report.jsonEncoder().encode(self) + Data("\n".utf8)
    }
}

extension ReportFormat {
    /// The diff rendered in this format.
    public func render(_ diff: DiffReport) throws -> Data {
        switch self {
        case .text: Data(TextRenderer().render(diff).utf8)
        case .json: try diff.jsonData()
        case .markdown, .html, .sarif, .csv:
            throw AuditError(.invalidArgument, "a diff is written as text or json, not \(rawValue)")
        }
    }
}

extension TextRenderer {
    /// How many unchanged findings a text diff lists before summarising the rest.
    static let unchangedListed = 20

    /// A diff as text: the runs compared, then new, resolved and unchanged findings.
    public func render(_ diff: DiffReport) -> String {
        let who = diff.subject.name.map(DisplayText.clean) ?? "every person on the site"
        var lines = [
            "exposure-audit \(diff.tool.version): changes in the audit of \(who)",
            "Seeds: " + diff.seeds.map(DisplayText.clean).joined(separator: ", "),
            "From run \(runLine(diff.from)) to run \(runLine(diff.to))",
            "New: \(diff.new.count) · Resolved: \(diff.resolved.count) · Unchanged: \(diff.unchanged.count)"
                + (diff.accepted.isEmpty ? "" : " · Accepted: \(diff.accepted.count)"),
        ]
        if !diff.from.complete || !diff.to.complete {
            lines.append("WARNING: a run compared is incomplete; findings it did not reach may show as new or resolved.")
        }
        let acceptedIDs = Set(diff.accepted.map(\.id))
        func section(_ title: String, _ findings: [Finding], limit: Int = .max) {
            guard !findings.isEmpty else { return }
            lines.append("")
            lines.append("\(title) (\(findings.count))")
            for finding in findings.sorted(by: { $0.severity > $1.severity }).prefix(limit) {
                let owner = finding.person.map { "  \(DisplayText.clean($0))" } ?? "  (agency)"
                let kind = [finding.kind.rawValue, finding.subtype].compactMap { $0 }.joined(separator: "/")
                let page = finding.occurrences.first.map { "  " + DisplayText.clean(WebLink.displayPath($0.url)) } ?? ""
                let line = "\(finding.severity.rawValue.uppercased().padding(toLength: 8, withPad: " ", startingAt: 0)) \(kind) \(DisplayText.clean(finding.value))\(page)"
                lines.append("  " + line + owner + (acceptedIDs.contains(finding.id) ? "  [accepted]" : ""))
            }
            if findings.count > limit { lines.append("  … and \(findings.count - limit) more (see --format json)") }
        }
        section("New", diff.new)
        section("Resolved", diff.resolved)
        section("Unchanged", diff.unchanged, limit: Self.unchangedListed)
        return lines.joined(separator: "\n") + "\n"
    }

    private func runLine(_ run: DiffReport.Run) -> String {
        "\(run.id) (\(run.startedAt.formatted(.iso8601)), \(run.complete ? "complete" : "INCOMPLETE"))"
    }
}
