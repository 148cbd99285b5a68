import ExposureCore
import ExposureStore
import Foundation
import GRDB
import Testing

@Suite struct PageFindingsTests {
    let leadership = PageFindings(
        items: [
            .init(
                kind: .phone, subtype: "mobile", value: "0912.345.678", normalized: "+84912345678", confidence: 0.86,
                path: "/html/body/table/tr[2]/td[3]", context: "DĐ: 0912.345.678", personKey: "nguyen van an")
        ],
        mentions: [.init(key: "nguyen van an", name: leader)],
        links: [site, site + "lien-he"])

    func analysed(_ url: String, _ findings: PageFindings, etag: String? = "\"v1\"") -> PageRecord {
        PageRecord(
            page: Page(url: url, status: 200, contentType: "text/html", bytes: 30_000, depth: 1), etag: etag,
            lastModified: "Tue, 01 Dec 2026 08:00:00 GMT", content: .analysed(findings))
    }

    @Test func anUnchangedPageIsReplayedFromTheRunThatAnalysedItAndItsAnalysisIsShared() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("h.sqlite").path
            let store = try await HistoryStore.open(path: path)
            let url = site + "lanh-dao"
            let first = try await store.recordRun([])
            try await store.record(analysedPages: [analysed(url, leadership)], in: first)

            let validators = try await store.replayableValidators(subject: subject, seeds: [site], toolVersion: "0.1.0")
            #expect(validators[url]?.etag == "\"v1\"")
            #expect(validators[url]?.lastSeenRun == first)
            #expect(try await store.pageFindings(url: url, analysedIn: first) == leadership)

            // The next run is told 304: its page row takes the same analysis, and it becomes the run to replay from.
            let second = try await store.recordRun([])
            let unchanged = PageRecord(
                page: Page(url: url, status: 304, contentType: nil, bytes: 0, depth: 1), etag: "\"v1\"", lastModified: nil,
                content: .unchangedSince(first))
            try await store.record(analysedPages: [unchanged], in: second)
            #expect(try await store.pageFindings(url: url, analysedIn: second) == leadership)
            let replayable = try await store.replayableValidators(subject: subject, seeds: [site], toolVersion: "0.1.0")
            #expect(replayable[url]?.lastSeenRun == second)

            // A third run that parses the same page again stores no second copy.
            let third = try await store.recordRun([])
            try await store.record(analysedPages: [analysed(url, leadership)], in: third)
            let copies = try await DatabaseQueue(path: path).read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM page_analysis") ?? 0
            }
            #expect(copies == 1)
        }
    }

    @Test func validatorsAreReplayableOnlyForTheSameAuditAndVersionWithAValidator() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            let run = try await store.recordRun([])
            try await store.record(
                analysedPages: [
                    analysed(site + "lanh-dao", leadership), analysed(site + "no-validator", leadership, etag: nil),
                ], in: run)
            var noValidator = analysed(site + "none", leadership, etag: nil)
            noValidator.lastModified = nil
            try await store.record(analysedPages: [noValidator], in: run)

            let same = try await store.replayableValidators(subject: subject, seeds: [site], toolVersion: "0.1.0")
            #expect(Set(same.keys) == [site + "lanh-dao", site + "no-validator"])  // Last-Modified alone will do
            // Another person's audit, other aliases, other seeds or another build read pages differently.
            #expect(try await store.replayableValidators(subject: Subject(name: "Trần Thị B"), seeds: [site], toolVersion: "0.1.0").isEmpty)
            #expect(try await store.replayableValidators(subject: Subject(name: leader), seeds: [site], toolVersion: "0.1.0").isEmpty)
            #expect(try await store.replayableValidators(subject: subject, seeds: [site + "tin-tuc"], toolVersion: "0.1.0").isEmpty)
            #expect(try await store.replayableValidators(subject: subject, seeds: [site], toolVersion: "0.2.0").isEmpty)
        }
    }

    @Test func anAnalysisNoLaterAuditCanAskForIsNotStored() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("h.sqlite").path
            let store = try await HistoryStore.open(path: path)
            let run = try await store.recordRun([])
            var dynamic = analysed(site + "tin-tuc", leadership, etag: nil)
            dynamic.lastModified = nil
            try await store.record(analysedPages: [dynamic, analysed(site + "lanh-dao", leadership)], in: run)

            #expect(try await store.pageFindings(url: site + "tin-tuc", analysedIn: run) == nil)
            #expect(try await store.pageFindings(url: site + "lanh-dao", analysedIn: run) == leadership)
            let (pages, analyses) = try await DatabaseQueue(path: path).read { db in
                (
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM page WHERE run = ?", arguments: [run.rawValue]) ?? 0,
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM page_analysis") ?? 0
                )
            }
            #expect(pages == 2)
            #expect(analyses == 1)
        }
    }

    @Test func previousCompleteRunPassesOverIncompleteOnesAndOtherAudits() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            let first = try await store.recordRun([mobile()])
            _ = try await store.recordRun([mobile()], subject: Subject(name: "Trần Thị B"))
            _ = try await store.recordRun([mobile()], complete: false)
            let latest = try await store.recordRun([])
            #expect(try await store.previousCompleteRun(before: latest, subject: subject, seeds: [site]) == first)
            #expect(try await store.previousCompleteRun(before: first, subject: subject, seeds: [site]) == nil)
        }
    }
}
