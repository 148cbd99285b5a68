import Foundation

extension Report {
    /// Encodes the report as pretty-printed JSON with ISO 8601 dates and stable key order.
    ///
    /// The crawl's pages and the findings, which grow with the site, are encoded one element at
    /// a time and spliced into the rest: encoding a 20,000-page report whole builds a tree of
    /// every value in memory, several times the size of the JSON itself. The bytes are the
    /// same as encoding it whole.
    public func jsonData() throws -> Data {
        let encoder = Self.jsonEncoder()
        var skeleton = self
        skeleton.crawl.pages = []
        skeleton.findings = []
        var json = try encoder.encode(skeleton)
        guard try Self.splice(crawl.pages, atKey: "pages", depth: 2, into: &json, encoder),
            try Self.splice(findings, atKey: "findings", depth: 1, into: &json, encoder)
        else {
            return try encoder.encode(self)  // an encoder that prints empty arrays otherwise
        }
        return json
    }

    /// Decodes a report written by ``jsonData()``.
    public static func decode(jsonData data: Data) throws -> Report {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Report.self, from: data)
    }

    private static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Puts `elements`, each encoded on its own and indented to `depth`, in place of the empty
    /// array the skeleton holds at `key`; false when that empty array is not found.
    private static func splice<Element: Encodable>(
        _ elements: [Element], atKey key: String, depth: Int, into json: inout Data, _ encoder: JSONEncoder
    ) throws -> Bool {
        guard !elements.isEmpty else { return true }
        let indent = String(repeating: "  ", count: depth)
        guard let empty = json.range(of: Data("\"\(key)\" : [\n\n\(indent)]".utf8)) else { return false }
        let elementIndent = Array((indent + "  ").utf8)
        var array = Data("\"\(key)\" : [\n".utf8)
        for (position, element) in elements.enumerated() {
            if position > 0 { array.append(contentsOf: ",\n".utf8) }
            array.append(contentsOf: elementIndent)
            // Line breaks in strings are escaped: every raw one is between tokens.
            for byte in try encoder.encode(element) {
                array.append(byte)
                if byte == 0x0A { array.append(contentsOf: elementIndent) }
            }
        }
        array.append(contentsOf: "\n\(indent)]".utf8)
        json.replaceSubrange(empty, with: array)
        return true
    }
}
