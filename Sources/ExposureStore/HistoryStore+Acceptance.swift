import ExposureCore
import Foundation
import GRDB

extension HistoryStore {
    /// Accepts a finding's exposure, for every audit or only for `subject`'s; accepting it
    /// again replaces the reason and the date it lapses.
    public func accept(
        fingerprint: String, reason: String, until: Date? = nil, subject: String? = nil, createdAt: Date = Date()
    ) async throws {
        try await accept([
            Acceptance(fingerprint: fingerprint, reason: reason, until: until, subject: subject, createdAt: createdAt)
        ])
    }

    /// Adds a baseline file's acceptances to the history, in one transaction.
    public func importBaseline(_ baseline: Baseline) async throws {
        try await accept(baseline.accepted)
    }

    /// The acceptances in force now as a baseline, to write to a file the team commits.
    public func baseline(at date: Date = Date()) async throws -> Baseline {
        Baseline(accepted: try await acceptances(at: date))
    }

    /// The acceptances that hold at `date` for an audit of `subject` (nil: any audit),
    /// lapsed ones left out, sorted by fingerprint.
    public func acceptances(at date: Date = Date(), subject: Subject? = nil) async throws -> [Acceptance] {
        try await reading("read acceptances") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM acceptance ORDER BY fingerprint, scope").map { row in
                Acceptance(
                    fingerprint: row["fingerprint"], reason: row["reason"], until: row["until"],
                    subject: row["subject"], createdAt: row["createdAt"])
            }
        }
        // Filtered here, not in SQL, so the store and a baseline file decide alike.
        .filter { $0.applies(at: date, to: subject) }
    }

    private func accept(_ acceptances: [Acceptance]) async throws {
        try await writing("record acceptances") { db in
            let statement = try db.cachedStatement(
                sql: """
                    INSERT INTO acceptance (fingerprint, scope, subject, reason, until, createdAt)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (fingerprint, scope) DO UPDATE SET
                        subject = excluded.subject, reason = excluded.reason, until = excluded.until,
                        createdAt = excluded.createdAt
                    """)
            for acceptance in acceptances {
                try statement.execute(arguments: [
                    acceptance.fingerprint, acceptance.subject.map(NameFolding.fold) ?? "", acceptance.subject,
                    acceptance.reason, acceptance.until, acceptance.createdAt,
                ])
            }
        }
    }
}
