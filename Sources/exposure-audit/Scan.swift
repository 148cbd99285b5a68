import ArgumentParser
import ExposureCore
import ExposureKit
import ExposureProfile
import ExposureReport
import ExposureStore
import Foundation

/// `exposure-audit scan`: crawl, detect, report.
struct Scan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crawl the given sites and report what they expose.",
        discussion: """
            With --name, audits one person (and --alias spellings); without it, every person \
            found on the site. Pages are fetched politely: robots.txt is obeyed, 2 connections \
            per server, 1 s apart.

            Each audit is recorded in the history (--db, --no-history): `exposure-audit history` \
            lists the runs, `diff` compares them, `accept` accepts a finding as a risk. Pages the \
            server says did not change since the last audit are not fetched again.

            Exit codes:
              0   the audit finished and the report was written
              3   --fail-on: new findings (not accepted) reached that severity
              64  wrong usage: an unknown flag, a bad value, a URL that is not http(s)
              65  the history or the baseline file cannot be used (damaged, not a history,
                  written by a newer exposure-audit)
              69  no page could be fetched (site down, name unknown, robots.txt forbids it)
              70  internal error
              73  the report could not be written to --output
              74  the history could not be opened or written (the report is still written)
              130 interrupted (Ctrl-C): the report of what was found was still written,
                  marked incomplete, and the run recorded as incomplete
            """)

    @Argument(help: "Start URLs: the agency site, a leadership page, a staff directory.")
    var urls: [String]

    @Option(help: "The person to audit, as their name is usually written.")
    var name: String?

    @Option(help: "Another spelling of the name (repeatable), e.g. without diacritics.")
    var alias: [String] = []

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")). Default: from --output's extension, else text.")
    var format: ReportFormat?

    @Option(help: "Audit profile: a bundled name (\(ProfileCatalog.standard().names().joined(separator: ", "))) or a YAML file. Default: \(ProfileCatalog.defaultName).")
    var profile = ProfileCatalog.defaultName

    @Option(name: .customLong("lang"), help: "Report language: vi or en. Default: the profile's.")
    var language: Language?

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

    @Option(help: "Give up on a request after this many seconds.")
    var timeout = 30.0

    @Option(help: "Stop fetching after this many seconds in all.")
    var maxTime: Double?

    @Option(help: "Stop fetching after this many megabytes of pages in all.")
    var maxMegabytes: Double?

    @Option(help: "Another host to crawl besides the start URLs' sites (repeatable).")
    var includeHost: [String] = []

    @Option(help: "A path prefix never to fetch, e.g. /tim-kiem (repeatable).")
    var excludePath: [String] = []

    @Option(help: "Fetch and read at most this many documents (PDF, Word, Excel).")
    var maxDocuments = 100

    @Option(help: "Fetch at most this many images (their first 256 KiB: size and metadata).")
    var maxImages = 300

    @Flag(help: "Fetch no documents or images: no portraits, no file metadata, no document text.")
    var noMedia = false

    @Flag(help: "Fetch pages robots.txt forbids. Only for servers you run yourself.")
    var ignoreRobots = false

    @Flag(name: .shortAndLong, help: "Log every page fetched to standard error.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors (and the report when it goes to standard output).")
    var quiet = false

    @OptionGroup(title: "History")
    var history: ScanHistoryOptions

    func validate() throws {
        if alias.contains(where: { !$0.isEmpty }) && name == nil {
            throw ValidationError("--alias needs --name")
        }
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--name cannot be empty")
        }
        if !delay.isFinite || delay < 0 { throw ValidationError("--delay must be 0 or more seconds") }
        if !timeout.isFinite || timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds") }
        if let maxTime, !maxTime.isFinite || maxTime <= 0 { throw ValidationError("--max-time must be more than 0 seconds") }
        if maxDocuments < 0 { throw ValidationError("--max-documents cannot be negative") }
        if maxImages < 0 { throw ValidationError("--max-images cannot be negative") }
        if let maxMegabytes, !maxMegabytes.isFinite || maxMegabytes <= 0 {
            throw ValidationError("--max-megabytes must be more than 0")
        }
        if output != nil && history.reportDir != nil { throw ValidationError("give --output or --report-dir, not both") }
        if history.notifyCommand != nil && output == nil && history.reportDir == nil {
            throw ValidationError("--notify-command needs the report in a file: --output or --report-dir")
        }
    }

    func run() async throws {
        var configuration = AuditConfiguration(
            seeds: urls, subject: Subject(name: name, aliases: alias.filter { !$0.isEmpty }))
        configuration.maxPages = maxPages
        configuration.maxDepth = maxDepth
        configuration.concurrencyPerHost = concurrency
        configuration.delay = Scan.duration(seconds: delay)
        configuration.requestTimeout = Scan.duration(seconds: timeout)
        configuration.maxDuration = maxTime.map(Scan.duration(seconds:))
        configuration.maxBytes = maxMegabytes.map { Int($0 * 1024 * 1024) }
        configuration.includeHosts = includeHost
        configuration.excludePaths = excludePath
        configuration.obeyRobots = !ignoreRobots
        configuration.language = language
        configuration.readsMedia = !noMedia
        configuration.maxDocuments = maxDocuments
        configuration.maxImages = maxImages

        let console = Console(verbose: verbose, quiet: quiet)
        do {
            configuration.profile = try ProfileCatalog.standard().load(profile)
        } catch {
            throw console.fail(AuditError(.invalidArgument, error.description))
        }
        do {
            try configuration.validate()
        } catch {
            throw console.fail(error)
        }
        if ignoreRobots {
            console.warn("WARNING: robots.txt is IGNORED (--ignore-robots): use this only on servers you run yourself")
        }
        let store = try await history.openStore(console)
        let baseline = try history.baselineFile.read(console)
        console.status("Auditing \(name ?? "every person") on \(urls.joined(separator: ", "))")
        let progressLine = quiet || verbose ? nil : ProgressLine()
        let audit = Task { [configuration, history] in
            try await Auditor(configuration: configuration).run(
                history: store, baseline: baseline, conditional: !history.refetch, log: console.detail,
                progress: progressLine?.update)
        }
        let interrupts = Interrupts { audit.cancel() }
        let result = await audit.result
        progressLine?.finish()
        let outcome: AuditOutcome
        do {
            outcome = try result.get()
        } catch {
            throw console.fail(error)
        }
        let report = outcome.report

        let chosenFormat =
            format ?? output.flatMap(ReportFormat.init(path:))
            ?? (history.reportDir != nil ? .json : .text)
        let output = try output ?? history.datedReportPath(format: chosenFormat, startedAt: report.startedAt, console: console)
        // The report is delivered first; an interruption, the history or the gate then speak
        // through the exit status.
        let finish = { () throws in
            let concluded = history.conclude(outcome, reportPath: output, console: console)
            if let exitStatus = interrupts.wereReceived ? ExitCode(130) : concluded { throw exitStatus }
        }
        guard let output else {
            do {
                try chosenFormat.write(report, colored: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil) { FileHandle.standardOutput.write($0) }
            } catch {
                throw console.fail(AuditError(.internalFailure, "cannot render the report", cause: error))
            }
            return try finish()
        }
        do {
            // Written as it is rendered: a large report is never held in memory whole.
            try ReportFile.write(to: output) { sink in try chosenFormat.write(report, to: sink) }
        } catch {
            throw console.fail(AuditError(.outputFailed, "cannot write the report to \(output)", cause: error))
        }
        if !quiet {
            if chosenFormat != .text { FileHandle.standardOutput.write(try ReportFormat.text.render(report)) }
            console.status("Report written to \(output)")
        }
        try finish()
    }

    private static func duration(seconds: Double) -> Duration {
        .milliseconds(Int((seconds * 1000).rounded()))
    }
}

extension ReportFormat: ExpressibleByArgument { public static var allValueStrings: [String] { [] } }  // --format's help names them; a usage error stays one line
extension Language: ExpressibleByArgument {}
