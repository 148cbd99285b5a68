import ExposureCore
import Foundation

extension PageFindings {
    /// The compact JSON the history stores, in UTF-8, written by hand: every page of every
    /// audit is stored, and Foundation's encoder costs more than analysing the page.
    /// `JSONDecoder` reads it back through the `Codable` conformance, whose keys it uses;
    /// absent optionals are left out. The same value always gives the same bytes, which is how
    /// the store recognises an analysis it already has.
    ///
    /// Bytes rather than a `String`: made into one, the text (20 KB a page on average) would
    /// be validated as UTF-8 again, though it is valid by construction.
    var jsonData: Data {
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.array("i", items) { $0.item($1) }
        writer.array("m", mentions) { $0.mention($1) }
        writer.array("l", links) { $0.string($1) }
        if !portraits.isEmpty { writer.array("p", portraits) { $0.portrait($1) } }
        if !images.isEmpty { writer.array("g", images) { $0.string($1) } }
        writer.endObject()
        return writer.data
    }
}

/// Appends compact JSON to UTF-8 bytes: objects member by member, arrays element by element.
private struct JSONTextWriter {
    private var bytes: [UInt8] = []
    /// Whether a value was written since the innermost object or array opened: the next
    /// member or element needs a comma.
    private var needsComma = false

    init() {
        // Most pages' analyses fit; a larger one grows the buffer a few times.
        bytes.reserveCapacity(8192)
    }

    var data: Data { Data(bytes) }

    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    private mutating func key(_ name: StaticString) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func member(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func member(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    mutating func member(_ name: StaticString, _ value: Double) {
        key(name)
        bytes.append(contentsOf: value.description.utf8)
        needsComma = true
    }

    mutating func array<Element>(
        _ name: StaticString, _ elements: [Element], _ write: (inout JSONTextWriter, Element) -> Void
    ) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for element in elements {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            write(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    mutating func item(_ item: PageFindings.Item) {
        beginObject()
        member("k", item.kind.rawValue)
        member("s", item.subtype)
        member("v", item.value)
        member("n", item.normalized)
        member("c", item.confidence)
        member("p", item.path)
        member("x", item.context)
        member("o", item.personKey)
        if let image = item.image {
            key("g")
            beginObject()
            member("url", image.url)
            member("original", image.original)
            member("width", image.width)
            member("height", image.height)
            endObject()
        }
        endObject()
    }

    mutating func mention(_ mention: PageFindings.Mention) {
        beginObject()
        member("k", mention.key)
        member("n", mention.name)
        endObject()
    }

    mutating func portrait(_ portrait: PageFindings.Portrait) {
        beginObject()
        key("o")
        mention(portrait.person)
        member("i", portrait.image)
        array("r", portrait.originals) { $0.string($1) }
        member("w", portrait.declaredWidth)
        member("h", portrait.declaredHeight)
        member("a", portrait.association)
        member("n", portrait.peopleShown)
        member("p", portrait.path)
        member("x", portrait.context)
        endObject()
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as it is.
    mutating func string(_ value: String) {
        bytes.appendJSONString(value)
        needsComma = true
    }
}

extension PageFindings {
    /// Reads what ``jsonData`` wrote (or `JSONEncoder` did, in earlier versions), by hand for
    /// the same reason: a re-audit replays thousands of unchanged pages, and `JSONDecoder`
    /// cost more than the rest of a replay. Unknown members are skipped.
    init(jsonText: String) throws(StoreError) {
        var text = jsonText
        let parsed: PageFindings? = text.withUTF8 { bytes in
            var reader = JSONTextReader(bytes: bytes)
            return try? reader.pageFindings()
        }
        guard let parsed else { throw StoreError(.database, "The history holds an unreadable page analysis") }
        self = parsed
    }
}

/// Reads JSON values from UTF-8 bytes, for the shapes ``PageFindings`` is stored in.
private struct JSONTextReader {
    struct Malformed: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    mutating func pageFindings() throws -> PageFindings {
        var findings = PageFindings(items: [], mentions: [], links: [])
        try members { reader, key in
            switch key {
            case "i": findings.items = try reader.array { try $0.item() }
            case "m": findings.mentions = try reader.array { try $0.mention() }
            case "l": findings.links = try reader.array { try $0.string() }
            case "p": findings.portraits = try reader.array { try $0.portrait() }
            case "g": findings.images = try reader.array { try $0.string() }
            default: try reader.skipValue()
            }
        }
        skipWhitespace()
        guard index == bytes.count else { throw Malformed() }
        return findings
    }

    private mutating func item() throws -> PageFindings.Item {
        var kind: FindingKind?
        var (subtype, value, normalized, path, context, personKey): (String?, String?, String?, String?, String?, String?)
        var confidence: Double?
        var image: ImageReference?
        try members { reader, key in
            switch key {
            case "k": kind = FindingKind(rawValue: try reader.string())
            case "s": subtype = try reader.optionalString()
            case "v": value = try reader.string()
            case "n": normalized = try reader.string()
            case "c": confidence = try reader.number()
            case "p": path = try reader.string()
            case "x": context = try reader.string()
            case "o": personKey = try reader.optionalString()
            case "g": image = try reader.image()
            default: try reader.skipValue()
            }
        }
        guard let kind, let value, let normalized, let confidence, let path, let context else { throw Malformed() }
        return PageFindings.Item(
            kind: kind, subtype: subtype, value: value, normalized: normalized, confidence: confidence, path: path,
            context: context, personKey: personKey, image: image)
    }

    private mutating func image() throws -> ImageReference? {
        if try null() { return nil }
        var (url, original): (String?, String?)
        var (width, height): (Int?, Int?)
        try members { reader, key in
            switch key {
            case "url": url = try reader.string()
            case "original": original = try reader.string()
            case "width": width = try reader.optionalNumber().map { Int($0) }
            case "height": height = try reader.optionalNumber().map { Int($0) }
            default: try reader.skipValue()
            }
        }
        guard let url else { throw Malformed() }
        return ImageReference(url: url, original: original, width: width, height: height)
    }

    private mutating func mention() throws -> PageFindings.Mention {
        var (key, name): (String?, String?)
        try members { reader, member in
            switch member {
            case "k": key = try reader.string()
            case "n": name = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let key, let name else { throw Malformed() }
        return PageFindings.Mention(key: key, name: name)
    }

    private mutating func portrait() throws -> PageFindings.Portrait {
        var person: PageFindings.Mention?
        var (image, association, path, context): (String?, String?, String?, String?)
        var originals: [String]?
        var (width, height, peopleShown): (Int?, Int?, Int?)
        try members { reader, key in
            switch key {
            case "o": person = try reader.mention()
            case "i": image = try reader.string()
            case "r": originals = try reader.array { try $0.string() }
            case "w": width = try reader.optionalNumber().map { Int($0) }
            case "h": height = try reader.optionalNumber().map { Int($0) }
            case "a": association = try reader.string()
            case "n": peopleShown = Int(try reader.number())
            case "p": path = try reader.string()
            case "x": context = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let person, let image, let originals, let association, let peopleShown, let path, let context else {
            throw Malformed()
        }
        return PageFindings.Portrait(
            person: person, image: image, originals: originals, declaredWidth: width, declaredHeight: height,
            association: association, peopleShown: peopleShown, path: path, context: context)
    }

    // MARK: Values

    /// Reads an object, calling `member` with each key; the reader stands at its value.
    private mutating func members(_ member: (inout JSONTextReader, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            let key = try string()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            try member(&self, key)
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                index += 1
                continue
            }
            return try expect(UInt8(ascii: "}"))
        }
    }

    private mutating func array<Element>(_ element: (inout JSONTextReader) throws -> Element) throws -> [Element] {
        try expect(UInt8(ascii: "["))
        var elements: [Element] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            skipWhitespace()
            elements.append(try element(&self))
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "]"))
            return elements
        }
    }

    private mutating func optionalString() throws -> String? {
        try null() ? nil : string()
    }

    private mutating func optionalNumber() throws -> Double? {
        try null() ? nil : number()
    }

    /// A string; runs without escapes are copied whole.
    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        var result = ""
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                result += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                index += 1
                return result
            }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            result += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
            index += 1
            guard index < bytes.count else { throw Malformed() }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.unicodeScalars.append(Unicode.Scalar(escaped))
            case UInt8(ascii: "n"): result.append("\n")
            case UInt8(ascii: "t"): result.append("\t")
            case UInt8(ascii: "r"): result.append("\r")
            case UInt8(ascii: "b"): result.append("\u{8}")
            case UInt8(ascii: "f"): result.append("\u{C}")
            case UInt8(ascii: "u"): result.unicodeScalars.append(try unicodeEscape())
            default: throw Malformed()
            }
            runStart = index
        }
        throw Malformed()
    }

    /// The scalar of a `\uXXXX` escape, a surrogate pair's second half included.
    private mutating func unicodeEscape() throws -> Unicode.Scalar {
        let first = try hexQuad()
        if (0xD800..<0xDC00).contains(first) {
            guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw Malformed() }
            index += 2
            let second = try hexQuad()
            guard (0xDC00..<0xE000).contains(second),
                let scalar = Unicode.Scalar(0x10000 + (first - 0xD800) << 10 + (second - 0xDC00))
            else { throw Malformed() }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else { throw Malformed() }
        return scalar
    }

    private mutating func hexQuad() throws -> UInt32 {
        guard bytes.count - index >= 4 else { throw Malformed() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Malformed()
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func number() throws -> Double {
        let start = index
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else { throw Malformed() }
        return value
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    /// Consumes a `null`, answering whether there was one.
    private mutating func null() throws -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        guard bytes.count - index >= 4, bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 2] == UInt8(ascii: "l"),
            bytes[index + 3] == UInt8(ascii: "l")
        else { throw Malformed() }
        index += 4
        return true
    }

    /// Skips any value: a member this version does not know.
    private mutating func skipValue() throws {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: "{"): try members { reader, _ in try reader.skipValue() }
        case UInt8(ascii: "["): _ = try array { try $0.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            while index < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index]) { index += 1 }
        default: _ = try number()
        }
    }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func expect(_ byte: UInt8) throws {
        guard peek() == byte else { throw Malformed() }
        index += 1
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }
}
