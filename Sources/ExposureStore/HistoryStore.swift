import Dispatch
import Foundation
import GRDB

/// The audit history: runs, their findings and pages, accepted risks and page validators, in
/// one SQLite file (WAL mode) that survives a killed process.
///
/// A `final class`, not an actor: its only state is a GRDB `DatabasePool`, which is `Sendable`,
/// serializes writes on its own dispatch queue and lets reads run beside them. An actor would
/// add a second queue in front of GRDB's and queue reads behind writes for nothing.
///
/// Every method is `async` and none blocks a thread of the Swift concurrency pool: SQLite
/// runs on GRDB's dispatch queues while the calling task is suspended. Writes go through
/// GRDB's callback API rather than its `async` one, which gives up when the calling task is
/// cancelled: an audit interrupted with Ctrl-C must still store what it found and close its
/// run. Each write is one transaction, so what a write stored survives a crash whole.
public final class HistoryStore: Sendable {
    /// The database file.
    public let path: String
    private let database: DatabasePool

    private init(path: String, database: DatabasePool) {
        self.path = path
        self.database = database
    }

    /// Opens the history at `path` (by default ``defaultPath(environment:)``), creating it,
    /// its directory (mode 0700) and the file (mode 0600) when missing, and migrating it.
    ///
    /// - Throws: ``StoreError`` `.notADatabase`, `.corrupt` or `.newerSchema` for a file this
    ///   build cannot use, `.cannotOpen` or `.busy` when it cannot be reached.
    public static func open(path: String = defaultPath()) async throws -> HistoryStore {
        // Opening and migrating block on file locks and disk: a GRDB-free queue of their own
        // keeps them off the concurrency pool.
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try openBlocking(path: path) })
            }
        }
    }

    private static func openBlocking(path: String) throws -> HistoryStore {
        try prepareFile(at: path)
        var configuration = Configuration()
        configuration.label = "exposure-audit history"
        // A scan and a `history` command may share the file; wait for the other's write.
        configuration.busyMode = .timeout(10)
        // An audit reads one page's analysis at a time and writes in batches: two readers and
        // a small page cache each keep the history from weighing on a large crawl's memory.
        configuration.maximumReaderCount = 2
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -1024") }
        do {
            let database = try DatabasePool(path: path, configuration: configuration)
            let migrator = Self.migrator
            let unknown = try database.read { db in
                try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
            }
            guard unknown.isEmpty else {
                throw StoreError(
                    .newerSchema,
                    "\(path) was written by a newer exposure-audit (unknown migrations: "
                        + "\(unknown.joined(separator: ", "))); upgrade exposure-audit, or choose another file with --db")
            }
            try migrator.migrate(database)
            return HistoryStore(path: path, database: database)
        } catch {
            throw StoreError.classifying(error, path: path, action: "open the history")
        }
    }

    /// Runs `updates` in one write transaction on GRDB's writer queue, even when the calling
    /// task has been cancelled (see the type's documentation).
    func writing<T: Sendable>(
        _ action: String, _ updates: @escaping @Sendable (Database) throws -> T
    ) async throws -> T {
        let path = self.path
        return try await withCheckedThrowingContinuation { continuation in
            database.asyncWrite(updates) { _, result in
                continuation.resume(with: result.mapError { StoreError.classifying($0, path: path, action: action) })
            }
        }
    }

    /// Runs `value` in one read transaction on one of GRDB's reader queues, even when the
    /// calling task has been cancelled: an interrupted audit still replays the unchanged pages
    /// under way and compares its findings with the previous run.
    func reading<T: Sendable>(_ action: String, _ value: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let path = self.path
        return try await withCheckedThrowingContinuation { continuation in
            database.asyncRead { database in
                continuation.resume(
                    with: Result { try value(database.get()) }
                        .mapError { StoreError.classifying($0, path: path, action: action) })
            }
        }
    }
}
