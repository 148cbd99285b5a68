/// Finds the IPTC by-line (2:80) in a JPEG APP13 Photoshop block.
///
/// APP13 holds "Photoshop 3.0\0" and a list of 8BIM image resources; resource 0x0404 holds the
/// IPTC-NAA records, each `0x1C record dataset length data`. Every length is checked against
/// its block, and the walk stops at the first malformed resource or record.
enum IPTC {
    static let photoshopSignature = Array("Photoshop 3.0\0".utf8)

    /// Reads the by-line from an APP13 payload (starting at "Photoshop 3.0").
    static func read(_ app13: ByteReader, into metadata: inout ImageMetadata) {
        guard app13.matches(photoshopSignature) else { return }
        var offset = photoshopSignature.count
        while app13.matches(Array("8BIM".utf8), at: offset), let id = app13.u16(offset + 4),
            let nameLength = app13.u8(offset + 6)
        {
            // The name is a Pascal string padded so that length byte plus name is even.
            let sizeOffset = offset + 6 + (Int(nameLength) + 2) & ~1
            guard let size = app13.u32(sizeOffset), let data = app13.window(sizeOffset + 4, size) else { return }
            if id == 0x0404 {
                metadata.keepFirst(\.iptcByline, byline(in: data))
                return
            }
            offset = sizeOffset + 4 + (size + 1) & ~1
        }
    }

    /// The first 2:80 dataset in a run of IPTC records.
    static func byline(in records: ByteReader) -> String? {
        var offset = 0
        while records.u8(offset) == 0x1C, let record = records.u8(offset + 1), let dataset = records.u8(offset + 2),
            let length = records.u16(offset + 3)
        {
            // A set high bit announces an extended length, used only for large binary data.
            guard length & 0x8000 == 0, let data = records.bytes(offset + 5, length) else { return nil }
            if record == 2, dataset == 80 { return ByteReader.text(data) }
            offset += 5 + length
        }
        return nil
    }
}
