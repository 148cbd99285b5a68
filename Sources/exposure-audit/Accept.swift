import ArgumentParser
import ExposureKit
import ExposureStore
import Foundation

/// `exposure-audit accept`: accept a finding as a risk, and keep acceptances in a baseline file.
struct Accept: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Accept a finding as a risk: later reports list it apart and --fail-on ignores it.",
        discussion: """
            ID is a finding's id from a report or a diff; it is the same on every run. With \
            --baseline, every acceptance in force is also written to that file, which a team can \
            commit and pass to `scan --baseline` elsewhere (CI); without ID, only the file is written.
            """)

    @Argument(help: "The finding's id.")
    var id: String?

    @Option(help: "Why the finding may stay published.")
    var reason: String?

    @Option(help: "The last day (YYYY-MM-DD, UTC) or instant (ISO 8601) the acceptance holds.")
    var until: String?

    @Option(help: "Accept it only in audits of this person (any spelling).")
    var subject: String?

    @Option(help: "Write every acceptance in force to this baseline file.")
    var baseline: String?

    @OptionGroup var file: HistoryFile

    func validate() throws {
        guard id != nil || baseline != nil else { throw ValidationError("give a finding id, or --baseline FILE to export") }
        if id != nil, reason?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
            throw ValidationError("--reason is required: say why the finding may stay published")
        }
        if id == nil, reason != nil || until != nil || subject != nil {
            throw ValidationError("--reason, --until and --subject go with a finding id")
        }
        if let until, Self.instant(until) == nil {
            throw ValidationError("--until: '\(until)' is not a date (YYYY-MM-DD) or an ISO 8601 instant")
        }
    }

    func run() async throws {
        let console = Console()
        let store = try await file.open(console)
        do {
            if let id, let reason {
                try await store.accept(fingerprint: id, reason: reason, until: until.flatMap(Self.instant), subject: subject)
                console.status("Accepted \(id)")
            }
            if let baseline {
                try await store.baseline().write(to: baseline)
                console.status("Baseline written to \(baseline)")
            }
        } catch {
            throw console.fail(error)
        }
    }

    /// A day means through its end (the next midnight, UTC); an instant is taken as it is.
    static func instant(_ text: String) -> Date? {
        if let day = try? Date(text, strategy: .iso8601.year().month().day()) {
            return day.addingTimeInterval(24 * 60 * 60)
        }
        return try? Date(text, strategy: .iso8601)
    }
}
