import ExposureHTML

/// The page URL the fixtures are parsed at.
let pageURL = "https://so.example.gov.vn/gioi-thieu/lanh-dao.html"

/// Parses an HTML string given as UTF-8 bytes.
func parse(_ html: String, url: String = pageURL, contentType: String? = nil) -> HTMLDocument {
    HTMLParser.parse(Array(html.utf8), url: url, contentType: contentType)
}

/// Wraps body markup in a minimal document.
func page(_ body: String, head: String = "") -> String {
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
}

extension HTMLDocument {
    /// The block whose text is exactly `text` (compared scalar by scalar, so NFC ≠ NFD).
    func block(_ text: String) -> TextBlock? {
        blocks.first { Array($0.text.unicodeScalars) == Array(text.unicodeScalars) }
    }

    /// The first block whose text contains `fragment`.
    func block(containing fragment: String) -> TextBlock? {
        blocks.first { $0.text.contains(fragment) }
    }

    var texts: [String] { blocks.map(\.text) }
}
