import ExposureHTML

/// Gathers a document's text blocks under the character and cell caps.
struct BlockCollector {
    private(set) var blocks: [TextBlock] = []
    /// Whether the character or cell cap turned text away; no more is taken then.
    private var isFull = false
    /// Whether the reader skipped text for a cap of its own (pages, tool output).
    private var isCutShort = false
    private var characters = 0
    private var cells = 0
    private let limits: DocumentLimits

    init(limits: DocumentLimits) {
        self.limits = limits
    }

    /// Whether more text may still be taken; readers stop early once it is false.
    var hasRoom: Bool { !isFull }

    /// Whether any cap cut the text short.
    var isTruncated: Bool { isFull || isCutShort }

    /// Adds the text as one block, whitespace collapsed; empty text adds nothing.
    mutating func append(
        _ text: String, path: String, container: Container? = nil, region: Region = .main
    ) {
        guard hasRoom else { return }
        let text = text.collapsingWhitespace
        guard !text.isEmpty else { return }
        if container?.kind == .tableRow {
            cells += 1
            guard cells <= limits.maximumCells else { return isFull = true }
        }
        let room = limits.maximumCharacters - characters
        guard text.count <= room else {
            if room > 0 { blocks.append(TextBlock(text: String(text.prefix(room)), path: path, container: container, region: region)) }
            return isFull = true
        }
        characters += text.count
        blocks.append(TextBlock(text: text, path: path, container: container, region: region))
    }

    /// Marks the content truncated by a cap the reader enforces itself (pages, tool output).
    mutating func markTruncated() {
        isCutShort = true
    }
}
