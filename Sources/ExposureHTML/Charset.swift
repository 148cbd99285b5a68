/// Finding out which charset a page's bytes are in.
///
/// Order: byte order mark, then the HTTP `Content-Type` charset, then a `<meta>` declaration in
/// the first bytes, then UTF-8. The BOM comes first, as in browsers (WHATWG encoding sniffing):
/// a BOM is unambiguous, while servers often send a default charset for every file.
/// Labels that cannot be decoded are ignored, so the next source decides.
enum Charset {
    /// A charset choice: its canonical name and how many leading BOM bytes to skip.
    struct Choice: Equatable {
        var name: String
        var bomLength: Int
    }

    /// How far into the page a `<meta>` charset declaration is looked for.
    ///
    /// WHATWG says 1024 bytes; legacy Vietnamese pages sometimes put long scripts first.
    static let prescanLength = 8192

    static func detect(_ bytes: [UInt8], contentType: String?) -> Choice {
        if let bom = byteOrderMark(bytes) { return bom }
        if let label = contentType.flatMap(charsetParameter), let name = canonicalName(label) {
            return Choice(name: name, bomLength: 0)
        }
        if let label = metaCharset(bytes), let name = canonicalName(label) {
            // A page cannot declare UTF-16 in ASCII-compatible bytes it can read; WHATWG reads UTF-8.
            return Choice(name: name.hasPrefix("utf-16") ? "utf-8" : name, bomLength: 0)
        }
        return Choice(name: "utf-8", bomLength: 0)
    }

    /// The charset announced by a UTF-8 or UTF-16 byte order mark.
    static func byteOrderMark(_ bytes: [UInt8]) -> Choice? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Choice(name: "utf-8", bomLength: 3) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Choice(name: "utf-16be", bomLength: 2) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Choice(name: "utf-16le", bomLength: 2) }
        return nil
    }

    /// The `charset` parameter of a `Content-Type` value such as `text/html; charset="cp1258"`.
    static func charsetParameter(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let key = parameter[..<equals].trimmingASCIIWhitespace().lowercased()
            if key == "charset" {
                return unquoted(parameter[parameter.index(after: equals)...])
            }
        }
        return nil
    }

    /// The lowercased canonical name for a charset label, or nil when it cannot be decoded.
    ///
    /// Known aliases map to WHATWG names (`latin1` and `iso-8859-1` read as `windows-1252`, a
    /// superset browsers use for them); any other label is accepted when iconv knows it.
    static func canonicalName(_ label: String) -> String? {
        let key = label.trimmingASCIIWhitespace().lowercased()
        if let name = aliases[key] { return name }
        guard !key.isEmpty, key.utf8.allSatisfy(isLabelByte), iconvCanDecode(key) else {
            return nil
        }
        return key
    }

    private static let aliases: [String: String] = {
        let groups: [String: [String]] = [
            "utf-8": ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"],
            "utf-16le": ["utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff"],
            "utf-16be": ["utf-16be", "unicodefffe"],
            "windows-1252": [
                "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
                "iso_8859-1:1987", "iso-ir-100", "latin1", "l1", "ibm819", "cp819", "csisolatin1",
                "ascii", "us-ascii", "ansi_x3.4-1968",
            ],
            "windows-1258": ["windows-1258", "cp1258", "x-cp1258"],
        ]
        var table: [String: String] = [:]
        for (name, labels) in groups {
            for label in labels { table[label] = name }
        }
        return table
    }()

    /// Bytes allowed in a label handed to iconv; `/` would select iconv's transliteration modes.
    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    private static func unquoted(_ text: Substring) -> String {
        var value = text.trimmingASCIIWhitespace()
        while let first = value.first, first == "\"" || first == "'" { value = value.dropFirst() }
        while let last = value.last, last == "\"" || last == "'" { value = value.dropLast() }
        return String(value.trimmingASCIIWhitespace())
    }
}
