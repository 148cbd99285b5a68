import ExposureCore
import ExposureStore
import Foundation
import Testing

@Suite struct AcceptanceTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func anAcceptedFindingStaysAcceptedInLaterRunsUntilItLapses() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("h.sqlite").path
            let until = now.addingTimeInterval(30 * 86_400)
            do {
                let store = try await HistoryStore.open(path: path)
                _ = try await store.recordRun([switchboard()], startedAt: now)
                try await store.accept(
                    fingerprint: switchboard().id, reason: "The switchboard is meant to be public", until: until,
                    createdAt: now)
            }
            // A later run, by a later process, finds the same number again.
            let store = try await HistoryStore.open(path: path)
            let later = try await store.recordRun([switchboard(path: "/html/body/div/footer")], startedAt: now + 86_400)
            let laterIDs = Set(try await store.findings(in: later).map(\.id))
            let accepted = try await store.acceptances(at: now + 86_400, subject: subject)
            #expect(accepted.map(\.fingerprint) == [switchboard().id])
            #expect(laterIDs.contains(switchboard().id))
            #expect(accepted.first?.reason == "The switchboard is meant to be public")
            #expect(try await store.acceptances(at: until - 1).count == 1)
            #expect(try await store.acceptances(at: until).isEmpty)
            #expect(try await store.acceptances(at: until + 86_400).isEmpty)
        }
    }

    @Test func anAcceptanceForOnePersonHoldsOnlyForThatPersonsAudits() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            try await store.accept(fingerprint: mobile().id, reason: "Duty phone", subject: leader, createdAt: now)
            #expect(try await store.acceptances(at: now, subject: Subject(name: "NGUYEN VAN AN")).count == 1)
            #expect(try await store.acceptances(at: now, subject: Subject(name: "Lê Quang Vinh")).isEmpty)
            #expect(try await store.acceptances(at: now, subject: Subject(name: nil)).isEmpty)
            #expect(try await store.acceptances(at: now).count == 1)
        }
    }

    @Test func acceptingAgainReplacesReasonAndLapse() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            try await store.accept(fingerprint: mobile().id, reason: "Duty phone", until: now + 10, createdAt: now)
            try await store.accept(fingerprint: mobile().id, reason: "Duty phone, renewed", until: now + 100, createdAt: now + 5)
            let accepted = try await store.acceptances(at: now + 50)
            #expect(accepted == [Acceptance(fingerprint: mobile().id, reason: "Duty phone, renewed", until: now + 100, createdAt: now + 5)])
        }
    }

    @Test func aBaselineFileRoundTripsThroughAnotherHistory() async throws {
        try await withTemporaryDirectory { directory in
            let first = try await HistoryStore.open(path: directory.appendingPathComponent("a.sqlite").path)
            try await first.accept(fingerprint: switchboard().id, reason: "Public switchboard", createdAt: now)
            try await first.accept(
                fingerprint: mobile().id, reason: "Duty phone", until: now + 86_400, subject: leader, createdAt: now + 0.75)
            try await first.accept(fingerprint: portrait().id, reason: "Lapsed", until: now - 1, createdAt: now - 10)
            let file = directory.appendingPathComponent("exposure-baseline.json").path
            try await first.baseline(at: now).write(to: file)

            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(text.contains(#""schema" : "exposure-audit/baseline/v1""#))
            #expect(text.contains(#""until" : null"#))
            #expect(!text.contains("Lapsed"))
            #expect(!text.contains("0912"))  // fingerprints only, no phone numbers

            let second = try await HistoryStore.open(path: directory.appendingPathComponent("b.sqlite").path)
            let baseline = try Baseline.read(from: file)
            try await second.importBaseline(baseline)
            let exported = try await first.acceptances(at: now)
            #expect(exported.count == 2)
            #expect(try await second.acceptances(at: now) == exported)
            #expect(baseline.acceptances(at: now, subject: subject) == exported)
            #expect(baseline.acceptances(at: now + 86_400, subject: subject).map(\.fingerprint) == [switchboard().id])
        }
    }

    @Test(arguments: [#"{"schema": "exposure-audit/report/v1", "accepted": []}"#, "not json", #"{"accepted": 3}"#])
    func aFileThatIsNotABaselineIsATypedError(contents: String) async throws {
        try await withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("baseline.json").path
            try contents.write(toFile: file, atomically: true, encoding: .utf8)
            let error = #expect(throws: StoreError.self) { try Baseline.read(from: file) }
            #expect(error?.code == .invalidBaseline)
            #expect(error?.message.contains(file) == true)
        }
    }
}
