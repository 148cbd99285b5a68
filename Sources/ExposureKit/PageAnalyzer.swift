import ExposureCore
import ExposureDetect
import ExposureHTML

/// What one page (or one document's text) yields: the people it names and its exposures, each
/// linked to its owner, and the images that may show those people.
public struct PageAnalysis: Sendable {
    public var document: HTMLDocument
    public var linked: [LinkedDetection]
    public var mentions: [PersonMention]
    /// Images tied to a person named here, to be judged once their pixel sizes are read.
    public var portraitCandidates: [PortraitCandidate] = []

    /// The URLs to follow from this page: links, frames and canonical links.
    public var followableLinks: [String] {
        document.links.filter { $0.kind != .alternate }.map(\.url)
    }
}

/// Parses a page and runs every detector and the person linking over it; no network, no state.
public struct PageAnalyzer: Sendable {
    private let detectors = TextDetectors.all
    private let personDetector: PersonDetector
    /// Reads JSON-LD once for both its detections and the people it names.
    private let structuredDataDetector: StructuredDataDetector
    /// Blocks the site repeats on every page (header, menus, footer) are read once per analyzer.
    private let memo = DetectionMemo()

    public init(subject: Subject) {
        personDetector = PersonDetector(subject: subject)
        structuredDataDetector = StructuredDataDetector(subject: subject)
    }

    /// The matching key of the audit's subject, nil in site mode.
    public var subjectKey: String? { personDetector.subjectKey }

    public func analyze(_ bytes: [UInt8], url: String, contentType: String?) -> PageAnalysis {
        analyze(HTMLParser.parse(bytes, url: url, contentType: contentType))
    }

    /// Runs every detector and the person linking over a parsed page or a document's text
    /// blocks, so pages, letters and spreadsheets are read the same way.
    public func analyze(_ document: HTMLDocument) -> PageAnalysis {
        let page = PageText(document, memo: memo)
        let structuredData = structuredDataDetector.findings(in: page)
        let detections = detectors.flatMap { $0.detect(in: page) } + structuredData.detections
        let mentions = personDetector.mentions(in: page) + structuredData.mentions
        page.rememberRepeatedBlocks()
        let linked = PersonLinker.link(detections, to: mentions, in: document)
        return PageAnalysis(
            document: document, linked: linked, mentions: mentions,
            portraitCandidates: PortraitDetector.candidates(in: document, mentions: mentions))
    }

    /// The person a metadata field names (`Author: Trương Thị Bích Ngọc`), as a mention at
    /// `path`; nil for an account name or anything else that is not a person's name.
    func person(namedIn text: String, path: String) -> PersonMention? {
        let block = TextBlock(text: text, path: path)
        let field = HTMLDocument(url: "", language: "vi", blocks: [block])
        return personDetector.mentions(in: field).first
    }
}
