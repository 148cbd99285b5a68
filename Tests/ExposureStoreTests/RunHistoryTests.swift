import ExposureCore
import ExposureStore
import Foundation
import Testing

@Suite struct RunHistoryTests {
    /// The scenario: between two audits the leader's mobile comes off the site, a
    /// portrait goes up, and the footer is redesigned around the same switchboard number.
    @Test func aRemovedPhoneAndAnAddedPortraitMakeTheDiff() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            let first = try await store.recordRun([mobile(), switchboard()])
            let redesignedFooter = switchboard(path: "/html/body/div[4]/footer/div/span", context: "Điện thoại: 0233 3852 100")
            let second = try await store.recordRun([redesignedFooter, portrait()])

            let latest = try #require(try await store.latestTwoRuns(subject: subject, seeds: [site]))
            #expect(latest.from == first && latest.to == second)
            let diff = try await store.diff(from: latest.from, to: latest.to)
            #expect(diff.new.map(\.id) == [portrait().id])
            #expect(diff.resolved.map(\.id) == [mobile().id])
            #expect(diff.unchanged.map(\.id) == [switchboard().id])
            // Unchanged findings are shown as the later run saw them.
            #expect(diff.unchanged.first?.occurrences.first?.context == "Điện thoại: 0233 3852 100")
            #expect(diff.isReliable)
        }
    }

    /// A re-audit asks only which findings an earlier run had: their fingerprints, each once.
    @Test func aRunsFindingIDsAreItsFingerprints() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            let first = try await store.recordRun([mobile(), switchboard()])
            let second = try await store.recordRun([portrait()])
            #expect(try await store.findingIDs(in: first) == [mobile().id, switchboard().id])
            #expect(try await store.findingIDs(in: second) == [portrait().id])
            let missing = await #expect(throws: StoreError.self) { try await store.findingIDs(in: RunID(rawValue: 42)) }
            #expect(missing?.code == .runNotFound)
        }
    }

    @Test func latestTwoRunsSkipsIncompleteRunsAndOtherAudits() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            let start = Date(timeIntervalSince1970: 1_790_000_000)
            let first = try await store.recordRun([mobile()], startedAt: start)
            #expect(try await store.latestTwoRuns(subject: subject, seeds: [site]) == nil)
            let second = try await store.recordRun([mobile()], startedAt: start + 100)
            _ = try await store.recordRun([], complete: false, startedAt: start + 200)
            _ = try await store.recordRun([mobile()], subject: Subject(name: nil), startedAt: start + 300)
            _ = try await store.recordRun([mobile()], seeds: ["https://other.example.gov.vn/"], startedAt: start + 400)
            // Any spelling of the name, either scheme and any case of the seed's host.
            let latest = try #require(
                try await store.latestTwoRuns(subject: Subject(name: "NGUYEN VAN AN"), seeds: ["http://SNV.example.gov.vn/"]))
            #expect(latest.from == first && latest.to == second)
        }
    }

    @Test func runsAreListedNewestFirstWithCountsAndFilters() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            let start = Date(timeIntervalSince1970: 1_790_000_000)
            let leaderRun = try await store.recordRun([mobile(), switchboard(), portrait()], startedAt: start)
            let siteRun = try await store.recordRun([switchboard()], subject: Subject(name: nil), startedAt: start + 10)
            let otherSite = try await store.recordRun(
                [], subject: Subject(name: nil), seeds: ["https://other.example.gov.vn/"], startedAt: start + 20)

            let all = try await store.runs()
            #expect(all.map(\.id) == [otherSite, siteRun, leaderRun])
            #expect(all.last?.findingsBySeverity == [.high: 1, .medium: 1, .info: 1])
            #expect(all.last?.findingCount == 3)
            #expect(all.first?.findingsBySeverity == [:])
            #expect(try await store.runs(subject: Subject(name: "nguyễn văn an")).map(\.id) == [leaderRun])
            #expect(try await store.runs(subject: Subject(name: nil)).map(\.id) == [otherSite, siteRun])
            #expect(try await store.runs(site: "SNV.example.gov.vn").map(\.id) == [siteRun, leaderRun])
            #expect(try await store.runs(subject: Subject(name: nil), site: "snv.example.gov.vn").map(\.id) == [siteRun])
        }
    }

    @Test func aRunBegunAndNeverFinishedStaysIncompleteAfterReopening() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("h.sqlite").path
            let run: RunID
            do {
                let store = try await HistoryStore.open(path: path)
                run = try await store.beginRun(subject: subject, seeds: [site], configuration: [String: Int](), toolVersion: "0.1.0")
                try await store.record(findings: [mobile()], in: run)
                try await store.record(pages: [Page(url: site, status: 200, contentType: "text/html", bytes: 10, depth: 0)], in: run)
            }
            let summary = try await HistoryStore.open(path: path).run(run)
            #expect(!summary.complete)
            #expect(summary.finishedAt == nil)
            #expect(summary.crawl == nil)
            #expect(summary.findingsBySeverity == [.high: 1])
        }
    }

    /// The auditor hands findings over as they grow: the same finding recorded again is one
    /// finding with the new page count and every occurrence, none twice.
    @Test func recordingAFindingAgainUpdatesItInPlace() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            let run = try await store.beginRun(subject: subject, seeds: [site], configuration: [String: Int](), toolVersion: "0.1.0")
            try await store.record(findings: [switchboard()], in: run)
            var grown = switchboard()
            grown.occurrences.append(Evidence(url: site + "lien-he", path: "/html/body/p", context: "Tổng đài: 0233 3852 100"))
            grown.pageCount = 7
            grown.severity = .low
            try await store.record(findings: [grown], in: run)
            #expect(try await store.findings(in: run) == [grown])
        }
    }

    /// Ctrl-C cancels the audit's tasks; what they hand over afterwards must still be stored.
    @Test func aCancelledTaskStillStoresWhatItHandsOver() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            let run = try await store.beginRun(subject: subject, seeds: [site], configuration: [String: Int](), toolVersion: "0.1.0")
            try await Task {
                withUnsafeCurrentTask { $0?.cancel() }
                #expect(Task.isCancelled)
                try await store.record(findings: [mobile()], in: run)
                try await store.finishRun(run, complete: false, crawl: figures)
            }.value
            let summary = try await store.run(run)
            #expect(summary.finishedAt != nil && !summary.complete)
            #expect(summary.findingsBySeverity == [.high: 1])
        }
    }

    @Test func anUnknownRunIsATypedError() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            let run = try await store.recordRun([mobile()])
            let missing = RunID(rawValue: 42)
            let recording = await #expect(throws: StoreError.self) { try await store.record(findings: [mobile()], in: missing) }
            #expect(recording?.code == .runNotFound)
            let diffing = await #expect(throws: StoreError.self) { try await store.diff(from: run, to: missing) }
            #expect(diffing?.code == .runNotFound)
            #expect(diffing?.message.contains("No run 42") == true)
            let finishing = await #expect(throws: StoreError.self) {
                try await store.finishRun(missing, complete: true, crawl: figures)
            }
            #expect(finishing?.code == .runNotFound)
        }
    }
}
