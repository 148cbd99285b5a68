import ExposureHTML

/// Reads a DOCX's text: body paragraphs (`w:p`, runs `w:t`, tabs, breaks), tables
/// (`w:tbl/w:tr/w:tc`, one block per cell), then headers and footers.
///
/// Deleted tracked changes (`w:delText`) and field codes (`w:instrText`) are not text and are
/// skipped. A table inside a table cell is read as part of that cell's text.
struct WordprocessingReader {
    var limits: DocumentLimits

    func read(_ package: inout OfficePackage, mainPart: String, url: String) throws(DocumentReadError) -> DocumentContent {
        guard let main = try package.part(mainPart) else {
            throw DocumentReadError(.unreadable, "the package has no \(mainPart)")
        }
        var collector = BlockCollector(limits: limits)
        try Self.collect(main, part: mainPart, prefix: "/docx", region: .main, into: &collector)
        let directory = mainPart.split(separator: "/").dropLast().joined(separator: "/")
        for (kind, region) in [("header", Region.header), ("footer", .footer)] {
            let parts = package.paths.filter { path in
                let name = path.split(separator: "/").last ?? ""
                return path.hasPrefix(directory + "/") && name.hasPrefix(kind) && name.hasSuffix(".xml")
            }
            for path in parts.sorted() {
                guard collector.hasRoom, let bytes = try package.part(path) else { continue }
                let name = path.split(separator: "/").last!.dropLast(4)
                try Self.collect(bytes, part: path, prefix: "/docx/\(name)", region: region, into: &collector)
            }
        }
        let (metadata, pages) = try DocumentMetadata.officeProperties(in: &package)
        return DocumentContent(
            format: .docx, metadata: metadata, pageCount: pages, isTruncated: collector.isTruncated,
            document: HTMLDocument(url: url, title: metadata.title, blocks: collector.blocks))
    }

    /// One part's blocks: `<prefix>/p[n]` per paragraph outside tables (a `.paragraph`
    /// container), `<prefix>/tbl[t]/tr[r]/tc[c]` per table cell (a `.tableRow` container).
    private static func collect(
        _ bytes: [UInt8], part: String, prefix: String, region: Region, into collector: inout BlockCollector
    ) throws(DocumentReadError) {
        var walk = Walk(prefix: prefix, region: region)
        do {
            try XMLStreamReader.read(bytes) { event in
                walk.handle(event, into: &collector)
            }
        } catch {
            throw DocumentReadError(.unreadable, "\(part) is not well-formed XML", cause: "\(error)")
        }
    }

    /// Where the reader is in one part.
    private struct Walk {
        let prefix: String
        let region: Region
        var paragraphs = 0
        var tables = 0
        var tableDepth = 0
        var row = 0
        var cell = 0
        /// Text of the paragraphs being read, innermost last (a text box nests a paragraph in a run).
        var openParagraphs: [String] = []
        /// Text of the top-level table cell being read, its paragraphs one per line.
        var cellText: String?
        var inText = false

        mutating func handle(_ event: XMLStreamReader.Event, into collector: inout BlockCollector) {
            switch event {
            case .start(let name, _):
                switch name {
                case "p": openParagraphs.append("")
                case "t": inText = true
                case "tab": appendText(" ")
                case "br", "cr": appendText("\n")
                case "tbl":
                    tableDepth += 1
                    if tableDepth == 1 { (tables, row) = (tables + 1, 0) }
                case "tr" where tableDepth == 1: (row, cell) = (row + 1, 0)
                case "tc" where tableDepth == 1: (cell, cellText) = (cell + 1, "")
                default: break
                }
            case .text(let text):
                if inText { appendText(text) }
            case .end(let name):
                switch name {
                case "t": inText = false
                case "p": closeParagraph(into: &collector)
                case "tbl": tableDepth -= 1
                case "tc" where tableDepth == 1:
                    let rowPath = "\(prefix)/tbl[\(tables)]/tr[\(row)]"
                    collector.append(
                        cellText ?? "", path: "\(rowPath)/tc[\(cell)]",
                        container: Container(kind: .tableRow, path: rowPath, cell: cell - 1), region: region)
                    cellText = nil
                default: break
                }
            }
        }

        private mutating func appendText(_ text: String) {
            guard !openParagraphs.isEmpty else { return }
            openParagraphs[openParagraphs.count - 1] += text
        }

        private mutating func closeParagraph(into collector: inout BlockCollector) {
            guard let text = openParagraphs.popLast() else { return }
            if let current = cellText {
                cellText = current + text + "\n"
            } else {
                paragraphs += 1
                let path = "\(prefix)/p[\(paragraphs)]"
                collector.append(text, path: path, container: Container(kind: .paragraph, path: path), region: region)
            }
        }
    }
}
