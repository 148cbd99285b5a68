import ExposureCore
import ExposureCrawl
import ExposureReport
import ExposureStore
import Foundation
import Synchronization

/// Records one audit in the history while it runs: the run is stored before the crawl starts,
/// analysed pages in batches as they come (so a killed process loses at most one batch and
/// leaves its run incomplete), findings and figures when it ends.
///
/// It also makes re-audits cheap: pages an earlier run of the same audit analysed are asked
/// for conditionally, and a page the server says is unchanged (304) is replayed from what that
/// run stored, links included, so the crawl goes on past it.
///
/// A history failure never stops the audit: the first one is kept in ``failure``, later
/// writes are skipped, and the caller reports it once the report is delivered.
public final class AuditRecorder: Sendable {
    public let store: HistoryStore
    public let run: RunID
    /// Versions of pages whose analysis the history holds, for conditional requests.
    let knownVersions: [String: PageVersion]
    /// The run that analysed each of those pages.
    private let analysedIn: [String: RunID]
    private let pending = Mutex<[PageRecord]>([])
    private let firstFailure = Mutex<StoreError?>(nil)

    /// Pages written per transaction: few enough to lose little to a kill, many enough that
    /// writing costs the crawl nothing noticeable.
    static let batchSize = 50

    /// Begins a run of `configuration`'s audit in `store`; with `conditional`, loads the
    /// validators of pages the history can replay.
    public static func begin(
        _ configuration: AuditConfiguration, in store: HistoryStore, conditional: Bool = true
    ) async throws -> AuditRecorder {
        let seeds = try configuration.crawlConfiguration().seeds
        let validators =
            conditional
            ? try await store.replayableValidators(
                subject: configuration.subject, seeds: seeds, toolVersion: Auditor.version) : [:]
        let run = try await store.beginRun(
            subject: configuration.subject, seeds: seeds, configuration: RecordedSettings(configuration),
            toolVersion: Auditor.version)
        return AuditRecorder(store: store, run: run, validators: validators)
    }

    private init(store: HistoryStore, run: RunID, validators: [String: PageValidator]) {
        self.store = store
        self.run = run
        knownVersions = validators.mapValues { PageVersion(etag: $0.etag, lastModified: $0.lastModified) }
        analysedIn = validators.compactMapValues(\.lastSeenRun)
    }

    /// The first history failure met, if any.
    public var failure: StoreError? { firstFailure.withLock { $0 } }

    /// Queues an analysed page, writing the queue when a batch is full.
    func record(_ page: FetchedPage, _ findings: PageFindings) async {
        await enqueue(
            PageRecord(
                page: Self.page(page), etag: page.response.header("ETag"),
                lastModified: page.response.header("Last-Modified"), content: .analysed(findings)))
    }

    /// What an unchanged page yielded when it was last analysed, queued as this run's too;
    /// nothing (and a noted failure) when the history cannot give it.
    func replay(_ page: FetchedPage) async -> PageFindings {
        guard let earlier = analysedIn[page.url] else { return PageFindings(items: [], mentions: [], links: []) }
        var stored: PageFindings?
        do {
            stored = try await store.pageFindings(url: page.url, analysedIn: earlier)
            if stored == nil {
                note(StoreError(.database, "The history lost the analysis of \(page.url); its findings are missing from this run"))
            }
        } catch {
            note(error)
        }
        // A 304 may repeat the validators or leave them out (RFC 9110 15.4.5).
        let known = knownVersions[page.url]
        await enqueue(
            PageRecord(
                page: Self.page(page), etag: page.response.header("ETag") ?? known?.etag,
                lastModified: page.response.header("Last-Modified") ?? known?.lastModified,
                content: .unchangedSince(earlier)))
        return stored ?? PageFindings(items: [], mentions: [], links: [])
    }

    /// Stores the rest of the run: the pages still queued, every page the crawl touched, the
    /// findings, then the figures, marking the run complete when the report is.
    public func finish(with report: Report) async {
        await write(pending.withLock { batch in
            defer { batch.removeAll() }
            return batch
        })
        await attempt { try await store.record(pages: report.crawl.pages, in: run) }
        await attempt { try await store.record(findings: report.findings, in: run) }
        await attempt {
            try await store.finishRun(
                run, complete: report.complete,
                crawl: CrawlFigures(
                    pagesFetched: report.crawl.pagesFetched, pagesFailed: report.crawl.pagesFailed,
                    bytesFetched: report.crawl.bytesFetched, skipped: report.crawl.skipped),
                finishedAt: report.finishedAt)
        }
    }

    /// Closes a run whose audit failed before it had a report, incomplete.
    public func abandon() async {
        await attempt {
            try await store.finishRun(
                run, complete: false, crawl: CrawlFigures(pagesFetched: 0, pagesFailed: 0, bytesFetched: 0, skipped: [:]))
        }
    }

    private func enqueue(_ record: PageRecord) async {
        let batch = pending.withLock { pending -> [PageRecord]? in
            pending.append(record)
            guard pending.count >= Self.batchSize else { return nil }
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
        if let batch { await write(batch) }
    }

    private func write(_ batch: [PageRecord]) async {
        guard !batch.isEmpty else { return }
        await attempt { try await store.record(analysedPages: batch, in: run) }
    }

    /// Runs a history write unless one failed before; notes its failure.
    private func attempt(_ write: () async throws -> Void) async {
        guard failure == nil else { return }
        do {
            try await write()
        } catch {
            note(error)
        }
    }

    private func note(_ error: any Error) {
        let storeError = error as? StoreError ?? StoreError(.database, "Could not write the history", cause: error)
        firstFailure.withLock { first in if first == nil { first = storeError } }
    }

    private static func page(_ page: FetchedPage) -> Page {
        Page(
            url: page.url, status: page.response.status, contentType: page.response.contentType,
            bytes: page.response.body.count, depth: page.depth)
    }
}

/// The settings of an audit as its run records them, to tell later what a run was asked to do.
private struct RecordedSettings: Encodable, Sendable {
    var maxPages: Int
    var maxDepth: Int
    var concurrencyPerHost: Int
    var delaySeconds: Double
    var obeyRobots: Bool
    var includeHosts: [String]
    var excludePaths: [String]
    var maxBytes: Int?
    var maxSeconds: Double?

    init(_ configuration: AuditConfiguration) {
        maxPages = configuration.maxPages
        maxDepth = configuration.maxDepth
        concurrencyPerHost = configuration.concurrencyPerHost
        delaySeconds = Self.seconds(configuration.delay)
        obeyRobots = configuration.obeyRobots
        includeHosts = configuration.includeHosts
        excludePaths = configuration.excludePaths
        maxBytes = configuration.maxBytes
        maxSeconds = configuration.maxDuration.map(Self.seconds)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
