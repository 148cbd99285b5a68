import ExposureCore
import Foundation
import ExposureCrawl

/// Everything one audit needs: whom to look for, where, and how hard to crawl.
public struct AuditConfiguration: Sendable {
    /// Start URLs as the user typed them; a missing scheme means https.
    public var seeds: [String]
    public var subject: Subject
    public var maxPages = 500
    public var maxDepth = 5
    public var concurrencyPerHost = 2
    public var delay: Duration = .seconds(1)
    public var obeyRobots = true
    public var requestTimeout: Duration = .seconds(30)

    public init(seeds: [String], subject: Subject) {
        self.seeds = seeds
        self.subject = subject
    }

    /// Checks the configuration without running anything: seeds, budgets, politeness.
    public func validate() throws(AuditError) {
        _ = try crawlConfiguration()
    }

    /// The crawl settings, with seeds checked and canonicalised.
    func crawlConfiguration() throws(AuditError) -> CrawlConfiguration {
        guard !seeds.isEmpty else { throw AuditError(.invalidArgument, "give at least one URL to audit") }
        var canonicalSeeds: [String] = []
        for seed in seeds {
            let trimmed = seed.trimmingCharacters(in: .whitespaces)
            guard let url = CanonicalURL.canonicalize(AuditConfiguration.addingDefaultScheme(trimmed)) else {
                throw AuditError(.invalidURL, "not an http or https URL: \(seed)")
            }
            canonicalSeeds.append(url)
        }
        guard maxPages > 0 else { throw AuditError(.invalidArgument, "--max-pages must be at least 1") }
        guard maxDepth >= 0 else { throw AuditError(.invalidArgument, "--max-depth cannot be negative") }
        guard concurrencyPerHost > 0 else { throw AuditError(.invalidArgument, "--concurrency must be at least 1") }
        guard delay >= .zero else { throw AuditError(.invalidArgument, "--delay cannot be negative") }
        var configuration = CrawlConfiguration(seeds: canonicalSeeds)
        configuration.maxPages = maxPages
        configuration.maxDepth = maxDepth
        configuration.concurrencyPerHost = concurrencyPerHost
        configuration.delay = delay
        configuration.obeyRobots = obeyRobots
        configuration.requestTimeout = requestTimeout
        return configuration
    }

    /// `snv.example.gov.vn/x` means https; `mailto:` or `ftp://` keep their scheme (and fail).
    static func addingDefaultScheme(_ seed: String) -> String {
        if seed.contains("://") { return seed }
        if let colon = seed.firstIndex(of: ":") {
            let afterColon = seed[seed.index(after: colon)...]
            // `host:8080/path` is a port, `mailto:x` a scheme.
            if !(afterColon.first?.isNumber ?? false) { return seed }
        }
        return "https://" + seed
    }
}
