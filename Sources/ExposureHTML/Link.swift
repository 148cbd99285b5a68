/// A hyperlink, frame, or `<link>` reference found on the page.
public struct Link: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// `<a href>` and `<area href>`.
        case anchor
        /// `<frame src>` and `<iframe src>`.
        case frame
        /// `<link rel=canonical>`.
        case canonical
        /// `<link rel=alternate>` (feeds, translations).
        case alternate
    }

    /// Resolved against the document's base URL; `tel:`, `mailto:`, `javascript:` and other
    /// non-web schemes are kept as written (trimmed).
    public var url: String
    /// The link's text (collapsed like ``TextBlock/text``); `alt` for `<area>`, `title` for frames and `<link>`.
    public var text: String
    public var rel: String?
    public var kind: Kind
    public var path: String
    public var container: Container?
    public var region: Region

    public init(
        url: String, text: String = "", rel: String? = nil, kind: Kind = .anchor, path: String,
        container: Container? = nil, region: Region = .main
    ) {
        self.url = url
        self.text = text
        self.rel = rel
        self.kind = kind
        self.path = path
        self.container = container
        self.region = region
    }
}
