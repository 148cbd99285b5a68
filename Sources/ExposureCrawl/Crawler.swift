import ExposureCore
import ExposureNet

/// Breadth-first, polite crawler over one HTTP engine.
///
/// Gates run in order on every discovered link: scope, depth, seen (dedupe before enqueue),
/// then, when the link's turn comes, budget and robots.txt. Redirects are followed hop by hop,
/// each hop going through the same gates, so a redirect cannot lead the crawl off its sites.
public final class Crawler: Sendable {
    /// Called for every HTML page fetched; returns the absolute URLs found on it to follow.
    public typealias Visitor = @Sendable (FetchedPage) async -> [String]

    private let client: HTTPClient
    private let configuration: CrawlConfiguration
    private let clock: CrawlClock

    public init(client: HTTPClient, configuration: CrawlConfiguration, clock: CrawlClock = .continuous) {
        self.client = client
        self.configuration = configuration
        self.clock = clock
    }

    /// Longest `Crawl-delay` honoured; a larger one would stall an audit for hours.
    static let maximumCrawlDelay: Duration = .seconds(30)

    private enum Outcome: Sendable {
        case page(Frontier.Target, Page, links: [String])
        case redirect(Frontier.Target, Page, location: String)
        case failed(Frontier.Target, Page?, message: String)
        /// Disallowed; with the reason when robots.txt itself could not be had.
        case deniedByRobots(failure: (url: String, message: String)?)
    }

    /// Crawls from the seeds until the frontier is empty, the budget is spent or the task is
    /// cancelled; never throws, so what was found is always returned.
    public func run(visit: @escaping Visitor) async -> CrawlSummary {
        var summary = CrawlSummary(seeds: configuration.seeds)
        var frontier = Frontier()
        let scope = CrawlScope(seeds: configuration.seeds)
        for seed in configuration.seeds { frontier.enqueue(.init(url: seed, depth: 0)) }
        let slots = HostSlots(
            concurrency: configuration.concurrencyPerHost, delay: configuration.delay, clock: clock)
        let robots = RobotsCache(client: client, configuration: configuration)
        // Tasks waiting for a host slot cost nothing, so allow a few hosts' worth in flight.
        let maxInFlight = min(64, max(1, configuration.concurrencyPerHost) * 4)
        var dispatched = 0
        var robotsFailuresReported: Set<String> = []

        await withTaskGroup(of: Outcome.self) { group in
            var inFlight = 0
            while true {
                while inFlight < maxInFlight, !Task.isCancelled, let target = frontier.next() {
                    guard dispatched < configuration.maxPages else {
                        summary.skip(.budget)
                        continue
                    }
                    dispatched += 1
                    inFlight += 1
                    group.addTask { await self.fetch(target, slots: slots, robots: robots, visit: visit) }
                }
                guard inFlight > 0, let outcome = await group.next() else { break }
                inFlight -= 1
                switch outcome {
                case .deniedByRobots(let failure):
                    dispatched -= 1
                    summary.skip(.robots)
                    if let failure, robotsFailuresReported.insert(failure.url).inserted {
                        summary.errors.append(failure)
                    }
                case .page(let target, let page, let links):
                    summary.pagesFetched += 1
                    summary.bytesFetched += page.bytes
                    summary.pages.append(page)
                    for link in links {
                        admit(link, depth: target.depth + 1, scope: scope, into: &frontier, summary: &summary)
                    }
                case .redirect(let target, let page, let location):
                    summary.bytesFetched += page.bytes
                    summary.pages.append(page)
                    follow(location, from: target, scope: scope, into: &frontier, summary: &summary)
                case .failed(let target, let page, let message):
                    if let page {
                        summary.bytesFetched += page.bytes
                        summary.pages.append(page)
                    }
                    summary.fail(target.url, message)
                }
            }
        }
        if Task.isCancelled {
            summary.complete = false
        }
        return summary
    }

    /// Applies the link gates in order: scope, depth, then dedupe on enqueue.
    private func admit(
        _ link: String, depth: Int, scope: CrawlScope, into frontier: inout Frontier,
        summary: inout CrawlSummary
    ) {
        // mailto:, tel:, javascript: and the like are not pages.
        guard let url = CanonicalURL.canonicalize(link) else { return }
        guard scope.contains(url) else { return summary.skip(.offsite) }
        guard depth <= configuration.maxDepth else { return summary.skip(.depth) }
        frontier.enqueue(.init(url: url, depth: depth))
    }

    /// Queues a redirect's target as the next hop, after the same gates as a link.
    private func follow(
        _ location: String, from target: Frontier.Target, scope: CrawlScope,
        into frontier: inout Frontier, summary: inout CrawlSummary
    ) {
        let chain = target.redirectChain + [target.url]
        guard let url = CanonicalURL.resolve(location, against: target.url) else {
            return summary.fail(target.url, "redirects to an unsupported URL: \(location)")
        }
        guard !chain.contains(url) else {
            return summary.fail(target.url, "redirect loop: \((chain + [url]).joined(separator: " -> "))")
        }
        guard chain.count <= configuration.maxRedirects else {
            return summary.fail(chain[0], "more than \(configuration.maxRedirects) redirects")
        }
        guard scope.contains(url) else { return summary.skip(.offsite) }
        frontier.enqueue(.init(url: url, depth: target.depth, redirectChain: chain))
    }

    /// Fetches one target within robots.txt and its server's politeness slot.
    private func fetch(
        _ target: Frontier.Target, slots: HostSlots, robots: RobotsCache, visit: Visitor
    ) async -> Outcome {
        guard let authority = CanonicalURL.authority(of: target.url) else {
            return .failed(target, nil, message: "not a fetchable URL")
        }
        if configuration.obeyRobots {
            let lookup = await robots.lookup(for: target.url)
            guard lookup.policy.isAllowed(CanonicalURL.pathAndQuery(of: target.url)) else {
                return .deniedByRobots(failure: lookup.failure)
            }
            if let crawlDelay = lookup.policy.crawlDelay {
                await slots.setMinimumDelay(min(crawlDelay, Crawler.maximumCrawlDelay), for: authority)
            }
        }
        do {
            try await slots.acquire(authority)
        } catch {
            return .failed(target, nil, message: "cancelled")
        }
        let response: HTTPResponse
        do {
            response = try await client.fetch(configuration.request(for: target.url))
        } catch {
            await slots.release(authority)
            return .failed(target, nil, message: error.message)
        }
        await slots.release(authority)

        let record = Page(
            url: target.url, status: response.status, contentType: response.contentType,
            bytes: response.body.count, depth: target.depth)
        if response.isRedirect, let location = response.location {
            return .redirect(target, record, location: location)
        }
        guard (200..<300).contains(response.status) else {
            return .failed(target, record, message: "HTTP \(response.status)")
        }
        let page = FetchedPage(url: target.url, depth: target.depth, response: response)
        let links = page.isHTML ? await visit(page) : []
        return .page(target, record, links: links)
    }
}
