import ArgumentParser
import ExposureCore
import ExposureStore
import Foundation

/// `--db`, shared by every command that reads or writes the history.
struct HistoryFile: ParsableArguments {
    @Option(help: "The history database (default: $XDG_DATA_HOME/exposure-audit/history.sqlite).")
    var db: String?

    /// Opens the history, or fails with its one-line error and exit code (65, 74).
    func open(_ console: Console) async throws -> HistoryStore {
        do {
            return try await HistoryStore.open(path: db ?? HistoryStore.defaultPath())
        } catch {
            throw console.fail(error)
        }
    }
}

/// `--baseline FILE`, shared by `scan` and `diff`: accepted risks a team keeps in a file.
struct BaselineFile: ParsableArguments {
    @Option(help: "A baseline file of accepted risks (`exposure-audit accept --baseline`) to add to the history first.")
    var baseline: String?

    /// The file's acceptances, or its one-line error and exit code 65.
    func read(_ console: Console) throws -> Baseline? {
        do {
            return try baseline.map(Baseline.read(from:))
        } catch {
            throw console.fail(error)
        }
    }
}

extension Severity: ExpressibleByArgument {}

extension RunID: ExpressibleByArgument {
    public init?(argument: String) {
        guard let value = Int64(argument), value > 0 else { return nil }
        self.init(rawValue: value)
    }
}

/// The host a `--site` option names, given as a URL or as a host name.
func siteHost(_ site: String) -> String {
    URLComponents(string: site.contains("://") ? site : "//" + site)?.host ?? site
}
