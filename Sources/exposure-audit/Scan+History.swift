import ArgumentParser
import ExposureCore
import ExposureKit
import ExposureReport
import ExposureStore
import Foundation

/// The history options of `scan`: where runs are recorded, accepted risks, the CI gate and
/// what scheduled audits need.
struct ScanHistoryOptions: ParsableArguments {
    @OptionGroup var file: HistoryFile

    @Flag(help: "Do not record this audit in the history; every finding then counts as new.")
    var noHistory = false

    @OptionGroup var baselineFile: BaselineFile

    @Flag(help: "Fetch and parse every page again, even those the history could replay when the server says they did not change.")
    var refetch = false

    @Option(
        help: """
            Exit with status 3 when findings new since the previous complete run of this audit \
            (and not accepted) reach this severity: low, medium, high or critical.
            """)
    var failOn: Severity?

    @Option(help: "Write the report into this directory under a dated name (scheduled audits), instead of standard output.")
    var reportDir: String?

    @Option(
        help: """
            Run this shell command when new findings of high severity or worse appear; it gets the \
            report's path as $1 and in EXPOSURE_AUDIT_REPORT, and their number in EXPOSURE_AUDIT_NEW_FINDINGS.
            """)
    var notifyCommand: String?

    /// Opens the history unless `--no-history`; a history that cannot be used stops the scan
    /// before it crawls (65, 74), with the one line that says why.
    func openStore(_ console: Console) async throws -> HistoryStore? {
        noHistory ? nil : try await file.open(console)
    }

    /// `DIR/exposure-audit-YYYYMMDDTHHMMSSZ.EXT` for `--report-dir`, creating the directory (0700).
    func datedReportPath(format: ReportFormat, startedAt: Date, console: Console) throws -> String? {
        guard let reportDir else { return nil }
        do {
            try FileManager.default.createDirectory(
                atPath: reportDir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw console.fail(AuditError(.outputFailed, "cannot create the report directory \(reportDir)", cause: error))
        }
        let stamp = startedAt.formatted(
            .iso8601.year().month().day().dateSeparator(.omitted).time(includingFractionalSeconds: false)
                .timeSeparator(.omitted))
        let name = "exposure-audit-\(stamp).\(format.rawValue == "text" ? "txt" : format.rawValue)"
        return URL(fileURLWithPath: reportDir).appendingPathComponent(name).path
    }

    /// After the report is delivered: says what the history made of the run, runs the notify
    /// command, and returns the exit status the history or the gate asks for (74, 3), if any.
    func conclude(_ outcome: AuditOutcome, reportPath: String?, console: Console) -> ExitCode? {
        if let run = outcome.run {
            let against = outcome.previousRun.map { "since run \($0)" } ?? "(no earlier complete run to compare with)"
            console.status("Recorded as run \(run); \(outcome.newFindings.count) new findings \(against)")
        }
        let serious = outcome.newFindings(atLeast: .high)
        if let notifyCommand, let reportPath, !serious.isEmpty {
            notify(notifyCommand, reportPath: reportPath, newFindings: serious.count, console: console)
        }
        if let failure = outcome.historyFailure { return console.fail(failure) }
        if let failOn, case let reached = outcome.newFindings(atLeast: failOn), !reached.isEmpty {
            console.warn("exposure-audit: \(reached.count) new findings of \(failOn.rawValue) severity or worse (--fail-on)")
            return ExitCode(3)
        }
        return nil
    }

    /// Runs the command through `/bin/sh` and waits for it; its failure is a warning, as the
    /// audit itself is done.
    private func notify(_ command: String, reportPath: String, newFindings: Int, console: Console) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command, "exposure-audit-notify", reportPath]
        var environment = ProcessInfo.processInfo.environment
        environment["EXPOSURE_AUDIT_REPORT"] = reportPath
        environment["EXPOSURE_AUDIT_NEW_FINDINGS"] = String(newFindings)
        process.environment = environment
        do {
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 {
                console.warn("exposure-audit: warning: --notify-command exited with status \(process.terminationStatus)")
            }
        } catch {
            console.warn("exposure-audit: warning: could not run --notify-command: \(error)")
        }
    }
}
