import ExposureCore
import Foundation
import GRDB

extension HistoryStore {
    /// Stores analysed pages of a run with what each yielded and the validators the server
    /// sent, in one transaction; the URLs' validators now name `run` as the run whose findings
    /// they still have. An analysis equal to one stored before is shared, not copied.
    ///
    /// A page the server sent with neither `ETag` nor `Last-Modified` gets its row but not its
    /// analysis: a later audit cannot ask for it conditionally, so nothing would ever replay it,
    /// and dynamic sites, which send neither, would pay for writing every page for nothing.
    public func record(analysedPages records: [PageRecord], in run: RunID) async throws {
        // Encoded here, on the calling task, so the writer queue only writes.
        let encoded: [(PageRecord, body: Data?)] = records.map { record in
            guard case .analysed(let findings) = record.content, record.etag != nil || record.lastModified != nil
            else { return (record, nil) }
            return (record, findings.jsonData)
        }
        try await writing("record analysed pages of run \(run)") { db in
            try Self.requireRun(run, db)
            // The body is bound as bytes and cast to text, which SQLite takes as they are (the
            // database is UTF-8): stored, compared and read back as text, as before.
            let findAnalysis = try db.cachedStatement(
                sql: "SELECT id FROM page_analysis WHERE digest = ? AND body = CAST(? AS TEXT)")
            let insertAnalysis = try db.cachedStatement(
                sql: "INSERT INTO page_analysis (digest, body) VALUES (?, CAST(? AS TEXT))")
            let earlierAnalysis = try db.cachedStatement(sql: "SELECT analysis FROM page WHERE run = ? AND url = ?")
            let insertPage = try db.cachedStatement(
                sql: """
                    INSERT INTO page (run, url, status, contentType, bytes, depth, analysis) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (run, url) DO UPDATE SET
                        status = excluded.status, contentType = excluded.contentType, bytes = excluded.bytes,
                        depth = excluded.depth, analysis = excluded.analysis
                    """)
            let updateValidator = try db.cachedStatement(
                sql: """
                    INSERT INTO validator (url, etag, lastModified, bodyHash, lastSeenRun) VALUES (?, ?, ?, NULL, ?)
                    ON CONFLICT (url) DO UPDATE SET
                        etag = excluded.etag, lastModified = excluded.lastModified, bodyHash = NULL,
                        lastSeenRun = excluded.lastSeenRun
                    """)
            for (record, body) in encoded {
                let analysis: Int64?
                switch record.content {
                case .analysed:
                    guard let body else {
                        analysis = nil
                        break
                    }
                    let digest = String(body.withUnsafeBytes { Fingerprint.fnv1a64(utf8: $0) }, radix: 16)
                    if let existing = try Int64.fetchOne(findAnalysis, arguments: [digest, body]) {
                        analysis = existing
                    } else {
                        try insertAnalysis.execute(arguments: [digest, body])
                        analysis = db.lastInsertedRowID
                    }
                case .unchangedSince(let earlier):
                    analysis = try Int64.fetchOne(earlierAnalysis, arguments: [earlier.rawValue, record.page.url])
                }
                let page = record.page
                try insertPage.execute(arguments: [
                    run.rawValue, page.url, page.status, page.contentType, page.bytes, page.depth, analysis,
                ])
                try updateValidator.execute(arguments: [page.url, record.etag, record.lastModified, run.rawValue])
            }
        }
    }

    /// The validators a new audit can send as conditional requests: those of pages whose
    /// analysis is stored, by a run of the same subject (aliases included) and seeds made by
    /// the same tool version, since the analysis replayed for a 304 depends on all three.
    public func replayableValidators(
        subject: Subject, seeds: [String], toolVersion: String
    ) async throws -> [String: PageValidator] {
        let arguments: StatementArguments = [
            Self.subjectKey(subject), try ColumnCoding.json(subject.aliases), Self.seedsKey(seeds), toolVersion,
        ]
        return try await reading("read page validators") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT validator.url, validator.etag, validator.lastModified, validator.lastSeenRun
                    FROM validator
                    JOIN run ON run.id = validator.lastSeenRun
                    JOIN page ON page.run = validator.lastSeenRun AND page.url = validator.url
                    WHERE run.subjectKey = ? AND run.aliases = ? AND run.seedsKey = ? AND run.toolVersion = ?
                      AND page.analysis IS NOT NULL
                      AND (validator.etag IS NOT NULL OR validator.lastModified IS NOT NULL)
                    """, arguments: arguments)
            var validators: [String: PageValidator] = [:]
            while let row = try rows.next() {
                let url: String = row["url"]
                validators[url] = PageValidator(
                    url: url, etag: row["etag"], lastModified: row["lastModified"], bodyHash: nil,
                    lastSeenRun: RunID(rawValue: row["lastSeenRun"]))
            }
            return validators
        }
    }

    /// What `url` yielded when `run` analysed it, or nil when that run stored no analysis of it.
    public func pageFindings(url: String, analysedIn run: RunID) async throws -> PageFindings? {
        let body = try await reading("read the stored analysis of \(url)") { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT page_analysis.body FROM page JOIN page_analysis ON page_analysis.id = page.analysis
                    WHERE page.run = ? AND page.url = ?
                    """, arguments: [run.rawValue, url])
        }
        return try body.map { text throws(StoreError) in try PageFindings(jsonText: text) }
    }

    /// The latest complete run of the same subject and seeds started before `run`: what a
    /// scan's new findings are new against. Nil when there is none.
    public func previousCompleteRun(before run: RunID, subject: Subject, seeds: [String]) async throws -> RunID? {
        let arguments: StatementArguments = [Self.subjectKey(subject), Self.seedsKey(seeds), run.rawValue]
        return try await reading("find the previous run") { db in
            try Int64.fetchOne(
                db,
                sql: """
                    SELECT id FROM run WHERE subjectKey = ? AND seedsKey = ? AND complete AND id < ?
                    ORDER BY startedAt DESC, id DESC LIMIT 1
                    """, arguments: arguments
            ).map(RunID.init(rawValue:))
        }
    }
}
