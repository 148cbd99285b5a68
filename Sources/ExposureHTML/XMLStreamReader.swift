internal import CLibXML2

/// Streams a well-formed XML document as element and text events, offline and without a DTD.
///
/// For the XML parts of Office packages (ExposureDocument). libxml2's text reader runs with
/// no network (`XML_PARSE_NONET`), no entity substitution and no DTD loading (neither
/// `XML_PARSE_NOENT` nor `XML_PARSE_DTDLOAD`), and its limits on huge input left on (no
/// `XML_PARSE_HUGE`). A document with a `<!DOCTYPE>` is refused outright: the Open Packaging
/// Conventions forbid DTDs in package parts, so one is a crafted file, not an Office one.
/// Names are local names (`w:p` is `p`): Office parts use fixed namespaces, and a reader
/// that matches local names also reads the rare producer that picks other prefixes.
public enum XMLStreamReader {
    /// One step through the document, in document order.
    public enum Event: Sendable, Equatable {
        /// An element opens; attributes by local name. An empty element (`<w:tab/>`) yields
        /// `start` then `end`.
        case start(name: String, attributes: [String: String])
        case end(name: String)
        /// Character data, CDATA and whitespace, entities decoded.
        case text(String)
    }

    /// The document is not well-formed XML, or has a DTD.
    public struct Malformed: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Calls `visit` with every event until the document ends; rethrows what `visit` throws.
    ///
    /// `tolerant` reads files from the open web (sitemaps): libxml2 recovers from errors, a
    /// `<!DOCTYPE>` is passed over (never loaded), and the stream simply ends where the
    /// document stops making sense.
    public static func read(_ bytes: [UInt8], tolerant: Bool = false, _ visit: (Event) throws -> Void) throws {
        guard let reader = Reader(bytes, tolerant: tolerant) else { throw Malformed(description: "empty or oversized XML") }
        try reader.read(visit)
    }
}

/// Owns one libxml2 text reader and the buffer it reads, freed in `deinit`.
private final class Reader {
    private let reader: xmlTextReaderPtr
    /// The reader reads from this buffer, so it must live as long as the reader.
    private let buffer: UnsafeMutableBufferPointer<CChar>

    private let tolerant: Bool

    init?(_ bytes: [UInt8], tolerant: Bool) {
        self.tolerant = tolerant
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
        buffer = .allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes.lazy.map { CChar(bitPattern: $0) })
        let options = Int32(
            bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | (tolerant ? XML_PARSE_RECOVER.rawValue : 0))
        guard let reader = xmlReaderForMemory(buffer.baseAddress, Int32(bytes.count), nil, nil, options) else {
            buffer.deallocate()
            return nil
        }
        self.reader = reader
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    func read(_ visit: (XMLStreamReader.Event) throws -> Void) throws {
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return }
            guard status == 1 else {
                if tolerant { return }
                throw malformed("not well-formed")
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let name = localName
                try visit(.start(name: name, attributes: attributes()))
                if xmlTextReaderIsEmptyElement(reader) == 1 { try visit(.end(name: name)) }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                try visit(.end(name: localName))
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                if let value = xmlTextReaderConstValue(reader) { try visit(.text(String(cString: value))) }
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                if tolerant { continue }
                throw malformed("a DTD")
            default:
                continue
            }
        }
    }

    private var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    private func attributes() -> [String: String] {
        var attributes: [String: String] = [:]
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return attributes }
        repeat {
            // Namespace declarations (`xmlns:r`) are not attributes, and would shadow `r` on a cell.
            guard xmlTextReaderIsNamespaceDecl(reader) != 1, let value = xmlTextReaderConstValue(reader) else { continue }
            attributes[localName] = String(cString: value)
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
        return attributes
    }

    private func malformed(_ what: String) -> XMLStreamReader.Malformed {
        XMLStreamReader.Malformed(description: "\(what) at line \(xmlTextReaderGetParserLineNumber(reader))")
    }
}
