import ArgumentParser
import ExposureCore
import ExposureKit
import ExposureReport
import Foundation

/// `exposure-audit scan`: crawl, detect, report.
struct Scan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crawl the given sites and report what they expose.",
        discussion: """
            With --name, audits one person (and --alias spellings); without it, every person \
            found on the site. Pages are fetched politely: robots.txt is obeyed, 2 connections \
            per server, 1 s apart.

            Exit codes:
              0   the audit finished and the report was written
              64  wrong usage: an unknown flag, a bad value, a URL that is not http(s)
              69  no page could be fetched (site down, name unknown, robots.txt forbids it)
              70  internal error
              73  the report could not be written to --output
            """)

    @Argument(help: "Start URLs: the agency site, a leadership page, a staff directory.")
    var urls: [String]

    @Option(help: "The person to audit, as their name is usually written.")
    var name: String?

    @Option(help: "Another spelling of the name (repeatable), e.g. without diacritics.")
    var alias: [String] = []

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")). Default: from --output's extension, else text.")
    var format: ReportFormat?

    @Option(name: [.short, .long], help: "Write the report here (readable only by you) instead of standard output.")
    var output: String?

    @Option(help: "Fetch at most this many pages.")
    var maxPages = 500

    @Option(help: "Follow links at most this many steps from a start URL.")
    var maxDepth = 5

    @Option(help: "Connections per server at once.")
    var concurrency = 2

    @Option(help: "Seconds between requests to one server (jittered); 0 for your own servers.")
    var delay = 1.0

    @Flag(name: .shortAndLong, help: "Log every page fetched to standard error.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors (and the report when it goes to standard output).")
    var quiet = false

    func validate() throws {
        if alias.contains(where: { !$0.isEmpty }) && name == nil {
            throw ValidationError("--alias needs --name")
        }
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--name cannot be empty")
        }
        if !delay.isFinite || delay < 0 { throw ValidationError("--delay must be 0 or more seconds") }
    }

    func run() async throws {
        var configuration = AuditConfiguration(
            seeds: urls, subject: Subject(name: name, aliases: alias.filter { !$0.isEmpty }))
        configuration.maxPages = maxPages
        configuration.maxDepth = maxDepth
        configuration.concurrencyPerHost = concurrency
        configuration.delay = .milliseconds(Int((delay * 1000).rounded()))

        let console = Console(verbose: verbose, quiet: quiet)
        do {
            try configuration.validate()
        } catch {
            throw console.fail(error)
        }
        console.status("Auditing \(name ?? "every person") on \(urls.joined(separator: ", "))")
        let report: Report
        do {
            report = try await Auditor(configuration: configuration).run(log: console.detail)
        } catch {
            throw console.fail(error)
        }

        let chosenFormat = format ?? output.flatMap { ReportFormat(pathExtension: URL(fileURLWithPath: $0).pathExtension) } ?? .text
        let data: Data
        do {
            data = try chosenFormat.render(report)
        } catch {
            throw console.fail(AuditError(.internalFailure, "cannot render the report", cause: error))
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try ReportFile.write(data, to: output)
        } catch {
            throw console.fail(AuditError(.outputFailed, "cannot write the report to \(output)", cause: error))
        }
        if !quiet {
            if chosenFormat != .text { FileHandle.standardOutput.write(try ReportFormat.text.render(report)) }
            console.status("Report written to \(output)")
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
