/// An `<img>` with what surrounds it: caption, nearby text, enclosing link.
public struct Image: Sendable, Hashable {
    /// The resolved source; a lazy-loading attribute (`data-src`, `data-lazy-src`,
    /// `data-original`) replaces an empty, `data:` or placeholder-looking `src`.
    public var src: String
    /// `srcset`, `data-srcset` and `<picture><source srcset>` candidates, resolved, without duplicates.
    public var srcset: [ImageCandidate]
    public var alt: String?
    public var title: String?
    /// From the `width`/`height` attributes when they are plain pixel counts.
    public var width: Int?
    public var height: Int?
    /// The enclosing `<figure>`'s `<figcaption>`, else the nearest sibling whose class mentions caption.
    public var figcaption: String?
    /// Up to about 200 characters of text from the image's container, else from its block.
    public var context: String
    /// The resolved `href` of an enclosing `<a>`, which often points to the full-size original.
    public var linkURL: String?
    public var path: String
    public var container: Container?
    public var region: Region

    public init(
        src: String, srcset: [ImageCandidate] = [], alt: String? = nil, title: String? = nil,
        width: Int? = nil, height: Int? = nil, figcaption: String? = nil, context: String = "",
        linkURL: String? = nil, path: String, container: Container? = nil, region: Region = .main
    ) {
        self.src = src
        self.srcset = srcset
        self.alt = alt
        self.title = title
        self.width = width
        self.height = height
        self.figcaption = figcaption
        self.context = context
        self.linkURL = linkURL
        self.path = path
        self.container = container
        self.region = region
    }
}
