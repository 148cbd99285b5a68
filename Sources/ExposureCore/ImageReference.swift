/// The picture a `portrait` or `image_metadata` finding is about: the image as shown and the
/// largest version of it the audit found, with that version's pixel size.
///
/// URLs and pixel counts only: the report never carries the image itself.
public struct ImageReference: Sendable, Hashable, Codable {
    /// The image as the page shows it (a thumbnail, often).
    public var url: String
    /// The largest version found behind it (`srcset`, the link around it, the CMS original);
    /// `url` itself when nothing larger was found.
    public var original: String
    /// The original's pixel size as read from its bytes; nil when it could not be fetched.
    public var width: Int?
    public var height: Int?

    public init(url: String, original: String? = nil, width: Int? = nil, height: Int? = nil) {
        self.url = url
        self.original = original ?? url
        self.width = width
        self.height = height
    }

    /// The shorter side in pixels, what a face swap has to work with.
    public var shortSide: Int? {
        guard let width, let height else { return nil }
        return min(width, height)
    }
}
