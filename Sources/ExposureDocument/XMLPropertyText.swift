import ExposureHTML

/// The text of named elements (and same-named attributes) in a small XML part: Office
/// `docProps/core.xml` and `docProps/app.xml`, and a PDF's XMP packet.
enum XMLPropertyText {
    /// The first non-empty text of each name found, by local name. The items of an XMP list
    /// (`rdf:li`) are joined with "; ".
    static func read(_ bytes: [UInt8], names: Set<String>) throws -> [String: String] {
        var found: [String: String] = [:]
        var open: (name: String, text: String)?
        try XMLStreamReader.read(bytes) { event in
            switch event {
            case .start(let name, let attributes):
                // XMP may write a property as an attribute of `rdf:Description`.
                for (attribute, value) in attributes where names.contains(attribute) && found[attribute] == nil {
                    found[attribute] = value.trimmingWhitespace.isEmpty ? nil : value
                }
                if open == nil, names.contains(name), found[name] == nil {
                    open = (name, "")
                } else if name == "li", let current = open, !current.text.trimmingWhitespace.isEmpty {
                    open?.text += "; "
                }
            case .text(let text):
                open?.text += text
            case .end(let name):
                guard let current = open, current.name == name else { return }
                let text = current.text.trimmingWhitespace
                if !text.isEmpty { found[name] = text }
                open = nil
            }
        }
        return found
    }
}
