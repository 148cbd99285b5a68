import ExposureStore
import Foundation
import GRDB
import Testing

@Suite struct HistoryStoreOpeningTests {
    @Test func migrationsApplyOnANewFileInWALMode() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("nested/history.sqlite").path
            _ = try await HistoryStore.open(path: path)
            let database = try DatabaseQueue(path: path)
            let applied = try await database.read { db in
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            }
            #expect(applied == ["v1-acceptances", "v1-findings", "v1-pages", "v1-runs", "v2-page-findings"])
            let journalMode = try await database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
            #expect(journalMode == "wal")
            let tables = try await database.read { db in
                try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            }
            #expect(tables.isSuperset(of: ["run", "finding", "occurrence", "page", "validator", "acceptance"]))
        }
    }

    @Test func fileIsOwnerOnlyAndItsNewDirectoryToo() async throws {
        try await withTemporaryDirectory { directory in
            let folder = directory.appendingPathComponent("exposure-audit")
            let path = folder.appendingPathComponent("history.sqlite").path
            let store = try await HistoryStore.open(path: path)
            _ = try await store.recordRun([mobile()])
            let permissions = { (path: String) in
                (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
            }
            #expect(try permissions(path) == 0o600)
            #expect(try permissions(folder.path) == 0o700)
            // SQLite gives the write-ahead log the main file's mode.
            #expect(try permissions(path + "-wal") == 0o600)
        }
    }

    @Test(arguments: [
        (["XDG_DATA_HOME": "/srv/data", "HOME": "/home/an"], "/srv/data/exposure-audit/history.sqlite"),
        (["XDG_DATA_HOME": "", "HOME": "/home/an"], "/home/an/.local/share/exposure-audit/history.sqlite"),
        (["XDG_DATA_HOME": "relative/data", "HOME": "/home/an"], "/home/an/.local/share/exposure-audit/history.sqlite"),
        (["HOME": "/home/an"], "/home/an/.local/share/exposure-audit/history.sqlite"),
    ])
    func defaultPathFollowsXDG(environment: [String: String], expected: String) {
        #expect(HistoryStore.defaultPath(environment: environment) == expected)
    }

    @Test(arguments: [
        Data("exposure-audit was here, and this is plain text, not a database at all.\n".utf8),
        Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0xAB, count: 4096)),
    ])
    func aFileThatIsNotADatabaseIsATypedError(contents: Data) async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("history.sqlite").path
            try contents.write(to: URL(fileURLWithPath: path))
            let error = await #expect(throws: StoreError.self) { try await HistoryStore.open(path: path) }
            #expect(error?.code == .notADatabase)
            #expect(error?.message == "\(path) is not an exposure-audit history database (not an SQLite file)")
            // The file is left as it was for the user to look at.
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == contents)
        }
    }

    @Test func aDamagedDatabaseIsATypedError() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("history.sqlite").path
            _ = try await HistoryStore.open(path: path).recordRun([mobile(), switchboard()])
            // Move everything from the write-ahead log into the file, so the damage is seen.
            let database = try DatabaseQueue(path: path)
            _ = try await database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try database.close()
            // Keep SQLite's 100-byte header, scribble over the schema page after it.
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.seek(toOffset: 100)
            try handle.write(contentsOf: Data(repeating: 0x5A, count: 1000))
            try handle.close()
            let error = await #expect(throws: StoreError.self) { try await HistoryStore.open(path: path) }
            #expect(error?.code == .corrupt)
            #expect(error?.message.hasPrefix("\(path) is damaged") == true)
        }
    }

    @Test func aDatabaseFromANewerBuildIsRefusedByName() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("history.sqlite").path
            _ = try await HistoryStore.open(path: path).recordRun([mobile()])
            let database = try DatabaseQueue(path: path)
            try await database.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future-media')")
            }
            try database.close()
            let error = await #expect(throws: StoreError.self) { try await HistoryStore.open(path: path) }
            #expect(error?.code == .newerSchema)
            #expect(error?.message.contains("written by a newer exposure-audit") == true)
            #expect(error?.message.contains("v9-future-media") == true)
        }
    }

    @Test func reopeningKeepsEverything() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("history.sqlite").path
            let started = Date(timeIntervalSince1970: 1_790_000_000)
            let run = try await HistoryStore.open(path: path).recordRun([mobile(), switchboard()], startedAt: started)
            let reopened = try await HistoryStore.open(path: path)
            let summary = try await reopened.run(run)
            #expect(summary.subject == subject)
            #expect(summary.seeds == [site])
            #expect(summary.profile == "vn-official")
            #expect(summary.configuration == #"{"maxPages":500}"#)
            #expect(summary.startedAt == started)
            #expect(summary.finishedAt == started.addingTimeInterval(60))
            #expect(summary.complete)
            #expect(summary.crawl == figures)
            #expect(summary.findingsBySeverity == [.high: 1, .info: 1])
            let findings = try await reopened.findings(in: run)
            #expect(findings == [mobile(), switchboard()])
        }
    }
}
