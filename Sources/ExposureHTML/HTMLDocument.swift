/// A parsed page as plain Swift values: metadata, text blocks, links and images.
///
/// Nothing in it refers to libxml2; it is safe to keep, copy and send across tasks.
public struct HTMLDocument: Sendable {
    /// The page URL as given to ``HTMLParser/parse(_:url:contentType:)``.
    public var url: String
    /// The first `<base href>` resolved against ``url``, else ``url``.
    public var baseURL: String
    /// The charset the bytes were decoded with, as a lowercased canonical name (`utf-8`, `windows-1258`).
    public var charset: String
    public var title: String?
    /// The `lang` attribute of `<html>`.
    public var language: String?
    /// Every `<meta>` that has a name, property or http-equiv and a content, in document order.
    public var meta: [MetaTag]
    /// `og:*` and `article:*` properties mapped to their content; the first occurrence wins.
    public var openGraph: [String: String]
    /// The raw text of each `<script type="application/ld+json">`, trimmed.
    public var jsonLD: [String]
    /// The first `<link rel=canonical>`, resolved against ``baseURL``.
    public var canonicalURL: String?
    /// Text runs of block elements in document order.
    public var blocks: [TextBlock]
    public var links: [Link]
    public var images: [Image]

    public init(
        url: String, baseURL: String? = nil, charset: String = "utf-8", title: String? = nil,
        language: String? = nil, meta: [MetaTag] = [], openGraph: [String: String] = [:],
        jsonLD: [String] = [], canonicalURL: String? = nil, blocks: [TextBlock] = [],
        links: [Link] = [], images: [Image] = []
    ) {
        self.url = url
        self.baseURL = baseURL ?? url
        self.charset = charset
        self.title = title
        self.language = language
        self.meta = meta
        self.openGraph = openGraph
        self.jsonLD = jsonLD
        self.canonicalURL = canonicalURL
        self.blocks = blocks
        self.links = links
        self.images = images
    }
}
