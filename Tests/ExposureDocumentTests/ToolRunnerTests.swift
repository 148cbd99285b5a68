import Foundation
import Testing

@testable import ExposureDocument

@Suite struct ToolRunnerTests {
    private func runner(seconds: Double = 10, outputLimit: Int = 1 << 20) -> ToolRunner {
        ToolRunner(deadline: .now + .milliseconds(Int(seconds * 1000)), outputLimit: outputLimit)
    }

    @Test func returnsOutputStatusAndFirstErrorLine() async throws {
        let output = try await runner().run("/bin/sh", ["-c", "printf 'out'; printf '\\nfirst complaint\\nsecond\\n' >&2; exit 3"])
        #expect(output.standardOutput == Array("out".utf8))
        #expect(output.status == 3)
        #expect(output.firstErrorLine == "first complaint")
        #expect(!output.isTruncated)
    }

    @Test func killsAHangingToolAtTheDeadline() async throws {
        let started = ContinuousClock.now
        let error = await #expect(throws: DocumentReadError.self) { try await runner(seconds: 0.2).run("/bin/sleep", ["30"]) }
        #expect(error?.code == .timeout)
        // Well under sleep's 30 s, with room for a loaded machine running every suite at once.
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func stopsAToolThatPrintsWithoutEnd() async throws {
        let output = try await runner(outputLimit: 1000).run("/usr/bin/yes", [])
        #expect(output.isTruncated)
        #expect(output.standardOutput.count == 1000)
        #expect(output.standardOutput.prefix(4) == Array("y\ny\n".utf8)[...])
    }

    @Test func drainsAFloodOfStandardError() async throws {
        let output = try await runner().run("/bin/sh", ["-c", "yes complaint | head -c 1000000 >&2; echo done"])
        #expect(output.standardOutput == Array("done\n".utf8))
        #expect(output.firstErrorLine == "complaint")
    }

    @Test func cancellationKillsTheTool() async throws {
        let started = ContinuousClock.now
        let task = Task { try await runner().run("/bin/sleep", ["30"]) }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let result = await task.result
        #expect(throws: DocumentReadError(.cancelled, "/bin/sleep was killed: the read was cancelled")) { try result.get() }
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func aMissingToolIsToolMissing() async throws {
        let error = await #expect(throws: DocumentReadError.self) { try await runner().run("/nonexistent/tool", []) }
        #expect(error?.code == .toolMissing)
    }

    @Test func aPassedDeadlineIsATimeout() async throws {
        let error = await #expect(throws: DocumentReadError.self) { try await runner(seconds: -1).run("/bin/true", []) }
        #expect(error?.code == .timeout)
    }

    @Test func temporaryFileIsPrivateAndRemovedWithItsOwner() throws {
        var file: TemporaryFile? = try TemporaryFile([1, 2, 3], suffix: ".pdf")
        let path = try #require(file?.path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(FileManager.default.contents(atPath: path) == Data([1, 2, 3]))
        file = nil
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
