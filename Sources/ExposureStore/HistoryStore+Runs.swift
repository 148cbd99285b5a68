import ExposureCore
import Foundation
import GRDB

/// A run's id in the history: what `exposure-audit history` lists and `diff` takes.
public struct RunID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: Int64

    public init(rawValue: Int64) { self.rawValue = rawValue }

    public static func < (lhs: RunID, rhs: RunID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { String(rawValue) }
}

/// What a crawl did, as the report's `crawl` block counts it.
public struct CrawlFigures: Sendable, Hashable, Codable {
    public var pagesFetched: Int
    public var pagesFailed: Int
    public var bytesFetched: Int
    /// Links not followed, by reason (`robots`, `offsite`, `depth`, ...).
    public var skipped: [String: Int]

    public init(pagesFetched: Int, pagesFailed: Int, bytesFetched: Int, skipped: [String: Int]) {
        self.pagesFetched = pagesFetched
        self.pagesFailed = pagesFailed
        self.bytesFetched = bytesFetched
        self.skipped = skipped
    }
}

/// One run as `exposure-audit history` lists it.
public struct RunSummary: Sendable, Hashable {
    public var id: RunID
    public var subject: Subject
    public var seeds: [String]
    public var profile: String?
    /// The audit's configuration as JSON, keys sorted.
    public var configuration: String
    public var toolVersion: String
    public var startedAt: Date
    /// Nil while the run is going on, or when its process died.
    public var finishedAt: Date?
    /// True only when the run was finished whole; false for a killed or interrupted one.
    public var complete: Bool
    /// Nil until the run is finished.
    public var crawl: CrawlFigures?
    /// Findings recorded, by severity; severities without findings are absent.
    public var findingsBySeverity: [Severity: Int]

    public var findingCount: Int { findingsBySeverity.values.reduce(0, +) }
}

extension HistoryStore {
    /// Records the start of a run, incomplete, and returns its id; stored at once, so a
    /// process killed from here on leaves the run listed as incomplete.
    public func beginRun(
        subject: Subject, seeds: [String], profile: String? = nil, configuration: some Encodable & Sendable,
        toolVersion: String, startedAt: Date = Date()
    ) async throws -> RunID {
        let arguments: StatementArguments = [
            subject.name, Self.subjectKey(subject), try ColumnCoding.json(subject.aliases),
            try ColumnCoding.json(seeds), Self.seedsKey(seeds), try ColumnCoding.json(Self.hosts(of: seeds)),
            profile, try ColumnCoding.json(configuration), toolVersion, startedAt,
        ]
        return try await writing("begin a run") { db in
            try db.execute(
                sql: """
                    INSERT INTO run (subject, subjectKey, aliases, seeds, seedsKey, hosts, profile, configuration,
                                     toolVersion, startedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: arguments)
            return RunID(rawValue: db.lastInsertedRowID)
        }
    }

    /// Closes a run with its crawl figures; `complete` is false when the crawl stopped early.
    public func finishRun(
        _ run: RunID, complete: Bool, crawl: CrawlFigures, finishedAt: Date = Date()
    ) async throws {
        let arguments: StatementArguments = [
            finishedAt, complete, crawl.pagesFetched, crawl.pagesFailed, crawl.bytesFetched,
            try ColumnCoding.json(crawl.skipped), run.rawValue,
        ]
        try await writing("finish run \(run)") { db in
            try db.execute(
                sql: """
                    UPDATE run SET finishedAt = ?, complete = ?, pagesFetched = ?, pagesFailed = ?,
                                   bytesFetched = ?, skipped = ?
                    WHERE id = ?
                    """, arguments: arguments)
            guard db.changesCount == 1 else { throw Self.runNotFound(run) }
        }
    }

    /// One run, or ``StoreError`` `.runNotFound`.
    public func run(_ id: RunID) async throws -> RunSummary {
        try await reading("read run \(id)") { db in
            guard let run = try Self.summaries(db, filter: "id = ?", [id.rawValue]).first else {
                throw Self.runNotFound(id)
            }
            return run
        }
    }

    /// Runs, newest first: all of them, or those of one subject (`Subject(name: nil)` for site
    /// mode; any spelling of a name) and of one site (a seed's host, any case).
    public func runs(subject: Subject? = nil, site host: String? = nil) async throws -> [RunSummary] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let subject {
            conditions.append("subjectKey = ?")
            arguments += [Self.subjectKey(subject)]
        }
        if let host {
            conditions.append("EXISTS (SELECT 1 FROM json_each(run.hosts) WHERE value = ?)")
            arguments += [host.lowercased()]
        }
        let filter = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        return try await reading("list runs") { [arguments] db in try Self.summaries(db, filter: filter, arguments) }
    }

    /// The last two complete runs of the same subject and seeds, older first: what `diff`
    /// compares by default. Incomplete runs are passed over, since a crawl cut short would
    /// report every page it missed as resolved. Nil with fewer than two.
    public func latestTwoRuns(subject: Subject, seeds: [String]) async throws -> (from: RunID, to: RunID)? {
        let arguments: StatementArguments = [Self.subjectKey(subject), Self.seedsKey(seeds)]
        let ids = try await reading("find the latest runs") { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM run WHERE subjectKey = ? AND seedsKey = ? AND complete
                    ORDER BY startedAt DESC, id DESC LIMIT 2
                    """, arguments: arguments)
        }
        guard ids.count == 2 else { return nil }
        return (RunID(rawValue: ids[1]), RunID(rawValue: ids[0]))
    }

    // MARK: - Rows

    private static func summaries(_ db: Database, filter: String, _ arguments: StatementArguments) throws -> [RunSummary] {
        var counts: [Int64: [Severity: Int]] = [:]
        let countRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT run, severity, COUNT(*) AS count FROM finding
                WHERE run IN (SELECT id FROM run WHERE \(filter)) GROUP BY run, severity
                """, arguments: arguments)
        while let row = try countRows.next() {
            let severity: Severity = try ColumnCoding.decodeEnum(row["severity"], column: "finding.severity")
            counts[row["run"], default: [:]][severity] = row["count"]
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM run WHERE \(filter) ORDER BY startedAt DESC, id DESC", arguments: arguments)
            .map { row in
                let id: Int64 = row["id"]
                let skipped: String? = row["skipped"]
                return RunSummary(
                    id: RunID(rawValue: id),
                    subject: Subject(name: row["subject"], aliases: try ColumnCoding.decodeJSON(row["aliases"])),
                    seeds: try ColumnCoding.decodeJSON(row["seeds"]), profile: row["profile"],
                    configuration: row["configuration"], toolVersion: row["toolVersion"],
                    startedAt: row["startedAt"], finishedAt: row["finishedAt"], complete: row["complete"],
                    crawl: try skipped.map { skipped in
                        CrawlFigures(
                            pagesFetched: row["pagesFetched"], pagesFailed: row["pagesFailed"],
                            bytesFetched: row["bytesFetched"], skipped: try ColumnCoding.decodeJSON(skipped))
                    },
                    findingsBySeverity: counts[id] ?? [:])
            }
    }

    static func runNotFound(_ run: RunID) -> StoreError {
        StoreError(.runNotFound, "No run \(run) in the history; `exposure-audit history` lists the runs")
    }

    /// Runs compare by folded name, so any spelling of the subject finds its runs.
    static func subjectKey(_ subject: Subject?) -> String {
        subject?.name.map(NameFolding.fold) ?? ""
    }

    /// Runs compare by their seeds' page keys, in any order and either scheme.
    static func seedsKey(_ seeds: [String]) -> String {
        Set(seeds.map(Fingerprint.pageKey)).sorted().joined(separator: "\n")
    }

    private static func hosts(of seeds: [String]) -> [String] {
        Set(seeds.compactMap { URLComponents(string: $0)?.host?.lowercased() }).sorted()
    }
}
