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
    ///
    /// Read from the bytes, without copies: every link of every page asks.
    public static func kind(ofURL url: String) -> Kind {
        // The contiguous bytes of a native string are read several times faster than its UTF-8 view.
        url.utf8.withContiguousStorageIfAvailable { kind(ofURLBytes: $0) } ?? kind(ofURLBytes: url.utf8)
    }

    private static func kind(ofURLBytes bytes: some Sequence<UInt8>) -> Kind {
        var extensionBytes: UInt64 = 0  // up to the last 8 bytes after the last dot, lower-cased
        var length = 0
        var sawDot = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "#"):
                return sawDot ? kind(ofExtension: extensionBytes, length: length) : .page
            case UInt8(ascii: "/"):
                (extensionBytes, length, sawDot) = (0, 0, false)
            case UInt8(ascii: "."):
                (extensionBytes, length, sawDot) = (0, 0, true)
            default:
                guard sawDot else { continue }
                length += 1
                let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                if length <= 8 { extensionBytes = extensionBytes << 8 | UInt64(lower) }
            }
        }
        return sawDot ? kind(ofExtension: extensionBytes, length: length) : .page
    }

    private static let extensionKinds: [UInt64: Kind] = Dictionary(
        uniqueKeysWithValues: [
            ("pdf", Kind.document), ("doc", .document), ("docx", .document), ("xls", .document), ("xlsx", .document),
            ("jpg", .image), ("jpeg", .image), ("png", .image), ("gif", .image), ("webp", .image),
        ].map { name, kind in (name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, kind) })

    private static func kind(ofExtension packed: UInt64, length: Int) -> Kind {
        guard (3...4).contains(length) else { return .page }
        return extensionKinds[packed] ?? .page
    }
}
