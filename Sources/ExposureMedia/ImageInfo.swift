/// An image's format, pixel size and audited metadata, read from its bytes.
///
/// The crawler fetches an image (within its size cap) and hands the bytes here; nothing is
/// decoded beyond the headers, so a large image costs a short walk over its segments or chunks.
public struct ImageInfo: Sendable, Equatable {
    public var format: ImageFormat
    /// Pixel width; for WebP with a VP8X header, the canvas width.
    public var width: Int
    /// Pixel height; for WebP with a VP8X header, the canvas height.
    public var height: Int
    /// The audited metadata, or nil when the image carries none of it.
    public var metadata: ImageMetadata?

    /// An image description; empty metadata is stored as nil so callers test one thing.
    public init(format: ImageFormat, width: Int, height: Int, metadata: ImageMetadata?) {
        self.format = format
        self.width = width
        self.height = height
        self.metadata = metadata?.isEmpty == false ? metadata : nil
    }

    /// Reads the format, the pixel size and the metadata of `bytes`.
    ///
    /// Throws `notAnImage` for data that is not one of the four formats and `truncated` when
    /// it ends before the pixel size. Damaged metadata never throws: its fields stay nil.
    public init(reading bytes: [UInt8]) throws(ImageReadError) {
        let data = ByteReader(bytes)
        self =
            switch try ImageFormat.sniff(data) {
            case .jpeg: try JPEG.read(data)
            case .png: try PNG.read(data)
            case .gif: try GIF.read(data)
            case .webp: try WebP.read(data)
            }
    }
}
