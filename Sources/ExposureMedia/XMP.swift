/// Finds the XMP `dc:creator` in an XMP packet by a bounded text scan, without an XML parser.
///
/// The packet is small text written by photo tools in a few fixed shapes, so two shapes are
/// read: the element form (`<dc:creator><rdf:Seq><rdf:li>Name</rdf:li>`) and the attribute
/// form (`dc:creator="Name"`). Scanning stops after `scanLimit` bytes, so a huge or hostile
/// packet costs no more than a small one.
enum XMP {
    static let scanLimit = 64 * 1024

    static func read(_ packet: ByteReader, into metadata: inout ImageMetadata) {
        metadata.keepFirst(\.xmpCreator, creator(in: packet))
    }

    static func creator(in packet: ByteReader) -> String? {
        let element = Array("<dc:creator".utf8)
        let attribute = Array("dc:creator=".utf8)
        // The item must lie inside the element, not in a later property's list.
        if let start = packet.firstOffset(of: element, limit: scanLimit),
            let end = packet.firstOffset(of: Array("</dc:creator>".utf8), from: start, limit: scanLimit),
            let item = packet.firstOffset(of: Array("<rdf:li".utf8), from: start, limit: end),
            let open = packet.firstOffset(of: [UInt8(ascii: ">")], from: item, limit: scanLimit),
            let close = packet.firstOffset(of: [UInt8(ascii: "<")], from: open + 1, limit: scanLimit),
            let text = packet.bytes(open + 1, close - open - 1)
        {
            return decodeEntities(ByteReader.text(text))
        }
        guard let start = packet.firstOffset(of: attribute, limit: scanLimit),
            let quote = packet.u8(start + attribute.count), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
            let end = packet.firstOffset(of: [quote], from: start + attribute.count + 1, limit: scanLimit),
            let text = packet.bytes(start + attribute.count + 1, end - start - attribute.count - 1)
        else { return nil }
        return decodeEntities(ByteReader.text(text))
    }

    /// Replaces the XML entities a name can hold (`&amp;`, `&#7887;`) with their characters.
    static func decodeEntities(_ text: String?) -> String? {
        guard let text, text.contains("&") else { return text }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let name = rest[afterAmpersand..<semicolon]
            if let character = named[String(name)] ?? numericCharacter(name) {
                result += character
            } else {
                result += rest[ampersand...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    /// The character of `#233` or `#xE9`, or nil.
    private static func numericCharacter(_ name: Substring) -> String? {
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
