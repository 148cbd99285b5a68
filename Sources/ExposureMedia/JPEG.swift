/// Reads a JPEG's pixel size from its frame header (SOFn) and its APP1 EXIF and XMP and APP13 IPTC.
///
/// Walks the marker segments from SOI up to the start of scan (SOS), where the compressed data
/// begins and no more headers follow. Any SOFn (baseline, progressive, lossless, arithmetic)
/// gives the size; DHT (C4), JPG (C8) and DAC (CC) share the range but are not frames.
enum JPEG {
    static let signature: [UInt8] = [0xFF, 0xD8]
    private static let exifSignature = Array("Exif\0\0".utf8)
    private static let xmpSignature = Array("http://ns.adobe.com/xap/1.0/\0".utf8)

    static func read(_ data: ByteReader) throws(ImageReadError) -> ImageInfo {
        var metadata = ImageMetadata()
        var size: (width: Int, height: Int)?
        var offset = signature.count
        // Whether the walk stopped for want of bytes rather than at a marker or on garbage.
        var cut = false
        walk: while true {
            // Markers may be preceded by any number of 0xFF fill bytes.
            while data.u8(offset) == 0xFF, data.u8(offset + 1) == 0xFF { offset += 1 }
            guard let prefix = data.u8(offset), let marker = data.u8(offset + 1) else {
                cut = true
                break
            }
            guard prefix == 0xFF else { break }
            switch marker {
            case 0xD9, 0xDA: break walk  // EOI, SOS
            case 0x01, 0xD0...0xD7:  // standalone markers carry no length
                offset += 2
                continue
            default: break
            }
            guard let length = data.u16(offset + 2), length >= 2 else {
                cut = !data.contains(offset + 2, 2)
                break
            }
            guard let segment = data.window(offset + 4, length - 2) else {
                cut = true
                break
            }
            switch marker {
            case 0xC0...0xCF where ![0xC4, 0xC8, 0xCC].contains(marker):
                // precision (1 byte), then height and width; the first frame header wins.
                if size == nil, let height = segment.u16(1), let width = segment.u16(3) { size = (width, height) }
            case 0xE1:
                if segment.matches(exifSignature), let tiff = segment.window(from: exifSignature.count) {
                    EXIF.read(tiff, into: &metadata)
                } else if segment.matches(xmpSignature), let packet = segment.window(from: xmpSignature.count) {
                    XMP.read(packet, into: &metadata)
                }
            case 0xED:
                IPTC.read(segment, into: &metadata)
            default: break
            }
            offset += 2 + length
        }
        guard let size else {
            throw cut
                ? ImageReadError(.truncated, "JPEG ends before its frame header (SOF) at byte \(offset)")
                : ImageReadError(.notAnImage, "JPEG has no frame header before its image data (byte \(offset))")
        }
        return ImageInfo(format: .jpeg, width: size.width, height: size.height, metadata: metadata)
    }
}
