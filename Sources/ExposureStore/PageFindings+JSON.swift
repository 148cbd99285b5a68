import ExposureCore

extension PageFindings {
    /// The compact JSON the history stores, written by hand: every page of every audit is
    /// stored, and Foundation's encoder costs more than analysing the page. `JSONDecoder`
    /// reads it back through the `Codable` conformance, whose keys it uses; absent optionals
    /// are left out. The same value always gives the same text, which is how the store
    /// recognises an analysis it already has.
    var jsonText: String {
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.array("i", items) { $0.item($1) }
        writer.array("m", mentions) { $0.mention($1) }
        writer.array("l", links) { $0.string($1) }
        if !portraits.isEmpty { writer.array("p", portraits) { $0.portrait($1) } }
        if !images.isEmpty { writer.array("g", images) { $0.string($1) } }
        writer.endObject()
        return writer.text
    }
}

/// Appends compact JSON to a string: objects member by member, arrays element by element.
private struct JSONTextWriter {
    var text = ""
    /// Per open object, whether a member was written (the next needs a comma).
    private var hasMembers: [Bool] = []

    mutating func beginObject() {
        text.append("{")
        hasMembers.append(false)
    }

    mutating func endObject() {
        text.append("}")
        hasMembers.removeLast()
    }

    private mutating func key(_ name: String) {
        if hasMembers[hasMembers.count - 1] { text.append(",") }
        hasMembers[hasMembers.count - 1] = true
        text.append("\"")
        text.append(name)
        text.append("\":")
    }

    mutating func member(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func member(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        text.append(String(value))
    }

    mutating func member(_ name: String, _ value: Double) {
        key(name)
        text.append(value.description)
    }

    mutating func array<Element>(_ name: String, _ elements: [Element], _ write: (inout JSONTextWriter, Element) -> Void) {
        key(name)
        text.append("[")
        for (index, element) in elements.enumerated() {
            if index > 0 { text.append(",") }
            write(&self, element)
        }
        text.append("]")
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
        text.append("\"")
        var runStart = value.startIndex
        for index in value.utf8.indices {
            let byte = value.utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            // An ASCII byte always starts a character, so `index` is a valid string index.
            text.append(contentsOf: value[runStart..<index])
            switch byte {
            case UInt8(ascii: "\""): text.append("\\\"")
            case UInt8(ascii: "\\"): text.append("\\\\")
            case 0x0A: text.append("\\n")
            case 0x09: text.append("\\t")
            case 0x0D: text.append("\\r")
            default:
                let hex = String(byte, radix: 16)
                text.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            }
            runStart = value.utf8.index(after: index)
        }
        text.append(contentsOf: value[runStart...])
        text.append("\"")
    }
}
