import ArgumentParser
import ExposureCore
import ExposureKit
import ExposureReport
import ExposureStore
import Foundation

/// `exposure-audit diff`: what changed between two runs.
struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the findings new, resolved and unchanged between two runs.",
        discussion: """
            With no run, compares the last two complete runs of the latest audit (of --subject on \
            --site when given); with one, that run and the complete run of the same audit before \
            it; with two, those. Findings compare by id, which stays the same across runs.
            """)

    @Argument(help: "Run ids, as `exposure-audit history` lists them: none, one, or earlier and later.")
    var runs: [RunID] = []

    @Option(help: "The person whose audits to compare (any spelling).")
    var subject: String?

    @Option(help: "The site whose audits to compare (a URL or a host name).")
    var site: String?

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(name: [.short, .long], help: "Write the diff here (readable only by you) instead of standard output.")
    var output: String?

    @OptionGroup var baselineFile: BaselineFile
    @OptionGroup var file: HistoryFile

    func validate() throws {
        if runs.count > 2 { throw ValidationError("give at most two runs") }
    }

    func run() async throws {
        let console = Console()
        let store = try await file.open(console)
        let diff: DiffReport
        do {
            if let baseline = try baselineFile.read(console) { try await store.importBaseline(baseline) }
            let (earlier, later) = try await store.runsToCompare(runs, subject: subject.map { Subject(name: $0) }, site: site.map(siteHost))
            diff = try await store.diffReport(from: earlier, to: later)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw console.fail(error)
        }
        let data = try format.render(diff)
        guard let output else { return FileHandle.standardOutput.write(data) }
        do {
            try ReportFile.write(to: output) { sink in try sink(data) }
        } catch {
            throw console.fail(AuditError(.outputFailed, "cannot write the diff to \(output)", cause: error))
        }
    }
}
