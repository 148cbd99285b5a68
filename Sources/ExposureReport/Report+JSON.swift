import Foundation

extension Report {
    /// Encodes the report as pretty-printed JSON with ISO 8601 dates and stable key order.
    public func jsonData() throws -> Data {
        var data = Data()
        try writeJSON { data.append($0) }
        return data
    }

    /// The bytes of ``jsonData()``, handed to `sink` piece by piece.
    ///
    /// The crawl's pages and the findings, which grow with the site, are encoded one element at
    /// a time between the pieces of the rest: encoding a 20,000-page report whole builds a tree
    /// of every value in memory, several times the size of the JSON itself. The bytes are the
    /// same as encoding it whole.
    public func writeJSON(to sink: (Data) throws -> Void) throws {
        let encoder = Self.jsonEncoder()
        var skeleton = self
        skeleton.crawl.pages = []
        skeleton.findings = []
        let json = try encoder.encode(skeleton)
        // Where the skeleton's two empty arrays stand; `crawl` sorts before `findings`.
        guard let pages = Self.emptyArray(atKey: "pages", depth: 2, in: json),
            let findingList = Self.emptyArray(atKey: "findings", depth: 1, in: json),
            pages.upperBound <= findingList.lowerBound
        else {
            return try sink(encoder.encode(self))  // an encoder that prints empty arrays otherwise
        }
        try sink(json[..<pages.lowerBound])
        try Self.write(crawl.pages, depth: 2, encoder, to: sink)
        try sink(json[pages.upperBound..<findingList.lowerBound])
        try Self.write(findings, depth: 1, encoder, to: sink)
        try sink(json[findingList.upperBound...])
    }

    /// Decodes a report written by ``jsonData()``.
    public static func decode(jsonData data: Data) throws -> Report {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Report.self, from: data)
    }

    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Where the pretty-printed empty array at `key`, `depth` levels in, stands: from its `[` to its `]`.
    private static func emptyArray(atKey key: String, depth: Int, in json: Data) -> Range<Data.Index>? {
        let indent = String(repeating: "  ", count: depth)
        guard let found = json.range(of: Data("\"\(key)\" : [\n\n\(indent)]".utf8)) else { return nil }
        return (found.upperBound - indent.utf8.count - 4)..<found.upperBound
    }

    /// An array's `[`, its elements each encoded on its own and indented to `depth`, and its `]`.
    ///
    /// Elements are gathered into pieces of about 64 KiB: a sink call, or a `Data` append, per
    /// element or per byte costs more than encoding the element.
    private static func write<Element: Encodable>(
        _ elements: [Element], depth: Int, _ encoder: JSONEncoder, to sink: (Data) throws -> Void
    ) throws {
        let indent = String(repeating: "  ", count: depth)
        guard !elements.isEmpty else { return try sink(Data("[\n\n\(indent)]".utf8)) }
        let elementIndent = Array((indent + "  ").utf8)
        let pieceSize = 65_536
        var piece: [UInt8] = Array("[\n".utf8)
        piece.reserveCapacity(pieceSize + pieceSize / 4)
        for (position, element) in elements.enumerated() {
            if position > 0 { piece.append(contentsOf: ",\n".utf8) }
            piece.append(contentsOf: elementIndent)
            // Line breaks in strings are escaped: every raw one is between tokens.
            try encoder.encode(element).withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var lineStart = 0
                while let lineBreak = bytes[lineStart...].firstIndex(of: 0x0A) {
                    piece.append(contentsOf: bytes[lineStart...lineBreak])
                    piece.append(contentsOf: elementIndent)
                    lineStart = lineBreak + 1
                }
                piece.append(contentsOf: bytes[lineStart...])
            }
            if piece.count >= pieceSize {
                try sink(Data(piece))
                piece.removeAll(keepingCapacity: true)
            }
        }
        piece.append(contentsOf: "\n\(indent)]".utf8)
        try sink(Data(piece))
    }
}
