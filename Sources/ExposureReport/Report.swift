import ExposureCore
import Foundation

/// The audit report, JSON contract v1: fields may be added, never renamed or removed.
public struct Report: Sendable, Codable, Equatable {
    public static let schemaIdentifier = "exposure-audit/report/v1"

    public var schema: String = Report.schemaIdentifier
    public var tool: Tool
    /// The profile the audit judged by, e.g. `vn`; nil in reports written before profiles.
    public var profile: String?
    /// The language of messages and checklist actions.
    public var language: Language
    public var subject: Subject
    public var startedAt: Date
    public var finishedAt: Date
    /// False when the crawl stopped early (interrupted, or nothing could be fetched).
    public var complete: Bool
    public var crawl: Crawl
    public var findings: [Finding]
    public var people: [Person]
    /// Hardening actions, most dangerous first, each citing the advisory it follows.
    public var checklist: [ExposureCore.ChecklistItem]

    public init(
        tool: Tool, profile: String? = nil, language: Language = .en, subject: Subject, startedAt: Date,
        finishedAt: Date, complete: Bool, crawl: Crawl, findings: [Finding], people: [Person],
        checklist: [ExposureCore.ChecklistItem] = []
    ) {
        self.tool = tool
        self.profile = profile
        self.language = language
        self.subject = subject
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.complete = complete
        self.crawl = crawl
        self.findings = findings
        self.people = people
        self.checklist = checklist
    }

    /// The program that wrote the report.
    public struct Tool: Sendable, Codable, Equatable {
        public var name: String
        public var version: String

        public init(name: String = "exposure-audit", version: String) {
            self.name = name
            self.version = version
        }
    }

    /// What the crawl did: seeds, counts, skips by reason, and the errors it met.
    public struct Crawl: Sendable, Codable, Equatable {
        public var seeds: [String]
        public var pagesFetched: Int
        public var pagesFailed: Int
        public var bytesFetched: Int
        /// Links not followed, counted by reason (`robots`, `offsite`, `depth`, `budget`, ...).
        public var skipped: [String: Int]
        public var errors: [CrawlError]
        /// Every URL fetched, with status, type and size.
        public var pages: [Page]
        /// True when the user turned robots.txt off (`--ignore-robots`).
        public var robotsIgnored: Bool

        public init(
            seeds: [String], pagesFetched: Int, pagesFailed: Int, bytesFetched: Int,
            skipped: [String: Int], errors: [CrawlError], pages: [Page], robotsIgnored: Bool = false
        ) {
            self.seeds = seeds
            self.pagesFetched = pagesFetched
            self.pagesFailed = pagesFailed
            self.bytesFetched = bytesFetched
            self.skipped = skipped
            self.errors = errors
            self.pages = pages
            self.robotsIgnored = robotsIgnored
        }
    }

    /// A page that could not be fetched or used, and why.
    public struct CrawlError: Sendable, Codable, Equatable {
        public var url: String
        public var message: String

        public init(url: String, message: String) {
            self.url = url
            self.message = message
        }
    }

    /// A person the audit found, where they appear, and the findings tied to them.
    public struct Person: Sendable, Codable, Equatable {
        public var name: String
        /// Pages naming the person; at most ``Finding/maximumOccurrences``, the first found.
        public var occurrences: [PersonOccurrence]
        /// How many pages name the person in all.
        public var pageCount: Int
        /// Ids of the findings attributed to this person.
        public var findings: [String]

        public init(name: String, occurrences: [PersonOccurrence], pageCount: Int? = nil, findings: [String]) {
            self.name = name
            self.occurrences = occurrences
            self.pageCount = pageCount ?? occurrences.count
            self.findings = findings
        }
    }

    /// A page a person is named on.
    public struct PersonOccurrence: Sendable, Codable, Equatable {
        public var url: String

        public init(url: String) { self.url = url }
    }
}
