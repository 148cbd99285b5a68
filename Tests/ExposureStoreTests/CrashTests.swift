import ExposureStore
import Foundation
import GRDB
import Testing

@Suite struct CrashTests {
    /// The test-only `store-crash-writer` sits beside the test bundle in the build products.
    static let writer: URL = {
        var directory = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("store-crash-writer").path),
            directory.pathComponents.count > 1
        {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("store-crash-writer")
    }()

    /// Kills a writer with SIGKILL while it is storing batches: the run it had finished is
    /// intact, the run it was writing is incomplete and holds whole batches only, and the file
    /// passes SQLite's integrity check.
    @Test(.timeLimit(.minutes(1)))
    func aProcessKilledMidWriteLosesNothingItHadStored() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.writer.path), "build store-crash-writer first")
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("h.sqlite").path
            let process = Process()
            process.executableURL = Self.writer
            process.arguments = [path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let announced = await Self.readUntil("recorded 5\n", from: output.fileHandleForReading)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(announced.contains("finished 1"))
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)

            let store = try await HistoryStore.open(path: path)
            let runs = try await store.runs()
            #expect(runs.map(\.id.rawValue) == [2, 1])
            let finished = try #require(runs.last)
            #expect(finished.complete && finished.findingCount == 10)
            let killed = try #require(runs.first)
            #expect(!killed.complete && killed.finishedAt == nil)
            #expect(killed.findingCount >= 5 * 50)
            #expect(killed.findingCount % 50 == 0, "a batch is one transaction: stored whole or not at all")
            let integrity = try await DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
            #expect(integrity == "ok")
        }
    }

    /// Reads `handle` on a dispatch queue (it blocks) until `marker` has been seen or the pipe closes.
    static func readUntil(_ marker: String, from handle: FileHandle) async -> String {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var text = ""
                while !text.contains(marker) {
                    let data = handle.availableData
                    if data.isEmpty { break }
                    text += String(decoding: data, as: UTF8.self)
                }
                continuation.resume(returning: text)
            }
        }
    }
}
