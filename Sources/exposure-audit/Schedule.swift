import ArgumentParser
import ExposureCore
import ExposureKit
import ExposureStore
import Foundation

/// `exposure-audit schedule`: the same audit, run daily, weekly or monthly by systemd or cron.
struct Schedule: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print (or install) a systemd user timer, or a crontab line, that repeats an audit.",
        discussion: """
            Everything after the schedule's own options is the scan to repeat, as you would give \
            it to `exposure-audit scan`: URLs and scan options, e.g.

              exposure-audit schedule --every weekly https://snv.example.gov.vn/ --name "Lê Quang Vinh" \\
                  --fail-on high --notify-command 'mail -s "new exposure" me@example.org < "$1"'

            Each run is recorded in the history and writes a dated report into --report-dir \
            (default: $XDG_DATA_HOME/exposure-audit/reports/UNIT). --install writes \
            UNIT.service and UNIT.timer under ~/.config/systemd/user; then run \
            `systemctl --user daemon-reload && systemctl --user enable --now UNIT.timer`.
            """)

    @Option(help: "How often: daily, weekly or monthly.")
    var every: AuditSchedule.Frequency

    @Flag(help: "A crontab line instead of systemd units.")
    var cron = false

    @Flag(help: "Write the systemd units under ~/.config/systemd/user instead of printing them.")
    var install = false

    @Option(help: "The units' name (default: exposure-audit-HOST[-NAME]).")
    var unit: String?

    @Argument(parsing: .captureForPassthrough, help: "The scan to repeat: URLs and scan options.")
    var scanArguments: [String] = []

    func validate() throws {
        if cron && install { throw ValidationError("--install writes systemd units; add the --cron line with `crontab -e`") }
        if scanArguments.isEmpty { throw ValidationError("give the scan to repeat: at least one URL") }
        if scanArguments.contains(where: { $0.contains("\n") }) { throw ValidationError("scan options cannot hold line breaks") }
        if scanArguments.contains(where: { $0 == "-o" || $0 == "--output" || $0.hasPrefix("--output=") }) {
            throw ValidationError("a schedule keeps every report: give --report-dir, not --output")
        }
        if let unit, unit.isEmpty || unit.contains("/") { throw ValidationError("--unit must be a plain name") }
        do {
            _ = try plannedScan()
        } catch {
            throw ValidationError("the scan to repeat: \(Scan.message(for: error))")
        }
    }

    /// The scan's arguments, with a `--report-dir` of the unit's own when none was given, and
    /// the units' name.
    private func plannedScan() throws -> (arguments: [String], name: String) {
        let hasReportDir = scanArguments.contains { $0 == "--report-dir" || $0.hasPrefix("--report-dir=") }
        // Parsed as it will run, which checks it; the placeholder directory is replaced below.
        let scan = try Scan.parse(scanArguments + (hasReportDir ? [] : ["--report-dir", "/"]))
        let name = unit ?? AuditSchedule.unitName(seeds: scan.urls, subject: scan.name)
        guard !hasReportDir else { return (scanArguments, name) }
        let reports = URL(fileURLWithPath: HistoryStore.defaultPath()).deletingLastPathComponent()
            .appendingPathComponent("reports").appendingPathComponent(name)
        return (scanArguments + ["--report-dir", reports.path], name)
    }

    func run() async throws {
        let (arguments, name) = try plannedScan()
        let schedule = AuditSchedule(frequency: every, executable: Self.executablePath, scanArguments: arguments, name: name)
        if cron { return print(schedule.crontabLine) }
        guard install else {
            print("# ~/.config/systemd/user/\(name).service")
            print(schedule.serviceUnit)
            print("# ~/.config/systemd/user/\(name).timer")
            return print(schedule.timerUnit, terminator: "")
        }
        let console = Console()
        let directory = Self.unitDirectory()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for (suffix, text) in [("service", schedule.serviceUnit), ("timer", schedule.timerUnit)] {
                let path = directory.appendingPathComponent("\(name).\(suffix)")
                try Data(text.utf8).write(to: path, options: .atomic)
                console.status("Wrote \(path.path)")
            }
        } catch {
            throw console.fail(
                AuditError(.outputFailed, "cannot write the systemd units to \(directory.path)", cause: error))
        }
        console.status("Enable it with: systemctl --user daemon-reload && systemctl --user enable --now \(name).timer")
    }

    /// This executable's absolute path, so the unit runs the same build.
    static var executablePath: String {
        Bundle.main.executableURL?.resolvingSymlinksInPath().path ?? CommandLine.arguments[0]
    }

    /// `$XDG_CONFIG_HOME/systemd/user`, or `~/.config/systemd/user`.
    static func unitDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".config").path
        return URL(fileURLWithPath: configHome).appendingPathComponent("systemd/user")
    }
}

extension AuditSchedule.Frequency: ExpressibleByArgument {}
