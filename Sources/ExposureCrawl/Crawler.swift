import ExposureCore
import ExposureHTML
import ExposureNet

/// Breadth-first, polite crawler over one HTTP engine.
///
/// Gates run in order on every discovered link: scope, exclusions, depth, seen (dedupe before
/// enqueue) and traps; then, when the link's turn comes, budget, failed hosts and robots.txt.
/// Redirects are followed hop by hop, each hop through the same gates, so a redirect cannot
/// lead the crawl off its sites. Transient failures are retried with backoff, `Retry-After` is
/// honoured, and a server that keeps failing is given up.
public final class Crawler: Sendable {
    /// Called for every HTML page, document and image fetched; returns the absolute URLs found
    /// on it to fetch next, each with what to fetch it as.
    public typealias Visitor = @Sendable (FetchedPage) async -> [CrawlLink]
    /// Called after every request with the crawl's figures so far.
    public typealias ProgressHandler = @Sendable (CrawlProgress) -> Void

    private let client: HTTPClient
    private let configuration: CrawlConfiguration
    private let clock: CrawlClock
    private let scope: CrawlScope

    public init(client: HTTPClient, configuration: CrawlConfiguration, clock: CrawlClock = .continuous) {
        self.client = client
        self.configuration = configuration
        self.clock = clock
        self.scope = CrawlScope(
            seeds: configuration.seeds, includeHosts: configuration.includeHosts,
            excludePaths: configuration.excludePaths)
    }

    /// Longest `Crawl-delay` honoured; a larger one would stall an audit for hours.
    static let maximumCrawlDelay: Duration = .seconds(30)
    /// Sitemaps may be larger than pages: 50,000 URLs of XML.
    static let maximumSitemapBytes = 50 * 1024 * 1024
    /// Sitemap indexes nest at most this deep.
    static let maximumSitemapDepth = 3

    private enum Outcome: Sendable {
        case page(Frontier.Target, Page, links: [CrawlLink])
        case sitemap(Frontier.Target, Page, Sitemap)
        case redirect(Frontier.Target, Page, location: String)
        /// A failure; `serverFault` ones (no answer, 5xx) count towards giving the server up.
        case failed(Frontier.Target, Page?, message: String, serverFault: Bool)
        /// A guessed sitemap that is not there.
        case absent(Page?)
        /// Disallowed; with the reason when robots.txt itself could not be had.
        case deniedByRobots(Frontier.Target, failure: (url: String, message: String)?)
        case cancelled(Frontier.Target)
    }

    /// The crawl's bookkeeping, owned by the dispatch loop alone.
    private struct State {
        var summary: CrawlSummary
        var frontier = Frontier()
        var traps: TrapGuard
        var dispatched = 0
        var inFlight = 0
        var consecutiveFailures: [String: Int] = [:]
        var failedHosts: Set<String> = []
        var reportedRobotsFailures: Set<String> = []
        /// Links as written on pages that already went through the gates.
        var decidedLinks: Set<URLFingerprint> = []
        /// Documents and images queued, against their caps.
        var mediaQueued: [CrawlLink.Kind: Int] = [:]
    }

    /// Crawls from the seeds until the frontier is empty, a budget is spent or the task is
    /// cancelled; never throws, so what was found is always returned.
    public func run(progress: ProgressHandler? = nil, visit: @escaping Visitor) async -> CrawlSummary {
        let started = clock.now()
        var state = State(
            summary: CrawlSummary(seeds: configuration.seeds),
            traps: TrapGuard(
                maxURLLength: configuration.maxURLLength, maxPagesPerPattern: configuration.maxPagesPerPattern))
        let slots = HostSlots(
            concurrency: configuration.concurrencyPerHost, delay: configuration.delay, clock: clock)
        let robots = RobotsCache(client: client, configuration: configuration, scope: scope)
        for seed in configuration.seeds { state.frontier.enqueue(.init(url: seed, depth: 0)) }
        if configuration.readSitemaps { await enqueueSitemaps(robots: robots, into: &state) }
        // Tasks waiting for a host slot cost nothing, so allow a few hosts' worth in flight.
        let maxInFlight = min(64, max(1, configuration.concurrencyPerHost) * 4)

        await withTaskGroup(of: Outcome.self) { group in
            while true {
                if Task.isCancelled {
                    state.summary.complete = false
                    _ = state.frontier.drain()
                } else if budgetSpent(state, elapsed: clock.now() - started) {
                    state.summary.skip(.budget, count: state.frontier.drain())
                }
                while state.inFlight < maxInFlight, let target = state.frontier.next() {
                    guard let authority = CanonicalURL.authority(of: target.url),
                        !state.failedHosts.contains(authority)
                    else {
                        state.summary.skip(.hostFailed)
                        continue
                    }
                    if !target.isMedia { state.dispatched += 1 }
                    state.inFlight += 1
                    group.addTask {
                        await self.fetch(target, authority: authority, slots: slots, robots: robots, visit: visit)
                    }
                    if budgetSpent(state, elapsed: clock.now() - started) { break }
                }
                guard state.inFlight > 0, let outcome = await group.next() else { break }
                state.inFlight -= 1
                record(outcome, into: &state)
                progress?(
                    CrawlProgress(
                        fetched: state.summary.pagesFetched, failed: state.summary.pagesFailed,
                        queued: state.frontier.count, inFlight: state.inFlight, bytes: state.summary.bytesFetched,
                        elapsed: clock.now() - started))
            }
        }
        if Task.isCancelled { state.summary.complete = false }
        return state.summary
    }

    private func budgetSpent(_ state: State, elapsed: Duration) -> Bool {
        if state.dispatched >= configuration.maxPages { return true }
        if let maxBytes = configuration.maxBytes, state.summary.bytesFetched >= maxBytes { return true }
        if let maxDuration = configuration.maxDuration, elapsed >= maxDuration { return true }
        return false
    }

    /// Queues the sitemaps robots.txt announces for each seed's origin, else `/sitemap.xml`.
    private func enqueueSitemaps(robots: RobotsCache, into state: inout State) async {
        var origins: [String] = []
        for seed in configuration.seeds {
            guard let origin = CanonicalURL.origin(of: seed), !origins.contains(origin) else { continue }
            origins.append(origin)
            let announced = configuration.obeyRobots ? await robots.lookup(for: seed).policy.sitemaps : []
            let inScope = announced.compactMap(CanonicalURL.canonicalize).filter(scope.contains)
            for sitemap in inScope { state.frontier.enqueue(.init(url: sitemap, depth: 0, kind: .sitemap)) }
            if inScope.isEmpty {
                state.frontier.enqueue(.init(url: origin + "/sitemap.xml", depth: 0, kind: .guessedSitemap))
            }
        }
    }

    private func record(_ outcome: Outcome, into state: inout State) {
        switch outcome {
        case .cancelled(let target):
            if !target.isMedia { state.dispatched -= 1 }
        case .deniedByRobots(let target, let failure):
            if !target.isMedia { state.dispatched -= 1 }
            state.summary.skip(.robots)
            if let failure, state.reportedRobotsFailures.insert(failure.url).inserted {
                state.summary.errors.append(failure)
            }
        case .page(let target, let page, let links):
            noteSuccess(target, in: &state)
            if target.isMedia { state.summary.mediaFetched += 1 } else { state.summary.pagesFetched += 1 }
            add(page, to: &state.summary)
            for link in links { admit(link, depth: target.depth + 1, into: &state) }
        case .sitemap(let target, let page, let sitemap):
            noteSuccess(target, in: &state)
            add(page, to: &state.summary)
            for page in sitemap.pages { admit(CrawlLink(page), depth: 1, into: &state) }
            for child in sitemap.sitemaps where target.depth < Crawler.maximumSitemapDepth {
                guard let url = CanonicalURL.canonicalize(child), scope.contains(url) else { continue }
                state.frontier.enqueue(.init(url: url, depth: target.depth + 1, kind: .sitemap))
            }
        case .redirect(let target, let page, let location):
            noteSuccess(target, in: &state)
            add(page, to: &state.summary)
            follow(location, from: target, into: &state)
        case .absent(let page):
            if let page { add(page, to: &state.summary) }
        case .failed(let target, let page, let message, let serverFault):
            if let page { add(page, to: &state.summary) }
            state.summary.fail(target.url, message)
            guard let authority = CanonicalURL.authority(of: target.url) else { return }
            guard serverFault else { return noteSuccess(target, in: &state) }
            state.consecutiveFailures[authority, default: 0] += 1
            if state.consecutiveFailures[authority]! >= configuration.hostFailureLimit,
                state.failedHosts.insert(authority).inserted
            {
                state.summary.errors.append(
                    (
                        CanonicalURL.origin(of: target.url) ?? authority,
                        "gave up on this server after \(configuration.hostFailureLimit) failed pages in a row"
                    ))
            }
        }
    }

    private func add(_ page: Page, to summary: inout CrawlSummary) {
        summary.bytesFetched += page.bytes
        if page.status == 304 { summary.pagesNotModified += 1 }
        summary.pages.append(page)
    }

    /// Any answer from a server, even a 404, shows it is up.
    private func noteSuccess(_ target: Frontier.Target, in state: inout State) {
        if let authority = CanonicalURL.authority(of: target.url) { state.consecutiveFailures[authority] = 0 }
    }

    /// Applies the link gates in order: scope, exclusions, depth, seen, traps, then the
    /// media caps.
    ///
    /// A link decided once is not decided again: menus repeat the same links on every page, and
    /// canonicalising each copy would cost more than fetching the page. Only a depth verdict is
    /// not final, as the same link may turn up nearer a seed later. Documents and images are
    /// parts of the page that shows them, so link depth does not apply to them.
    private func admit(_ link: CrawlLink, depth: Int, into state: inout State) {
        let decision = URLFingerprint(link.url, wholeImage: link.kind == .wholeImage)
        guard state.decidedLinks.insert(decision).inserted else { return }
        // mailto:, tel:, javascript: and the like are not pages.
        guard let url = CanonicalURL.canonicalize(link.url) else { return }
        guard scope.contains(url) else { return state.summary.skip(.offsite) }
        guard !scope.excludes(url) else { return state.summary.skip(.excluded) }
        guard link.kind.isMedia || depth <= configuration.maxDepth else {
            state.decidedLinks.remove(decision)
            return state.summary.skip(.depth)
        }
        let target = Frontier.Target(url: url, depth: depth, kind: link.kind.isMedia ? .media(link.kind) : .page)
        guard !state.frontier.hasSeen(target.seenKey) else { return }
        if let trap = state.traps.check(url) { return state.summary.skip(trap) }
        if link.kind.isMedia {
            let capGroup: CrawlLink.Kind = link.kind == .wholeImage ? .image : link.kind
            guard state.mediaQueued[capGroup, default: 0] < configuration.mediaCap(link.kind) else {
                return state.summary.skip(.mediaBudget)
            }
            state.mediaQueued[capGroup, default: 0] += 1
        }
        state.frontier.enqueue(target)
    }

    /// Queues a redirect's target as the next hop, after the same gates as a link.
    private func follow(_ location: String, from target: Frontier.Target, into state: inout State) {
        let chain = target.redirectChain + [target.url]
        guard let url = CanonicalURL.resolve(location, against: target.url) else {
            return state.summary.fail(target.url, "redirects to an unsupported URL: \(location)")
        }
        guard !chain.contains(url) else {
            return state.summary.fail(target.url, "redirect loop: \((chain + [url]).joined(separator: " -> "))")
        }
        guard chain.count <= configuration.maxRedirects else {
            return state.summary.fail(chain[0], "more than \(configuration.maxRedirects) redirects")
        }
        guard scope.contains(url) else { return state.summary.skip(.offsite) }
        guard !scope.excludes(url) else { return state.summary.skip(.excluded) }
        if let trap = state.traps.check(url) { return state.summary.skip(trap) }
        state.frontier.enqueue(.init(url: url, depth: target.depth, kind: target.kind, redirectChain: chain))
    }

    /// Fetches one target within robots.txt, its server's politeness slot and the retry policy.
    private func fetch(
        _ target: Frontier.Target, authority: String, slots: HostSlots, robots: RobotsCache, visit: Visitor
    ) async -> Outcome {
        if configuration.obeyRobots {
            let lookup = await robots.lookup(for: target.url)
            guard lookup.policy.isAllowed(CanonicalURL.pathAndQuery(of: target.url)) else {
                return .deniedByRobots(target, failure: lookup.failure)
            }
            if let crawlDelay = lookup.policy.crawlDelay {
                await slots.setMinimumDelay(min(crawlDelay, Crawler.maximumCrawlDelay), for: authority)
            }
        }
        let request = configuration.request(
            for: target, allowsInternalAddresses: scope.allowsInternalAddresses(target.url))

        var attempt = 0
        while true {
            do {
                try await slots.acquire(authority)
            } catch {
                return .cancelled(target)
            }
            let result: Result<HTTPResponse, NetError>
            do {
                result = .success(try await client.fetch(request))
            } catch {
                result = .failure(error)
            }
            await slots.release(authority)

            switch result {
            case .failure(let error):
                if error.code == .cancelled || Task.isCancelled { return .cancelled(target) }
                if target.kind == .guessedSitemap { return .absent(nil) }
                if RetryPolicy.isTransient(error), attempt < configuration.maxRetries {
                    attempt += 1
                    guard await pause(backoff(attempt)) else { return .cancelled(target) }
                    continue
                }
                let tries = attempt > 0 ? " (after \(attempt + 1) attempts)" : ""
                return .failed(target, nil, message: error.message + tries, serverFault: true)
            case .success(let response):
                let record = Page(
                    url: target.url, status: response.status, contentType: response.contentType,
                    bytes: response.body.count, depth: target.depth)
                if RetryPolicy.isTransient(status: response.status) {
                    let asked = RetryPolicy.retryAfter(response.header("Retry-After"))
                    if let asked, asked > configuration.maxRetryAfter {
                        return .failed(
                            target, record,
                            message: "HTTP \(response.status): the server asks to wait \(asked.components.seconds) s, longer than \(configuration.maxRetryAfter.components.seconds) s",
                            serverFault: true)
                    }
                    if let asked { await slots.pause(authority, for: asked) }
                    if attempt < configuration.maxRetries {
                        attempt += 1
                        if asked == nil { guard await pause(backoff(attempt)) else { return .cancelled(target) } }
                        continue
                    }
                    let tries = attempt > 0 ? " (after \(attempt + 1) attempts)" : ""
                    return .failed(target, record, message: "HTTP \(response.status)\(tries)", serverFault: true)
                }
                return await interpret(response, record: record, target: target, visit: visit)
            }
        }
    }

    /// Turns a final (non-retried) response into an outcome.
    private func interpret(
        _ response: HTTPResponse, record: Page, target: Frontier.Target, visit: Visitor
    ) async -> Outcome {
        if response.isRedirect, let location = response.location {
            return .redirect(target, record, location: location)
        }
        let unchanged = response.status == 304 && configuration.knownVersions[target.url] != nil
        guard (200..<300).contains(response.status) || unchanged else {
            // A missing image is the page's flaw, not the audit's; a guessed original often is.
            if target.kind == .guessedSitemap || target.kind == .media(.image) { return .absent(record) }
            return .failed(target, record, message: "HTTP \(response.status)", serverFault: false)
        }
        switch target.kind {
        case .page:
            let page = FetchedPage(url: target.url, depth: target.depth, response: response)
            // Only pages visited before are asked for conditionally, so a 304 is an HTML page.
            let links = page.isHTML || page.isDocument || unchanged ? await visit(page) : []
            return .page(target, record, links: links)
        case .media(let kind):
            let links = await visit(FetchedPage(url: target.url, depth: target.depth, response: response, kind: kind))
            return .page(target, record, links: links)
        case .sitemap, .guessedSitemap:
            var body = response.body
            if Gzip.isCompressed(body) {
                do {
                    body = try Gzip.decompress(body, limit: Crawler.maximumSitemapBytes)
                } catch {
                    return .failed(target, record, message: "sitemap: \(error)", serverFault: false)
                }
            }
            return .sitemap(target, record, Sitemap.parse(body))
        }
    }

    private func backoff(_ attempt: Int) -> Duration {
        RetryPolicy.backoff(attempt: attempt - 1, base: configuration.retryBaseDelay, jitter: Double.random(in: 0.5...1.5))
    }

    /// Sleeps on the crawl's clock; false when the task was cancelled meanwhile.
    private func pause(_ duration: Duration) async -> Bool {
        do {
            try await clock.sleep(duration)
            return true
        } catch {
            return false
        }
    }
}
