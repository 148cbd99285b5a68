import ExposureHTML

/// A detection tied to the person it belongs to, or to nobody (agency-level).
public struct LinkedDetection: Sendable, Hashable {
    public var detection: Detection
    public var person: PersonMention?
    /// Detection confidence times linking confidence.
    public var confidence: Double

    public init(detection: Detection, person: PersonMention?, confidence: Double) {
        self.detection = detection
        self.person = person
        self.confidence = confidence
    }
}

/// Ties each detection to a person by page structure.
///
/// Nearest first: a name in the same table row, list item, card or paragraph; then a name in
/// the same text block; then a name heading the section. Header, navigation and footer items
/// are the agency's. With several names in one container the closest name before the item
/// wins, as printed pages put the name first. A relative named in a family tie owns no tie.
public enum PersonLinker {
    public static func link(
        _ detections: [Detection], to mentions: [PersonMention], in document: HTMLDocument
    ) -> [LinkedDetection] {
        // `her husband, Tom Whitfield, and their two children`: Tom is the closest name, not the owner.
        let relatives = Set(detections.lazy.filter { $0.kind == .family }.compactMap(FamilyDetector.relativeKey(of:)))
        let officials = relatives.isEmpty ? mentions : mentions.filter { !relatives.contains($0.key) }
        return detections.map { detection in
            let candidates = detection.kind == .family ? officials : mentions
            guard let (person, certainty) = owner(of: detection.anchor, among: candidates, in: document) else {
                return LinkedDetection(detection: detection, person: nil, confidence: detection.confidence)
            }
            return LinkedDetection(
                detection: detection, person: person, confidence: detection.confidence * certainty)
        }
    }

    private static func owner(
        of anchor: Anchor, among mentions: [PersonMention], in document: HTMLDocument
    ) -> (PersonMention, Double)? {
        guard anchor.region == .main || anchor.region == .aside else { return nil }
        if let container = anchor.container {
            let inContainer = mentions.filter { $0.anchor.container?.path == container.path }
            if let person = closest(to: anchor, in: inContainer) {
                return (person, container.kind == .paragraph ? 0.85 : 0.9)
            }
        }
        if let block = anchor.blockIndex {
            let inBlock = mentions.filter { $0.anchor.blockIndex == block }
            if let person = closest(to: anchor, in: inBlock) { return (person, 0.85) }
            if let heading = document.blocks[block].heading {
                let headingMentions = mentions.filter {
                    guard let index = $0.anchor.blockIndex else { return false }
                    return document.blocks[index].isHeading && document.blocks[index].text == heading && index < block
                }
                if let person = headingMentions.last { return (person, 0.6) }
            }
        }
        return nil
    }

    /// The mention just before the anchor in document order, else the first one after it.
    private static func closest(to anchor: Anchor, in mentions: [PersonMention]) -> PersonMention? {
        func position(_ a: Anchor) -> (Int, Int) { (a.blockIndex ?? Int.max, a.offset) }
        let target = position(anchor)
        let before = mentions.filter { position($0.anchor) <= target }
        if let last = before.max(by: { position($0.anchor) < position($1.anchor) }) { return last }
        return mentions.min(by: { position($0.anchor) < position($1.anchor) })
    }
}
