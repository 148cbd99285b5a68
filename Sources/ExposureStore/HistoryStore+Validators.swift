import GRDB

/// What a conditional request needs to know about a URL from earlier runs.
public struct PageValidator: Sendable, Hashable {
    public var url: String
    /// The `ETag` the server last sent, for `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` the server last sent, for `If-Modified-Since`.
    public var lastModified: String?
    /// A hash of the body last fetched, to tell an unchanged page from a server without validators.
    public var bodyHash: String?
    /// The last run that fetched the URL, whose findings an unchanged page still has.
    public var lastSeenRun: RunID?

    public init(url: String, etag: String?, lastModified: String?, bodyHash: String?, lastSeenRun: RunID? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.bodyHash = bodyHash
        self.lastSeenRun = lastSeenRun
    }
}

extension HistoryStore {
    /// The validators stored for these URLs, by URL; URLs never seen are absent.
    public func validators(for urls: some Collection<String> & Sendable) async throws -> [String: PageValidator] {
        try await reading("read page validators") { db in
            let statement = try db.cachedStatement(
                sql: "SELECT url, etag, lastModified, bodyHash, lastSeenRun FROM validator WHERE url = ?")
            var validators: [String: PageValidator] = [:]
            for url in urls {
                guard let row = try Row.fetchOne(statement, arguments: [url]) else { continue }
                let lastSeenRun: Int64? = row["lastSeenRun"]
                validators[url] = PageValidator(
                    url: url, etag: row["etag"], lastModified: row["lastModified"], bodyHash: row["bodyHash"],
                    lastSeenRun: lastSeenRun.map(RunID.init(rawValue:)))
            }
            return validators
        }
    }

    /// Stores what `run` learned about these URLs, replacing what earlier runs stored; their
    /// `lastSeenRun` becomes `run`.
    public func updateValidators(_ validators: [PageValidator], seenIn run: RunID) async throws {
        try await writing("record page validators") { db in
            try Self.requireRun(run, db)
            let statement = try db.cachedStatement(
                sql: """
                    INSERT INTO validator (url, etag, lastModified, bodyHash, lastSeenRun) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (url) DO UPDATE SET
                        etag = excluded.etag, lastModified = excluded.lastModified,
                        bodyHash = excluded.bodyHash, lastSeenRun = excluded.lastSeenRun
                    """)
            for validator in validators {
                try statement.execute(arguments: [
                    validator.url, validator.etag, validator.lastModified, validator.bodyHash, run.rawValue,
                ])
            }
        }
    }
}
