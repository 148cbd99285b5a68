import ExposureCore
import ExposureDetect
import ExposureDocument
import ExposureHTML
import ExposureMedia
import Foundation

extension PageAnalyzer {
    /// Reads a document's text like a page's, plus its metadata: who wrote it (tied to that
    /// person when the name is a person's), with what software, and when.
    public func analyze(_ content: DocumentContent) -> PageAnalysis {
        var analysis = analyze(content.document)
        let format = content.format.rawValue
        let metadata = content.metadata
        let fields: [(subtype: String, label: String, value: String?)] = [
            ("author", "Author", metadata.author), ("last_modified_by", "Last modified by", metadata.lastModifiedBy),
            ("company", "Company", metadata.company), ("software", "Creator", metadata.creatorTool),
            ("software", "Producer", metadata.producer), ("created", "Created", metadata.created),
            ("modified", "Modified", metadata.modified),
        ]
        for field in fields {
            guard let value = field.value else { continue }
            let path = "/\(format)/metadata/\(field.label.lowercased().replacingOccurrences(of: " ", with: "_"))"
            let names = field.subtype == "author" || field.subtype == "last_modified_by"
            analysis.add(
                Detection(
                    kind: .documentMetadata, subtype: field.subtype, value: value, normalized: value,
                    confidence: 0.95, anchor: Self.fileAnchor(path), context: "\(field.label): \(value)"),
                owner: names ? person(namedIn: value, path: path) : nil)
        }
        return analysis
    }

    /// An image's metadata as findings: the GPS position (rounded to 5 decimals, about a
    /// metre, so the same photo keeps the same id), capture time, camera, the photographer
    /// or owner it names, and the software that saved it.
    public func analyze(image info: ImageInfo, url: String) -> PageAnalysis {
        var analysis = PageAnalysis(document: HTMLDocument(url: url), linked: [], mentions: [])
        guard let metadata = info.metadata else { return analysis }
        let reference = ImageReference(url: url, width: info.width, height: info.height)
        func add(_ subtype: String, _ label: String, _ value: String?, normalized: String? = nil, names: Bool = false) {
            guard let value, !value.isEmpty else { return }
            let path = "/\(info.format.rawValue)/metadata/\(label.lowercased().replacingOccurrences(of: " ", with: "_"))"
            analysis.add(
                Detection(
                    kind: .imageMetadata, subtype: subtype, value: value, normalized: normalized ?? value,
                    confidence: 0.95, anchor: Self.fileAnchor(path), context: "\(label): \(value)", image: reference),
                owner: names ? person(namedIn: value, path: path) : nil)
        }
        if let latitude = metadata.latitude, let longitude = metadata.longitude {
            let position = String(format: "%.5f, %.5f", latitude, longitude)
            add("gps", "GPS", position)
        }
        add("capture_time", "Taken", metadata.captureTime)
        let camera = [metadata.cameraMake, metadata.cameraModel].compactMap { $0 }.joined(separator: " ")
        add("camera", "Camera", camera, normalized: camera.lowercased())
        add("artist", "Artist", metadata.artist, names: true)
        add("artist", "XMP creator", metadata.xmpCreator, names: true)
        add("artist", "IPTC by-line", metadata.iptcByline, names: true)
        add("artist", "PNG author", metadata.pngText[.author] ?? metadata.pngText[.artist], names: true)
        add("software", "Software", metadata.software ?? metadata.pngText[.software])
        return analysis
    }

    /// Where a file's metadata field sits: no block, no container, the file's own.
    private static func fileAnchor(_ path: String) -> Anchor {
        Anchor(path: path, blockIndex: nil, offset: 0, container: nil, region: .main)
    }
}

extension PageAnalysis {
    /// Adds a detection tied to `owner`, whose mention joins the page's people.
    fileprivate mutating func add(_ detection: Detection, owner: PersonMention?) {
        linked.append(LinkedDetection(detection: detection, person: owner, confidence: detection.confidence))
        if let owner, !mentions.contains(where: { $0.key == owner.key }) { mentions.append(owner) }
    }
}
