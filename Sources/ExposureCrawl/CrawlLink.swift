/// A URL a page leads to, and what to fetch it as.
///
/// Pages are followed; documents and images are read, never followed. Media are fetched
/// under caps of their own (count per audit, bytes per file) and are not counted against the
/// page budget, so a site full of photos cannot crowd its pages out.
public struct CrawlLink: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A page to parse and follow (or any file a plain link leads to).
        case page
        /// A PDF or Office file, fetched whole under ``CrawlConfiguration/maxDocumentBytes``.
        case document
        /// An image's first ``CrawlConfiguration/imageHeaderBytes`` (a `Range` request): its
        /// format, pixel size and metadata headers.
        case image
        /// An image fetched whole, when its first bytes ended before its pixel size.
        case wholeImage

        /// Documents and images: fetched under the media caps, never followed.
        public var isMedia: Bool { self != .page }
    }

    public var url: String
    public var kind: Kind

    public init(_ url: String, kind: Kind = .page) {
        self.url = url
        self.kind = kind
    }

    /// What a URL's file extension says it is: `.document` for PDF and Office files, `.image`
    /// for JPEG, PNG, GIF and WebP, `.page` for anything else.
    public static func kind(ofURL url: String) -> Kind {
        let path = url.prefix { $0 != "?" && $0 != "#" }
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return .page }
        switch path[path.index(after: dot)...].lowercased() {
        case "pdf", "doc", "docx", "xls", "xlsx": return .document
        case "jpg", "jpeg", "png", "gif", "webp": return .image
        default: return .page
        }
    }
}
