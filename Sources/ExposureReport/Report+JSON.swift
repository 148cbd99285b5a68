import ExposureCore
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
    /// The crawl's pages, the findings and the people, which grow with the site, are written one
    /// element at a time, by hand, between the pieces of the rest: encoding a 20,000-page report
    /// whole builds a tree of every value in memory, several times the size of the JSON itself,
    /// and `JSONEncoder` costs several times more per element than writing it. The bytes are the
    /// same as encoding it whole.
    public func writeJSON(to sink: (Data) throws -> Void) throws {
        let encoder = Self.jsonEncoder()
        var skeleton = self
        skeleton.crawl.pages = []
        skeleton.findings = []
        skeleton.people = []
        let json = try encoder.encode(skeleton)
        // Where the skeleton's three empty arrays stand, in the sorted keys' order.
        guard let pages = Self.emptyArray(atKey: "pages", depth: 2, in: json),
            let findingList = Self.emptyArray(atKey: "findings", depth: 1, in: json),
            let personList = Self.emptyArray(atKey: "people", depth: 1, in: json),
            pages.upperBound <= findingList.lowerBound, findingList.upperBound <= personList.lowerBound
        else {
            return try sink(encoder.encode(self))  // an encoder that prints empty arrays otherwise
        }
        try sink(json[..<pages.lowerBound])
        try Self.write(crawl.pages, depth: 2, to: sink) { $0.page($1) }
        try sink(json[pages.upperBound..<findingList.lowerBound])
        try Self.write(findings, depth: 1, to: sink) { try $0.finding($1) }
        try sink(json[findingList.upperBound..<personList.lowerBound])
        try Self.write(people, depth: 1, to: sink) { $0.person($1) }
        try sink(json[personList.upperBound...])
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

    /// An array's `[`, its elements each written by `write` on its own line, indented to
    /// `depth`, and its `]`.
    ///
    /// Elements are gathered into pieces of about 64 KiB: a sink call, or a `Data` append, per
    /// element or per byte costs more than writing the element.
    private static func write<Elements: Sequence>(
        _ elements: Elements, depth: Int, to sink: (Data) throws -> Void,
        _ write: (inout PrettyJSONWriter, Elements.Element) throws -> Void
    ) throws {
        let pieceSize = 65_536
        var writer = PrettyJSONWriter(level: depth)
        writer.bytes.reserveCapacity(pieceSize + pieceSize / 4)
        try writer.array(elements) { writer, element in
            try write(&writer, element)
            if writer.bytes.count >= pieceSize {
                try sink(Data(writer.bytes))
                writer.bytes.removeAll(keepingCapacity: true)
            }
        }
        try sink(Data(writer.bytes))
    }
}

/// Appends pretty-printed JSON to UTF-8 bytes in `JSONEncoder`'s layout (two-space indents,
/// `"key" : value`, `[\n\n]` for an empty array), members in the order written: each value's
/// writer lists them sorted, as `.sortedKeys` does.
private struct PrettyJSONWriter {
    var bytes: [UInt8] = []
    /// Indents of the line the value being written starts on.
    private var level: Int
    /// Whether the innermost open object has no member yet.
    private var isFirstMember = false

    init(level: Int) { self.level = level }

    mutating func page(_ page: Page) {
        object { writer in
            writer.member("bytes", page.bytes)
            if let contentType = page.contentType { writer.member("contentType", contentType) }
            writer.member("depth", page.depth)
            if let status = page.status { writer.member("status", status) }
            writer.member("url", page.url)
        }
    }

    /// `person` and `subtype` are written as explicit nulls, as ``Finding``'s `encode(to:)` does.
    mutating func finding(_ finding: Finding) throws {
        try object { writer in
            try writer.member("confidence", finding.confidence)
            writer.member("id", finding.id)
            if let image = finding.image {
                writer.key("image")
                writer.image(image)
            }
            writer.member("kind", finding.kind.rawValue)
            writer.member("message", finding.message)
            writer.member("normalized", finding.normalized)
            writer.key("occurrences")
            writer.array(finding.occurrences) { $0.evidence($1) }
            writer.member("pageCount", finding.pageCount)
            writer.member("person", finding.person)
            writer.member("severity", finding.severity.rawValue)
            writer.member("subtype", finding.subtype)
            writer.member("value", finding.value)
        }
    }

    mutating func person(_ person: Report.Person) {
        object { writer in
            writer.key("findings")
            writer.array(person.findings) { $0.bytes.appendJSONString($1) }
            writer.member("name", person.name)
            writer.key("occurrences")
            writer.array(person.occurrences) { writer, occurrence in
                writer.object { $0.member("url", occurrence.url) }
            }
            writer.member("pageCount", person.pageCount)
        }
    }

    private mutating func image(_ image: ImageReference) {
        object { writer in
            if let height = image.height { writer.member("height", height) }
            writer.member("original", image.original)
            writer.member("url", image.url)
            if let width = image.width { writer.member("width", width) }
        }
    }

    private mutating func evidence(_ evidence: Evidence) {
        object { writer in
            writer.member("context", evidence.context)
            writer.member("path", evidence.path)
            writer.member("url", evidence.url)
        }
    }

    // MARK: Values

    mutating func array<Elements: Sequence>(_ elements: Elements, _ write: (inout Self, Elements.Element) throws -> Void) rethrows {
        bytes.append(UInt8(ascii: "["))
        bytes.append(0x0A)
        level += 1
        for (position, element) in elements.enumerated() {
            if position > 0 {
                bytes.append(UInt8(ascii: ","))
                bytes.append(0x0A)
            }
            indent()
            try write(&self, element)
        }
        level -= 1
        bytes.append(0x0A)
        indent()
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func object(_ members: (inout Self) throws -> Void) rethrows {
        bytes.append(UInt8(ascii: "{"))
        level += 1
        isFirstMember = true
        try members(&self)
        level -= 1
        // An empty object is `{`, two line breaks, `}`.
        if isFirstMember { bytes.append(0x0A) }
        bytes.append(0x0A)
        indent()
        bytes.append(UInt8(ascii: "}"))
        isFirstMember = false
    }

    /// A member's key on a line of its own, after a comma unless it is the object's first.
    private mutating func key(_ name: StaticString) {
        if !isFirstMember { bytes.append(UInt8(ascii: ",")) }
        isFirstMember = false
        bytes.append(0x0A)
        indent()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: "\" : ".utf8)
    }

    /// A string, or `null` for nil.
    private mutating func member(_ name: StaticString, _ value: String?) {
        key(name)
        if let value {
            bytes.appendJSONString(value)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }

    private mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A number as `JSONEncoder` prints it: Swift's shortest form, without a `.0`; NaN and
    /// infinities are an error, as they are there.
    private mutating func member(_ name: StaticString, _ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: [], debugDescription: "Unable to encode Double.\(value) directly in JSON."))
        }
        key(name)
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func indent() {
        for _ in 0..<level {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }
}
