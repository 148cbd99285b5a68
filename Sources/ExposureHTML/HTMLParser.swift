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
        let text = Charset.decode(bytes.dropFirst(choice.bomLength), as: choice.name)
        var result = HTMLDocument(url: url, charset: choice.name)
        guard let document = LibXMLDocument.parse(utf8: text) else { return result }
        withExtendedLifetime(document) {
            guard let root = document.root else { return }
            let survey = DocumentSurvey(root: root)
            var walker = PageWalker(units: survey.units)
            walker.walk(root)

            var pageResolver = URLResolver(base: url)
            if let href = survey.baseHref {
                let base = pageResolver.resolve(href)
                if base.hasPrefix("http://") || base.hasPrefix("https://") || base.hasPrefix("file:") {
                    result.baseURL = base
                }
            }
            var resolver = URLResolver(base: result.baseURL)
            result.title = survey.title
            result.language = survey.language
            result.meta = survey.meta
            result.openGraph = survey.openGraph
            result.jsonLD = survey.jsonLD
            result.canonicalURL = survey.canonicalHref.map { resolver.resolve($0) }
            result.blocks = walker.blocks
            result.links = walker.links.map { link in
                var link = link
                link.url = resolver.resolve(link.url)
                return link
            }
            result.images = walker.images.map { image in
                var image = image
                image.src = resolver.resolve(image.src)
                image.linkURL = image.linkURL.map { resolver.resolve($0) }
                image.srcset = ImageSources.firstOccurrences(
                    of: image.srcset.map { ImageCandidate(url: resolver.resolve($0.url), descriptor: $0.descriptor) })
                return image
            }
        }
        return result
    }
}
