import ArgumentParser
import ExposureKit
import Foundation

@main
struct ExposureAudit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exposure-audit",
        abstract: "Audit the public pages of an agency for personal details scammers harvest.",
        discussion: """
            Finds officials' personal mobiles, emails and other details on agency websites, ties \
            each to the person it belongs to, and says how exposed each person is.
            """,
        version: Auditor.version,
        subcommands: [Scan.self, Profiles.self, History.self, Diff.self, Accept.self, Schedule.self],
        defaultSubcommand: Scan.self)

    /// Runs the command; a usage error is one line on standard error, not the whole usage text.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version arrive as errors that ask for text on standard output.
                let text = fullMessage(for: error)
                if !text.isEmpty { print(text) }
                Foundation.exit(0)
            }
            let message = message(for: error)
            if !message.isEmpty {
                let hint = code == .validationFailure ? " (see 'exposure-audit help scan')" : ""
                FileHandle.standardError.write(Data("exposure-audit: error: \(message)\(hint)\n".utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
