/// One hardening action of an audit's checklist, in one language, with what triggered it.
///
/// Plain values, so that reports carry the checklist without knowing where it came from: the
/// profile that wrote it is ExposureProfile's business.
public struct ChecklistItem: Sendable, Hashable, Codable, Identifiable {
    /// Stable across runs and releases, e.g. `web.replace-personal-mobile`.
    public var id: String
    public var audience: Audience
    /// The highest severity among its findings; nil for advice given whatever was found.
    public var severity: Severity?
    /// What to do, in the language asked for.
    public var action: String
    /// Ids of the findings that call for it, most severe first.
    public var findings: [String]
    /// The people those findings belong to, as printed, in first-seen order.
    public var people: [String]
    /// The pages to fix, in the order of its findings, each once.
    public var urls: [String]
    /// The advisories the action follows; at least one.
    public var citations: [Citation]

    public init(
        id: String, audience: Audience, severity: Severity?, action: String, findings: [String],
        people: [String], urls: [String], citations: [Citation]
    ) {
        self.id = id
        self.audience = audience
        self.severity = severity
        self.action = action
        self.findings = findings
        self.people = people
        self.urls = urls
        self.citations = citations
    }

    /// Who acts on an item: the agency's web team fixes pages, the person fixes their habits.
    public enum Audience: String, Sendable, Hashable, Codable, CaseIterable {
        case webTeam = "web_team"
        case person
    }

    /// An advisory's recommendation, quoted in its own language with an English gloss.
    public struct Citation: Sendable, Hashable, Codable {
        /// The advisory's key in its profile, e.g. `A002`.
        public var advisory: String
        public var agency: String
        /// The document number as printed, e.g. `83/CAT-PA05`; nil when the copy has none.
        public var number: String?
        /// As precise as the document says: `2025-07-08`, `2025-01`, `2024`; nil when unknown.
        public var date: String?
        public var title: String
        /// The recommendation word for word, in the advisory's language.
        public var quote: String
        /// The recommendation in English.
        public var gloss: String

        public init(
            advisory: String, agency: String, number: String?, date: String?, title: String, quote: String,
            gloss: String
        ) {
            self.advisory = advisory
            self.agency = agency
            self.number = number
            self.date = date
            self.title = title
            self.quote = quote
            self.gloss = gloss
        }
    }
}

extension ChecklistItem {
    private enum CodingKeys: String, CodingKey {
        case id, audience, severity, action, findings, people, urls, citations
    }

    /// Writes `severity` as an explicit null: the report contract names every field.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(audience, forKey: .audience)
        try container.encode(severity, forKey: .severity)
        try container.encode(action, forKey: .action)
        try container.encode(findings, forKey: .findings)
        try container.encode(people, forKey: .people)
        try container.encode(urls, forKey: .urls)
        try container.encode(citations, forKey: .citations)
    }
}

extension ChecklistItem.Citation {
    private enum CodingKeys: String, CodingKey { case advisory, agency, number, date, title, quote, gloss }

    /// Writes `number` and `date` as explicit nulls: the report contract names every field.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(advisory, forKey: .advisory)
        try container.encode(agency, forKey: .agency)
        try container.encode(number, forKey: .number)
        try container.encode(date, forKey: .date)
        try container.encode(title, forKey: .title)
        try container.encode(quote, forKey: .quote)
        try container.encode(gloss, forKey: .gloss)
    }
}
