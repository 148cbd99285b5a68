import ExposureCore
import ExposureCrawl
import ExposureDetect
import ExposureDocument
import ExposureHTML
import ExposureNet
import ExposureProfile
import ExposureReport
import ExposureStore
import Foundation

/// Runs one audit: crawl -> parse -> detect -> link -> judge -> report.
public struct Auditor: Sendable {
    public let configuration: AuditConfiguration

    public init(configuration: AuditConfiguration) {
        self.configuration = configuration
    }

    /// The program version written into reports and the User-Agent.
    public static var version: String { UserAgent.version }

    /// Audits the configured sites and returns the report.
    ///
    /// Fails only when the input is wrong or not a single page could be fetched; any other
    /// trouble (dead links, broken pages) is recorded in the report's crawl errors.
    /// Cancelling the calling task stops the crawl; the report then holds what was found so
    /// far and is marked incomplete. A `recorder` stores pages in the history as they come and
    /// replays the pages its server says are unchanged (see ``run(history:)``).
    public func run(
        log: @escaping @Sendable (String) -> Void = { _ in },
        progress: (@Sendable (AuditProgress) -> Void)? = nil,
        recorder: AuditRecorder? = nil
    ) async throws(AuditError) -> Report {
        let startedAt = Date()
        var crawlConfiguration = try configuration.crawlConfiguration()
        crawlConfiguration.knownVersions = recorder?.knownVersions ?? [:]
        let profile = try configuration.resolvedProfile()
        let language = configuration.language ?? profile.language
        let client: HTTPClient
        do {
            client = try HTTPClient()
        } catch {
            throw AuditError(.internalFailure, "cannot start the HTTP engine", cause: error)
        }
        defer { client.shutdown() }

        let collector = FindingCollector(profile: profile)
        let analyzer = PageAnalyzer(subject: configuration.subject)
        let crawler = Crawler(client: client, configuration: crawlConfiguration)
        let reportProgress = progress.map { handler in
            { @Sendable (crawl: CrawlProgress) in handler(AuditProgress(crawl)) }
        }
        let media = MediaCollector()
        let visitor = PageVisitor(
            analyzer: analyzer, findings: collector, media: media, readsMedia: configuration.readsMedia,
            documentReader: DocumentReader(), recorder: recorder, log: log)
        let summary = await crawler.run(progress: reportProgress, visit: visitor.visit)

        guard summary.pagesFetched > 0 else { throw Auditor.nothingFetched(summary) }
        await media.deliverPortraits(to: collector)
        let (findings, people) = await collector.result(subjectKey: analyzer.subjectKey, language: language)
        var crawl = Auditor.reportCrawl(summary, obeyRobots: configuration.obeyRobots)
        crawl.errors += await media.errors
        return Report(
            tool: .init(version: Auditor.version), profile: profile.id, language: language,
            subject: configuration.subject, startedAt: startedAt, finishedAt: Date(), complete: summary.complete,
            crawl: crawl, findings: findings, people: people,
            checklist: profile.checklist(for: findings, language: language))
    }

    private static func reportCrawl(_ summary: CrawlSummary, obeyRobots: Bool) -> Report.Crawl {
        var skipped: [String: Int] = [:]
        for reason in SkipReason.allCases { skipped[reason.rawValue] = summary.skipped[reason] ?? 0 }
        return Report.Crawl(
            seeds: summary.seeds, pagesFetched: summary.pagesFetched, pagesFailed: summary.pagesFailed,
            bytesFetched: summary.bytesFetched, skipped: skipped,
            errors: summary.errors.map { Report.CrawlError(url: $0.url, message: $0.message) },
            pages: summary.pages, robotsIgnored: !obeyRobots, pagesNotModified: summary.pagesNotModified)
    }

    /// The one clear line for a crawl that fetched nothing.
    private static func nothingFetched(_ summary: CrawlSummary) -> AuditError {
        if let first = summary.errors.first {
            return AuditError(.unreachable, "could not fetch \(first.url): \(first.message)")
        }
        if (summary.skipped[.robots] ?? 0) > 0 {
            return AuditError(
                .nothingFetched, "robots.txt disallows every seed URL; audit only sites you may crawl")
        }
        return AuditError(.nothingFetched, "no page could be fetched from \(summary.seeds.joined(separator: ", "))")
    }
}
