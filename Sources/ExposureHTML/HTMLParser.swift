/// Turns fetched HTML bytes into an ``HTMLDocument``.
///
/// Decoding happens here, before libxml2 sees the bytes; libxml2 only builds the tree
/// (recovering from broken markup), and two passes over it produce plain Swift values.
public enum HTMLParser {
    /// Parses bytes as fetched.
    ///
    /// The charset comes from a byte order mark, else the HTTP `Content-Type` header, else a
    /// `<meta charset>` or `<meta http-equiv=Content-Type>` near the start, else UTF-8; bytes
    /// invalid in it become U+FFFD. Never fails: unparseable input gives an empty document.
    public static func parse(_ bytes: [UInt8], url: String, contentType: String? = nil) -> HTMLDocument {
        let choice = Charset.detect(bytes, contentType: contentType)
        let text = Charset.decodeForParsing(bytes.dropFirst(choice.bomLength), as: choice.name)
        var result = HTMLDocument(url: url, charset: choice.name)
        guard let document = LibXMLDocument.parse(utf8: text) else { return result }
        withExtendedLifetime(document) {
            guard let root = document.root else { return }
            let survey = DocumentSurvey(root: root)
            var walker = PageWalker(units: survey.units)
            walker.walk(root)

            // The base href resolves against the page; everything else against the base.
            var resolver = URLResolver(base: url)
            if let href = survey.baseHref {
                let base = resolver.resolve(href)
                if base.hasPrefix("http://") || base.hasPrefix("https://") || base.hasPrefix("file:") {
                    result.baseURL = base
                    resolver = URLResolver(base: base)
                }
            }
            result.title = survey.title
            result.language = survey.language
            result.meta = survey.meta
            result.openGraph = survey.openGraph
            result.jsonLD = survey.jsonLD
            result.canonicalURL = survey.canonicalHref.map { resolver.resolve($0) }
            result.blocks = walker.blocks
            // Resolved in place: the walker hands its arrays over rather than sharing them.
            result.links = walker.takeLinks()
            for index in result.links.indices {
                result.links[index].url = resolver.resolve(result.links[index].url)
            }
            result.images = walker.takeImages()
            for index in result.images.indices {
                result.images[index].src = resolver.resolve(result.images[index].src)
                result.images[index].linkURL = result.images[index].linkURL.map { resolver.resolve($0) }
                result.images[index].srcset = ImageSources.firstOccurrences(
                    of: result.images[index].srcset.map {
                        ImageCandidate(url: resolver.resolve($0.url), descriptor: $0.descriptor)
                    })
            }
        }
        return result
    }
}
