import ExposureCore

/// What an audit keeps of one analysed page: its exposures with their owners, the people it
/// names and the links it leads to. Enough to count an unchanged page (a 304) in a later
/// audit, and to crawl on from it, without fetching or parsing it again.
///
/// Stored as JSON with one-letter keys: a 2,000-page site stores 2,000 of these per change.
public struct PageFindings: Sendable, Hashable, Codable {
    /// One exposure on the page, linked to its owner or not.
    public struct Item: Sendable, Hashable, Codable {
        public var kind: FindingKind
        public var subtype: String?
        public var value: String
        public var normalized: String
        /// Detection and linking confidence together.
        public var confidence: Double
        /// The DOM path of the element holding it.
        public var path: String
        public var context: String
        /// The owner's matching key (``Mention/key``), nil for the agency's.
        public var personKey: String?

        public init(
            kind: FindingKind, subtype: String?, value: String, normalized: String, confidence: Double,
            path: String, context: String, personKey: String?
        ) {
            self.kind = kind
            self.subtype = subtype
            self.value = value
            self.normalized = normalized
            self.confidence = confidence
            self.path = path
            self.context = context
            self.personKey = personKey
        }

        private enum CodingKeys: String, CodingKey {
            case kind = "k", subtype = "s", value = "v", normalized = "n", confidence = "c", path = "p"
            case context = "x", personKey = "o"
        }
    }

    /// A person named on the page, as printed, with the key names compare by.
    public struct Mention: Sendable, Hashable, Codable {
        public var key: String
        public var name: String

        public init(key: String, name: String) {
            self.key = key
            self.name = name
        }

        private enum CodingKeys: String, CodingKey { case key = "k", name = "n" }
    }

    public var items: [Item]
    /// In page order; a name printed twice the same way is kept once.
    public var mentions: [Mention]
    /// Absolute URLs the crawl follows from the page.
    public var links: [String]

    public init(items: [Item], mentions: [Mention], links: [String]) {
        self.items = items
        self.mentions = mentions
        self.links = links
    }

    private enum CodingKeys: String, CodingKey { case items = "i", mentions = "m", links = "l" }
}

/// A page a run fetched, with what the next audit needs to ask for it conditionally.
public struct PageRecord: Sendable {
    /// Where the page's findings come from.
    public enum Content: Sendable {
        /// Parsed in this run.
        case analysed(PageFindings)
        /// The server said it did not change (304) since `run` analysed it; that analysis is
        /// the page's again.
        case unchangedSince(RunID)
    }

    public var page: Page
    /// The validators the server sent (or, for a 304 without them, sent before).
    public var etag: String?
    public var lastModified: String?
    public var content: Content

    public init(page: Page, etag: String?, lastModified: String?, content: Content) {
        self.page = page
        self.etag = etag
        self.lastModified = lastModified
        self.content = content
    }
}
