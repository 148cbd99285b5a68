import ArgumentParser
import ExposureKit

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
        subcommands: [Scan.self],
        defaultSubcommand: Scan.self)
}
