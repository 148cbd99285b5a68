/// Reads the audited keywords from PNG tEXt and uncompressed iTXt chunks, and XMP carried in iTXt.
///
/// zTXt and compressed iTXt are skipped: inflating them would need zlib and a bomb guard for
/// text that tools rarely compress. tEXt is Latin-1 by the PNG specification; iTXt is UTF-8.
enum PNGText {
    /// The iTXt keyword under which Adobe tools store an XMP packet in a PNG.
    static let xmpKeyword = "XML:com.adobe.xmp"

    /// Reads a tEXt chunk: `keyword\0text`.
    static func readText(_ chunk: ByteReader, into metadata: inout ImageMetadata) {
        guard let (keyword, textOffset) = keyword(in: chunk), let text = chunk.window(from: textOffset) else { return }
        keep(keyword, ByteReader.text(text.all, latin1: true), into: &metadata)
    }

    /// Reads an iTXt chunk: `keyword\0 compressed method language\0 translated\0 text`.
    static func readInternationalText(_ chunk: ByteReader, into metadata: inout ImageMetadata) {
        guard let (keyword, flagOffset) = keyword(in: chunk), chunk.u8(flagOffset) == 0,
            let language = chunk.firstOffset(of: [0], from: flagOffset + 2, limit: chunk.count),
            let translated = chunk.firstOffset(of: [0], from: language + 1, limit: chunk.count),
            let text = chunk.window(from: translated + 1)
        else { return }
        if keyword == xmpKeyword {
            XMP.read(text, into: &metadata)
        } else {
            keep(keyword, ByteReader.text(text.all), into: &metadata)
        }
    }

    /// The keyword (1 to 79 bytes, Latin-1) and the offset just after its NUL.
    private static func keyword(in chunk: ByteReader) -> (String, Int)? {
        guard let end = chunk.firstOffset(of: [0], limit: 80), end > 0, let name = chunk.bytes(0, end) else { return nil }
        return (ByteReader.latin1String(name), end + 1)
    }

    private static func keep(_ keyword: String, _ value: String?, into metadata: inout ImageMetadata) {
        guard let key = ImageMetadata.TextKey(rawValue: keyword), let value, metadata.pngText[key] == nil else { return }
        metadata.pngText[key] = value
    }
}
