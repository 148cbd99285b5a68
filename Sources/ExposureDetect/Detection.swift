import ExposureCore
import ExposureHTML

/// Where in a document something was seen: element, block, structural container and region.
public struct Anchor: Sendable, Hashable {
    /// DOM path of the element (a text block, or a link inside one).
    public var path: String
    /// Index into `HTMLDocument.blocks` of the block holding it, when there is one.
    public var blockIndex: Int?
    /// UTF-8 offset within the block's text, for ordering mentions inside one block.
    public var offset: Int
    public var container: Container?
    public var region: Region

    public init(path: String, blockIndex: Int?, offset: Int, container: Container?, region: Region) {
        self.path = path
        self.blockIndex = blockIndex
        self.offset = offset
        self.container = container
        self.region = region
    }

    /// The UTF-8 offset of a position in a text: constant time, unlike counting characters.
    static func offset(of position: String.Index, in text: String) -> Int {
        text.utf8.distance(from: text.startIndex, to: position)
    }
}

/// An exposed item a detector found on one page, before it is linked to a person.
public struct Detection: Sendable, Hashable {
    public var kind: FindingKind
    public var subtype: String?
    /// As printed on the page.
    public var value: String
    /// E.164 for phones, lower case for emails, ISO 8601 for dates of birth, digits for ID
    /// numbers, `relation: Name` for family ties, the account's address for social accounts.
    public var normalized: String
    public var confidence: Double
    public var anchor: Anchor
    /// A short snippet around the value, at most ``Evidence/maximumContextLength`` characters.
    public var context: String
    /// The image a portrait or an image's metadata is about.
    public var image: ImageReference?

    public init(
        kind: FindingKind, subtype: String?, value: String, normalized: String, confidence: Double,
        anchor: Anchor, context: String, image: ImageReference? = nil
    ) {
        self.kind = kind
        self.subtype = subtype
        self.value = value
        self.normalized = normalized
        self.confidence = confidence
        self.anchor = anchor
        // Link texts and long blocks are cut here, so no stage carries whole pages along.
        self.context = Evidence.clip(context)
        self.image = image
    }
}

/// A person named on a page.
public struct PersonMention: Sendable, Hashable {
    /// The name as printed, in NFC.
    public var name: String
    /// The matching key: case, diacritics and normalization form folded away.
    public var key: String
    public var anchor: Anchor
    public var confidence: Double

    public init(name: String, key: String, anchor: Anchor, confidence: Double) {
        self.name = name
        self.key = key
        self.anchor = anchor
        self.confidence = confidence
    }
}

/// Finds one kind of exposed item in a parsed page.
public protocol Detector: Sendable {
    func detect(in page: PageText) -> [Detection]
}

/// The detectors an audit runs over every page's text, in order; people and structured data,
/// which depend on the audit's subject, are read by ``PersonDetector`` and
/// ``StructuredDataDetector``.
public enum TextDetectors {
    public static let all: [any Detector] = [
        PhoneDetector(), EmailDetector(), TitleDetector(), AddressDetector(), NationalIDDetector(),
        DateOfBirthDetector(), FamilyDetector(), SocialDetector(), WorkplaceDetector(),
    ]
}

extension Detector {
    /// Detects in a document on its own, for callers that run one detector.
    public func detect(in document: HTMLDocument) -> [Detection] {
        detect(in: PageText(document))
    }
}
