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
    /// Findings the team accepted to leave published (`exposure-audit accept`, a baseline
    /// file): they stay in `findings`, are listed apart, and the checklist skips them.
    public var accepted: [AcceptedRisk]
    /// Hardening actions, most dangerous first, each citing the advisory it follows.
    public var checklist: [ExposureCore.ChecklistItem]

    public init(
        tool: Tool, profile: String? = nil, language: Language = .en, subject: Subject, startedAt: Date,
        finishedAt: Date, complete: Bool, crawl: Crawl, findings: [Finding], people: [Person],
        accepted: [AcceptedRisk] = [], checklist: [ExposureCore.ChecklistItem] = []
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
        self.accepted = accepted
        self.checklist = checklist
    }

    /// The ids of the accepted findings.
    public var acceptedIDs: Set<String> { Set(accepted.map(\.id)) }

    /// A finding accepted as a risk: which, why, and until when.
    public struct AcceptedRisk: Sendable, Codable, Equatable {
        /// The finding's id in `findings`.
        public var id: String
        public var reason: String
        /// When the acceptance lapses; nil for never.
        public var until: Date?

        public init(id: String, reason: String, until: Date?) {
            self.id = id
            self.reason = reason
            self.until = until
        }

        private enum CodingKeys: String, CodingKey { case id, reason, until }

        /// Writes `until` as an explicit null: the report contract names every field.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(reason, forKey: .reason)
            try container.encode(until, forKey: .until)
        }
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
        public var pages: PageList
        /// True when the user turned robots.txt off (`--ignore-robots`).
        public var robotsIgnored: Bool
        /// Pages the server said were unchanged since the last audit (304), whose findings
        /// were taken from the history; counted in `pagesFetched` too.
        public var pagesNotModified: Int

        public init(
            seeds: [String], pagesFetched: Int, pagesFailed: Int, bytesFetched: Int,
            skipped: [String: Int], errors: [CrawlError], pages: PageList, robotsIgnored: Bool = false,
            pagesNotModified: Int = 0
        ) {
            self.seeds = seeds
            self.pagesFetched = pagesFetched
            self.pagesFailed = pagesFailed
            self.bytesFetched = bytesFetched
            self.skipped = skipped
            self.errors = errors
            self.pages = pages
            self.robotsIgnored = robotsIgnored
            self.pagesNotModified = pagesNotModified
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

// Reports written before a field was added still decode: it takes its empty value.
extension Report {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(String.self, forKey: .schema)
        tool = try container.decode(Tool.self, forKey: .tool)
        profile = try container.decodeIfPresent(String.self, forKey: .profile)
        language = try container.decodeIfPresent(Language.self, forKey: .language) ?? .en
        subject = try container.decode(Subject.self, forKey: .subject)
        startedAt = try container.decode(Date.self, forKey: .startedAt)
        finishedAt = try container.decode(Date.self, forKey: .finishedAt)
        complete = try container.decode(Bool.self, forKey: .complete)
        crawl = try container.decode(Crawl.self, forKey: .crawl)
        findings = try container.decode([Finding].self, forKey: .findings)
        people = try container.decode([Person].self, forKey: .people)
        accepted = try container.decodeIfPresent([AcceptedRisk].self, forKey: .accepted) ?? []
        checklist = try container.decode([ExposureCore.ChecklistItem].self, forKey: .checklist)
    }
}

extension Report.Crawl {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        seeds = try container.decode([String].self, forKey: .seeds)
        pagesFetched = try container.decode(Int.self, forKey: .pagesFetched)
        pagesFailed = try container.decode(Int.self, forKey: .pagesFailed)
        bytesFetched = try container.decode(Int.self, forKey: .bytesFetched)
        skipped = try container.decode([String: Int].self, forKey: .skipped)
        errors = try container.decode([Report.CrawlError].self, forKey: .errors)
        pages = try container.decode(PageList.self, forKey: .pages)
        robotsIgnored = try container.decode(Bool.self, forKey: .robotsIgnored)
        pagesNotModified = try container.decodeIfPresent(Int.self, forKey: .pagesNotModified) ?? 0
    }
}
