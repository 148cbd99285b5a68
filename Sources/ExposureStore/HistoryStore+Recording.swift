import ExposureCore
import GRDB

extension HistoryStore {
    /// Stores pages a run fetched, in one transaction; call it as often as the crawl likes,
    /// so a killed process loses only what it had not handed over yet. A URL recorded again
    /// in the same run (after a retry) replaces the earlier row.
    public func record(pages: PageList, in run: RunID) async throws {
        try await writing("record pages of run \(run)") { db in
            try Self.requireRun(run, db)
            let statement = try db.cachedStatement(
                sql: """
                    INSERT INTO page (run, url, status, contentType, bytes, depth) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (run, url) DO UPDATE SET
                        status = excluded.status, contentType = excluded.contentType,
                        bytes = excluded.bytes, depth = excluded.depth
                    """)
            for page in pages {
                try statement.execute(arguments: [run.rawValue, page.url, page.status, page.contentType, page.bytes, page.depth])
            }
        }
    }

    /// Stores findings of a run with their occurrences, in one transaction. Findings grow as
    /// the crawl goes on: one recorded again replaces its row (new page count, severity) and
    /// adds the occurrences not stored yet.
    public func record(findings: [Finding], in run: RunID) async throws {
        try await writing("record findings of run \(run)") { db in
            try Self.requireRun(run, db)
            let findingStatement = try db.cachedStatement(
                sql: """
                    INSERT INTO finding (run, fingerprint, kind, subtype, value, normalized, person, severity,
                                         confidence, message, pageCount)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (run, fingerprint) DO UPDATE SET
                        kind = excluded.kind, subtype = excluded.subtype, value = excluded.value,
                        normalized = excluded.normalized, person = excluded.person, severity = excluded.severity,
                        confidence = excluded.confidence, message = excluded.message, pageCount = excluded.pageCount
                    """)
            let occurrenceStatement = try db.cachedStatement(
                sql: """
                    INSERT INTO occurrence (run, finding, url, path, fingerprint, context) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (run, finding, url, path) DO UPDATE SET context = excluded.context
                    """)
            // A site's findings share a few thousand pages: each page's key is worked out once.
            var pageKeys: [String: String] = [:]
            for finding in findings {
                try findingStatement.execute(arguments: [
                    run.rawValue, finding.id, finding.kind.rawValue, finding.subtype, finding.value, finding.normalized,
                    finding.person, finding.severity.rawValue, finding.confidence, finding.message, finding.pageCount,
                ])
                for evidence in finding.occurrences {
                    let pageKey = pageKeys[evidence.url] ?? Fingerprint.pageKey(evidence.url)
                    pageKeys[evidence.url] = pageKey
                    try occurrenceStatement.execute(arguments: [
                        run.rawValue, finding.id, evidence.url, evidence.path,
                        Fingerprint.occurrence(findingID: finding.id, pageKey: pageKey), evidence.context,
                    ])
                }
            }
        }
    }

    static func requireRun(_ run: RunID, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM run WHERE id = ?)", arguments: [run.rawValue]) == true
        else { throw runNotFound(run) }
    }
}
