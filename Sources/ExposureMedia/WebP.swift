/// Reads a WebP's size from its VP8X, VP8 or VP8L chunk and its metadata from EXIF and XMP chunks.
///
/// An extended file (VP8X) states its canvas size first and stores EXIF and XMP after the image
/// data; a simple file holds one VP8 (lossy) or VP8L (lossless) chunk. An image chunk cut short
/// by a size cap still yields its size, since the size lives in its first bytes.
enum WebP {
    /// Bounds the walk over a hostile file made of many tiny chunks.
    static let maxChunks = 10_000
    private static let exifPrefix = Array("Exif\0\0".utf8)

    static func read(_ data: ByteReader) throws(ImageReadError) -> ImageInfo {
        var riff = data
        riff.bigEndian = false
        var metadata = ImageMetadata()
        var size: (width: Int, height: Int)?
        var offset = 12
        for _ in 0..<maxChunks {
            guard let type = riff.bytes(offset, 4), let length = riff.u32(offset + 4),
                let available = riff.window(from: offset + 8)
            else { break }
            let chunk = riff.window(offset + 8, length)
            switch String(decoding: type, as: UTF8.self) {
            case "VP8X": size = canvasSize(available) ?? size
            case "VP8 ": size = size ?? lossySize(available)
            case "VP8L": size = size ?? losslessSize(available)
            case "EXIF":
                // The specification says TIFF data, but some writers keep JPEG's "Exif\0\0".
                if let chunk, let tiff = chunk.window(from: chunk.matches(exifPrefix) ? exifPrefix.count : 0) {
                    EXIF.read(tiff, into: &metadata)
                }
            case "XMP ": chunk.map { XMP.read($0, into: &metadata) }
            default: break
            }
            guard chunk != nil else { break }
            offset += 8 + (length + 1) & ~1  // chunks are padded to an even length
        }
        guard let size else { throw ImageReadError(.truncated, "WebP ends before a VP8X, VP8 or VP8L size") }
        return ImageInfo(format: .webp, width: size.width, height: size.height, metadata: metadata)
    }

    /// VP8X: flags (1 byte), reserved (3), canvas width - 1 and height - 1 (24 bits each).
    private static func canvasSize(_ chunk: ByteReader) -> (Int, Int)? {
        guard let width = chunk.u24(4), let height = chunk.u24(7) else { return nil }
        return (width + 1, height + 1)
    }

    /// VP8 key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height.
    private static func lossySize(_ chunk: ByteReader) -> (Int, Int)? {
        guard chunk.matches([0x9D, 0x01, 0x2A], at: 3), let width = chunk.u16(6), let height = chunk.u16(8) else {
            return nil
        }
        return (width & 0x3FFF, height & 0x3FFF)
    }

    /// VP8L: signature 0x2F, then width - 1 and height - 1 in the low 28 bits, 14 bits each.
    private static func losslessSize(_ chunk: ByteReader) -> (Int, Int)? {
        guard chunk.u8(0) == 0x2F, let bits = chunk.u32(1) else { return nil }
        return ((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1)
    }
}
