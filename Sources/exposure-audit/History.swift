import ArgumentParser
import ExposureCore
import ExposureKit
import ExposureReport
import Foundation

/// `exposure-audit history`: the runs recorded, newest first.
struct History: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the audits recorded in the history, newest first.",
        discussion: """
            Each run with its start, whether it finished whole, and its findings by severity. \
            A run killed or interrupted stays INCOMPLETE.
            """)

    @Option(help: "Only the audits of this person (any spelling).")
    var subject: String?

    @Option(help: "Only the audits of this site (a URL or a host name).")
    var site: String?

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @OptionGroup var file: HistoryFile

    func run() async throws {
        let console = Console()
        let store = try await file.open(console)
        do {
            let listing = RunListing(try await store.runs(subject: subject.map { Subject(name: $0) }, site: site.map(siteHost)))
            FileHandle.standardOutput.write(format == .json ? try listing.jsonData() : Data(listing.text.utf8))
        } catch {
            throw console.fail(error)
        }
    }
}
