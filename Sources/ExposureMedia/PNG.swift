/// Reads a PNG's size from IHDR and its metadata from tEXt, iTXt and eXIf chunks.
///
/// CRCs are not checked: the audit asks what a file exposes, and text behind a bad CRC is
/// still readable by anyone who downloads it. The walk continues past IDAT because text
/// chunks may follow the image data; it ends at IEND, at a cut chunk, or after `maxChunks`.
enum PNG {
    /// Bounds the walk over a hostile file made of millions of empty chunks.
    static let maxChunks = 10_000
    private static let headerEnd = 8 + 8 + 8  // signature, IHDR length and type, width and height

    static func read(_ data: ByteReader) throws(ImageReadError) -> ImageInfo {
        guard data.count >= headerEnd else { throw ImageReadError(.truncated, "PNG ends before its IHDR size") }
        guard data.matches(Array("IHDR".utf8), at: 12), let width = data.u32(16), let height = data.u32(20) else {
            throw ImageReadError(.notAnImage, "PNG does not start with an IHDR chunk")
        }
        var metadata = ImageMetadata()
        var offset = 8
        for _ in 0..<maxChunks {
            guard let length = data.u32(offset), let type = data.bytes(offset + 4, 4),
                let chunk = data.window(offset + 8, length)
            else { break }
            switch String(decoding: type, as: UTF8.self) {
            case "tEXt": PNGText.readText(chunk, into: &metadata)
            case "iTXt": PNGText.readInternationalText(chunk, into: &metadata)
            case "eXIf": EXIF.read(chunk, into: &metadata)
            case "IEND": return ImageInfo(format: .png, width: width, height: height, metadata: metadata)
            default: break
            }
            offset += 12 + length  // length, type, data, CRC
        }
        return ImageInfo(format: .png, width: width, height: height, metadata: metadata)
    }
}
