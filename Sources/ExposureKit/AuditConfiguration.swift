import ExposureCore
import ExposureCrawl
import ExposureProfile
import Foundation

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
    /// Further hosts in scope besides the seeds' sites.
    public var includeHosts: [String] = []
    /// Path prefixes never fetched.
    public var excludePaths: [String] = []
    /// Body bytes fetched at most; nil for no limit.
    public var maxBytes: Int?
    /// Crawl time at most; nil for no limit.
    public var maxDuration: Duration?
    /// Retries of a transient failure, and the first retry's wait.
    public var maxRetries = 2
    public var retryBaseDelay: Duration = .seconds(1)
    /// How findings are judged and which checklist is written; nil for the bundled default.
    public var profile: Profile?
    /// The report's language; nil for the profile's own.
    public var language: Language?
    /// Whether documents and images are fetched and read: portraits, image and document
    /// metadata, and the text of PDF and Office files.
    public var readsMedia = true
    /// Documents and images fetched at most.
    public var maxDocuments = 100
    public var maxImages = 300

    public init(seeds: [String], subject: Subject) {
        self.seeds = seeds
        self.subject = subject
    }

    /// Checks the configuration without running anything: seeds, budgets, politeness.
    public func validate() throws(AuditError) {
        _ = try crawlConfiguration()
    }

    /// The profile to judge by: the one given, else the bundled default.
    func resolvedProfile() throws(AuditError) -> Profile {
        if let profile { return profile }
        do {
            return try ProfileCatalog.standard().load()
        } catch {
            throw AuditError(.invalidArgument, "cannot load the default profile: \(error)", cause: error)
        }
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
        guard requestTimeout > .zero else { throw AuditError(.invalidArgument, "--timeout must be positive") }
        if let maxBytes, maxBytes <= 0 { throw AuditError(.invalidArgument, "--max-bytes must be positive") }
        if let maxDuration, maxDuration <= .zero { throw AuditError(.invalidArgument, "--max-time must be positive") }
        guard maxDocuments >= 0 else { throw AuditError(.invalidArgument, "--max-documents cannot be negative") }
        guard maxImages >= 0 else { throw AuditError(.invalidArgument, "--max-images cannot be negative") }
        var configuration = CrawlConfiguration(seeds: canonicalSeeds)
        configuration.maxPages = maxPages
        configuration.maxDepth = maxDepth
        configuration.concurrencyPerHost = concurrencyPerHost
        configuration.delay = delay
        configuration.obeyRobots = obeyRobots
        configuration.requestTimeout = requestTimeout
        configuration.includeHosts = includeHosts
        configuration.excludePaths = excludePaths
        configuration.maxBytes = maxBytes
        configuration.maxDuration = maxDuration
        configuration.maxRetries = maxRetries
        configuration.retryBaseDelay = retryBaseDelay
        configuration.maxDocuments = readsMedia ? maxDocuments : 0
        configuration.maxImages = readsMedia ? maxImages : 0
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
