import ExposureCore
import GRDB

/// What changed between two runs, finding by finding, compared by fingerprint.
public struct RunDiff: Sendable {
    public var from: RunSummary
    public var to: RunSummary
    /// In the later run only.
    public var new: [Finding]
    /// In the earlier run only, as it was recorded there.
    public var resolved: [Finding]
    /// In both, as the later run recorded them (severity and pages may have moved).
    public var unchanged: [Finding]

    /// Whether both runs finished whole; when not, `resolved` may list findings on pages the
    /// cut-short crawl never reached.
    public var isReliable: Bool { from.complete && to.complete }
}

extension HistoryStore {
    /// Compares two runs by finding fingerprint; the lists are in severity order, most
    /// severe first, then by kind, value and person.
    public func diff(from earlier: RunID, to later: RunID) async throws -> RunDiff {
        async let fromRun = run(earlier)
        async let toRun = run(later)
        async let fromFindings = findings(in: earlier)
        async let toFindings = findings(in: later)
        let before = try await fromFindings
        let after = try await toFindings
        let beforeIDs = Set(before.map(\.id))
        let afterIDs = Set(after.map(\.id))
        return RunDiff(
            from: try await fromRun, to: try await toRun,
            new: after.filter { !beforeIDs.contains($0.id) },
            resolved: before.filter { !afterIDs.contains($0.id) },
            unchanged: after.filter { beforeIDs.contains($0.id) })
    }

    /// The fingerprints of a run's findings, without reading the findings: a re-audit asks
    /// only which of its findings are new, and a large site's run holds thousands of findings
    /// and tens of thousands of occurrences.
    public func findingIDs(in run: RunID) async throws -> Set<String> {
        try await reading("read finding fingerprints of run \(run)") { db in
            try Self.requireRun(run, db)
            return try String.fetchSet(db, sql: "SELECT fingerprint FROM finding WHERE run = ?", arguments: [run.rawValue])
        }
    }

    /// The findings of a run with their occurrences, most severe first, then by kind, value and person.
    public func findings(in run: RunID) async throws -> [Finding] {
        try await reading("read findings of run \(run)") { db in
            try Self.requireRun(run, db)
            var occurrences: [String: [Evidence]] = [:]
            let occurrenceRows = try Row.fetchCursor(
                db, sql: "SELECT finding, url, path, context FROM occurrence WHERE run = ? ORDER BY rowid",
                arguments: [run.rawValue])
            while let row = try occurrenceRows.next() {
                occurrences[row["finding"], default: []].append(
                    Evidence(url: row["url"], path: row["path"], context: row["context"]))
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM finding WHERE run = ?", arguments: [run.rawValue])
                .map { row in
                    var finding = Finding(
                        kind: try ColumnCoding.decodeEnum(row["kind"], column: "finding.kind"), subtype: row["subtype"],
                        value: row["value"], normalized: row["normalized"], person: row["person"],
                        confidence: row["confidence"],
                        severity: try ColumnCoding.decodeEnum(row["severity"], column: "finding.severity"),
                        message: row["message"], occurrences: occurrences[row["fingerprint"]] ?? [],
                        pageCount: row["pageCount"])
                    // The id it was stored under, should the fingerprint function ever change.
                    finding.id = row["fingerprint"]
                    return finding
                }
                .sorted { a, b in
                    if a.severity != b.severity { return a.severity > b.severity }
                    return (a.kind.rawValue, a.value, a.person ?? "", a.id) < (b.kind.rawValue, b.value, b.person ?? "", b.id)
                }
        }
    }
}
