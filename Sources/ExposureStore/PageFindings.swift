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
        /// The image a portrait or an image's metadata is about.
        public var image: ImageReference?

        public init(
            kind: FindingKind, subtype: String?, value: String, normalized: String, confidence: Double,
            path: String, context: String, personKey: String?, image: ImageReference? = nil
        ) {
            self.kind = kind
            self.subtype = subtype
            self.value = value
            self.normalized = normalized
            self.confidence = confidence
            self.path = path
            self.context = context
            self.personKey = personKey
            self.image = image
        }

        private enum CodingKeys: String, CodingKey {
            case kind = "k", subtype = "s", value = "v", normalized = "n", confidence = "c", path = "p"
            case context = "x", personKey = "o", image = "g"
        }
    }

    /// An image the page ties to a person: what the portrait judgement needs once the crawl
    /// has read the pixel sizes, kept so an unchanged page still yields its portraits.
    public struct Portrait: Sendable, Hashable, Codable {
        public var person: Mention
        public var image: String
        /// Larger versions worth fetching, largest first.
        public var originals: [String]
        /// The size the page's `width`/`height` attributes give.
        public var declaredWidth: Int?
        public var declaredHeight: Int?
        /// How the image was tied to the person (the detector's association name).
        public var association: String
        public var peopleShown: Int
        public var path: String
        public var context: String

        public init(
            person: Mention, image: String, originals: [String], declaredWidth: Int?, declaredHeight: Int?,
            association: String, peopleShown: Int, path: String, context: String
        ) {
            self.person = person
            self.image = image
            self.originals = originals
            self.declaredWidth = declaredWidth
            self.declaredHeight = declaredHeight
            self.association = association
            self.peopleShown = peopleShown
            self.path = path
            self.context = context
        }

        private enum CodingKeys: String, CodingKey {
            case person = "o", image = "i", originals = "r", declaredWidth = "w", declaredHeight = "h"
            case association = "a", peopleShown = "n", path = "p", context = "x"
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
    /// The images it ties to people.
    public var portraits: [Portrait]
    /// The images to fetch from it (portraits and their originals first), besides `links`.
    public var images: [String]

    public init(
        items: [Item], mentions: [Mention], links: [String], portraits: [Portrait] = [], images: [String] = []
    ) {
        self.items = items
        self.mentions = mentions
        self.links = links
        self.portraits = portraits
        self.images = images
    }

    private enum CodingKeys: String, CodingKey {
        case items = "i", mentions = "m", links = "l", portraits = "p", images = "g"
    }

    /// Reads analyses stored before portraits and images were kept, as having none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decode([Item].self, forKey: .items)
        mentions = try container.decode([Mention].self, forKey: .mentions)
        links = try container.decode([String].self, forKey: .links)
        portraits = try container.decodeIfPresent([Portrait].self, forKey: .portraits) ?? []
        images = try container.decodeIfPresent([String].self, forKey: .images) ?? []
    }
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
