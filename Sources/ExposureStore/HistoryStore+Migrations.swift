import GRDB

extension HistoryStore {
    /// The schema, as append-only named migrations: a released migration is never edited,
    /// renamed or removed; a change is a new migration at the end. A database that has applied
    /// a name missing here was written by a newer build and is refused, not guessed at.
    ///
    /// Personal data is kept to what the report shows: findings with their values, people and
    /// snippets; page URLs and figures, never page bodies.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1-runs") { db in
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                // The subject's name as typed; NULL in site mode.
                t.column("subject", .text)
                // The folded name (`NameFolding`), '' in site mode: runs compare by it.
                t.column("subjectKey", .text).notNull()
                t.column("aliases", .jsonText).notNull()
                t.column("seeds", .jsonText).notNull()
                // The seeds' page keys, sorted and joined: runs of the same site compare by it.
                t.column("seedsKey", .text).notNull()
                // The seeds' hosts, for listing the runs of one site.
                t.column("hosts", .jsonText).notNull()
                t.column("profile", .text)
                t.column("configuration", .jsonText).notNull()
                t.column("toolVersion", .text).notNull()
                t.column("startedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                // False until the run is finished whole: a killed or interrupted run stays false.
                t.column("complete", .boolean).notNull().defaults(to: false)
                // Crawl figures, written when the run is finished.
                t.column("pagesFetched", .integer)
                t.column("pagesFailed", .integer)
                t.column("bytesFetched", .integer)
                t.column("skipped", .jsonText)
            }
            try db.create(index: "run_on_target", on: "run", columns: ["subjectKey", "seedsKey", "startedAt"])
        }

        migrator.registerMigration("v1-findings") { db in
            try db.create(table: "finding") { t in
                t.column("run", .integer).notNull().references("run", onDelete: .cascade)
                t.column("fingerprint", .text).notNull()
                t.primaryKey(["run", "fingerprint"])
                t.column("kind", .text).notNull()
                t.column("subtype", .text)
                t.column("value", .text).notNull()
                t.column("normalized", .text).notNull()
                t.column("person", .text)
                t.column("severity", .text).notNull()
                t.column("confidence", .double).notNull()
                t.column("message", .text).notNull()
                t.column("pageCount", .integer).notNull()
            }
            try db.create(table: "occurrence") { t in
                t.column("run", .integer).notNull()
                // The finding's fingerprint.
                t.column("finding", .text).notNull()
                t.foreignKey(["run", "finding"], references: "finding", onDelete: .cascade)
                t.column("url", .text).notNull()
                t.column("path", .text).notNull()
                t.primaryKey(["run", "finding", "url", "path"])
                // `Fingerprint.occurrence`: the finding on this page, stable across layouts.
                t.column("fingerprint", .text).notNull().indexed()
                t.column("context", .text).notNull()
            }
        }

        migrator.registerMigration("v1-pages") { db in
            try db.create(table: "page") { t in
                t.column("run", .integer).notNull().references("run", onDelete: .cascade)
                t.column("url", .text).notNull()
                t.primaryKey(["run", "url"])
                t.column("status", .integer)
                t.column("contentType", .text)
                t.column("bytes", .integer).notNull()
                t.column("depth", .integer).notNull()
            }
            // Across runs, one row per URL: what a conditional request sends next time.
            try db.create(table: "validator") { t in
                t.primaryKey("url", .text)
                t.column("etag", .text)
                t.column("lastModified", .text)
                t.column("bodyHash", .text)
                t.column("lastSeenRun", .integer).references("run", onDelete: .setNull)
            }
        }

        migrator.registerMigration("v1-acceptances") { db in
            // Accepted risks outlive runs: they are keyed by fingerprint, not by run.
            try db.create(table: "acceptance") { t in
                t.column("fingerprint", .text).notNull()
                // The folded subject name the acceptance is limited to, '' for every audit.
                t.column("scope", .text).notNull()
                t.primaryKey(["fingerprint", "scope"])
                t.column("subject", .text)
                t.column("reason", .text).notNull()
                t.column("until", .datetime)
                t.column("createdAt", .datetime).notNull()
            }
        }

        migrator.registerMigration("v2-page-findings") { db in
            // What a page yielded, enough to rebuild its findings, people and links when the
            // server later answers 304: occurrences are capped per finding and people are not
            // stored per page, so the finding rows cannot do it. Bodies are shared by digest,
            // so an unchanged page costs each later run one page row, not another copy.
            try db.create(table: "page_analysis") { t in
                t.autoIncrementedPrimaryKey("id")
                // `Fingerprint.fnv1a64` of the body, in hex; the body is compared too.
                t.column("digest", .text).notNull().indexed()
                t.column("body", .jsonText).notNull()
            }
            try db.alter(table: "page") { t in
                // NULL for pages not analysed: failures, redirects, sitemaps, other types.
                t.add(column: "analysis", .integer).references("page_analysis")
            }
        }

        return migrator
    }()
}
