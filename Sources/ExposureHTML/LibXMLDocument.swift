internal import CLibXML2

/// The single owner of one libxml2 document tree, freed when the owner goes.
///
/// Node pointers taken from it are only used while it is alive, inside one parse;
/// everything handed out of the module is a Swift value.
final class LibXMLDocument {
    private let document: htmlDocPtr

    private init(_ document: htmlDocPtr) {
        self.document = document
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The `<html>` element (libxml2 adds it when the markup has none).
    var root: NodePointer? { xmlDocGetRootElement(document) }

    /// Parses UTF-8 bytes leniently, or returns nil when libxml2 produces no document (empty input).
    ///
    /// No encoding is named: libxml2 reads UTF-8 when told none, whereas naming it would pass
    /// the whole page through a UTF-8-to-UTF-8 converter into a second buffer first.
    static func parse(utf8 bytes: ArraySlice<UInt8>) -> LibXMLDocument? {
        _ = initialized
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                htmlReadMemory(characters.baseAddress, Int32(characters.count), nil, nil, options)
            }
        }
        return document.map(LibXMLDocument.init)
    }

    /// Recover from broken markup, stay silent and offline; ignore `<meta charset>`, since the
    /// bytes are already UTF-8; and lift the 256-level nesting limit, past which libxml2 would
    /// drop the rest of a badly nested page.
    private static let options = Int32(
        bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)

    /// libxml2 must be initialised once before threads parse concurrently.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()
}
