import Foundation
import Synchronization

/// Runs a command-line tool (poppler, catdoc) as a child process under a deadline and an
/// output cap, without holding a thread of the Swift concurrency pool.
///
/// A hostile file that hangs or crashes the tool costs one recorded error: at the deadline, on
/// the output cap or when the task is cancelled the child gets SIGKILL. The child is started
/// and waited for on a thread of its own (a blocking read of its output and a semaphore for
/// its exit), bridged to async by a continuation; Foundation's `Process` reaps the child and
/// calls the termination handler from its own monitoring thread on Linux.
struct ToolRunner: Sendable {
    var deadline: ContinuousClock.Instant
    var outputLimit: Int

    /// Standard error kept for messages; the rest is read and dropped, so the tool never blocks on it.
    static let errorLimit = 4096

    func run(_ executable: String, _ arguments: [String]) async throws(DocumentReadError) -> ToolOutput {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw DocumentReadError(.toolMissing, "\(executable) is not installed")
        }
        let timeLeft = deadline - .now
        guard timeLeft > .zero else { throw DocumentReadError(.timeout, "time cap reached before \(executable)") }
        let child = ChildProcess(executable: executable, arguments: arguments, outputLimit: outputLimit)
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                Thread.detachNewThread { continuation.resume(returning: child.runToCompletion(timeLimit: timeLeft)) }
            }
        } onCancel: {
            child.stop(.cancelled)
        }
        return try result.get()
    }
}

/// One child process: its id while it runs and why it was stopped, shared with the watchdog
/// and the cancellation handler.
private final class ChildProcess: Sendable {
    enum StopReason { case timedOut, outputFull, cancelled }

    private struct State {
        var processID: Int32?
        var hasExited = false
        var stopReason: StopReason?
    }

    private let executable: String
    private let arguments: [String]
    private let outputLimit: Int
    private let state = Mutex(State())
    private let errorText = Mutex<[UInt8]>([])

    init(executable: String, arguments: [String], outputLimit: Int) {
        self.executable = executable
        self.arguments = arguments
        self.outputLimit = outputLimit
    }

    /// Kills the child once, for the first reason given; a later reason changes nothing.
    ///
    /// The id is only signalled before the termination handler marks the child gone, under the
    /// same lock; the id could be reused only in the instant between Foundation reaping the
    /// child and that handler running.
    func stop(_ reason: StopReason) {
        state.withLock { state in
            guard state.stopReason == nil else { return }
            state.stopReason = reason
            if let processID = state.processID, !state.hasExited { kill(processID, SIGKILL) }
        }
    }

    /// Starts the tool and blocks this (dedicated) thread until it has exited and its pipes are drained.
    func runToCompletion(timeLimit: Duration) -> Result<ToolOutput, DocumentReadError> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { [self] _ in
            state.withLock { $0.hasExited = true }
            exited.signal()
        }
        do {
            try process.run()
        } catch {
            return .failure(DocumentReadError(.toolMissing, "\(executable) could not be started", cause: "\(error)"))
        }
        let startedStopped = state.withLock { state in
            state.processID = process.processIdentifier
            return state.stopReason != nil
        }
        if startedStopped { kill(process.processIdentifier, SIGKILL) }

        let errorsDrained = DispatchSemaphore(value: 0)
        Thread.detachNewThread { [self] in
            _ = Self.drain(errors.fileHandleForReading, limit: ToolRunner.errorLimit, stopAtLimit: false) { chunk in
                errorText.withLock { $0 += chunk }
            }
            errorsDrained.signal()
        }
        let watchdog = DispatchWorkItem { [self] in stop(.timedOut) }
        let (seconds, attoseconds) = timeLimit.components
        let nanoseconds = Int(clamping: seconds) &* 1_000_000_000 &+ Int(attoseconds / 1_000_000_000)
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds), execute: watchdog)

        var standardOutput: [UInt8] = []
        let isTruncated = !Self.drain(output.fileHandleForReading, limit: outputLimit, stopAtLimit: true) {
            standardOutput += $0
        }
        if isTruncated { stop(.outputFull) }
        exited.wait()
        errorsDrained.wait()
        watchdog.cancel()

        switch state.withLock({ $0.stopReason }) {
        case .timedOut:
            return .failure(DocumentReadError(.timeout, "\(executable) ran past the time cap and was killed"))
        case .cancelled:
            return .failure(DocumentReadError(.cancelled, "\(executable) was killed: the read was cancelled"))
        case .outputFull, nil:
            let firstErrorLine = String(decoding: errorText.withLock { $0 }, as: UTF8.self)
                .split(whereSeparator: \.isNewline).first { !$0.trimmingWhitespace.isEmpty }
                .map { String($0.trimmingWhitespace.prefix(200)) }
            return .success(ToolOutput(
                status: process.terminationStatus, standardOutput: standardOutput,
                firstErrorLine: firstErrorLine, isTruncated: isTruncated))
        }
    }

    /// Reads until end of file, passing on at most `limit` bytes; returns false when more came.
    /// Past the limit it stops at once when `stopAtLimit` (the caller kills the tool), else
    /// reads on and drops the rest, so the tool never blocks on a full pipe.
    private static func drain(
        _ handle: FileHandle, limit: Int, stopAtLimit: Bool, into take: ([UInt8]) -> Void
    ) -> Bool {
        var taken = 0
        var overflowed = false
        while let chunk = try? handle.read(upToCount: 65_536), !chunk.isEmpty {
            let room = limit - taken
            if chunk.count > room {
                if room > 0 { take(Array(chunk.prefix(room))) }
                taken = limit
                overflowed = true
                if stopAtLimit { return false }
            }
            take(Array(chunk))
            taken += chunk.count
        }
        return !overflowed
    }
}
