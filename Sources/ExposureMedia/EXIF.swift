/// Reads the audited EXIF fields from a TIFF-structured block (JPEG APP1, PNG eXIf, WebP EXIF).
///
/// Walks IFD0 and the Exif and GPS IFDs it points to, in either byte order. The block comes from
/// an untrusted page, so each IFD is visited once (a pointer back to an earlier IFD is a cycle),
/// each IFD reads at most `maxEntriesPerIFD` entries and the whole walk at most `maxEntries`, and
/// every offset and count is checked against the block; what was read before a fault is kept.
enum EXIF {
    /// Real cameras write well under a hundred entries per IFD; more is garbage or an attack.
    static let maxEntriesPerIFD = 512
    /// The whole walk's budget, across all IFDs.
    static let maxEntries = 2048

    private enum Tag {
        static let make = 0x010F, model = 0x0110, software = 0x0131, dateTime = 0x0132
        static let artist = 0x013B, copyright = 0x8298
        static let exifIFD = 0x8769, gpsIFD = 0x8825
        static let dateTimeOriginal = 0x9003
        static let latitudeRef = 1, latitude = 2, longitudeRef = 3, longitude = 4
    }

    /// Which IFD an offset leads to; it decides which tags are looked at.
    private enum Directory { case ifd0, exif, gps }

    /// One IFD entry with its value located (inline or at its offset) and bounds-checked.
    private struct Entry {
        let tag: Int
        let type: Int
        let count: Int
        let value: ByteReader
    }

    /// Parses `tiff` (starting at its "II*\0" or "MM\0*" header) into `metadata`.
    static func read(_ tiff: ByteReader, into metadata: inout ImageMetadata) {
        var block = tiff
        if block.matches(Array("II".utf8)) {
            block.bigEndian = false
        } else if block.matches(Array("MM".utf8)) {
            block.bigEndian = true
        } else {
            return
        }
        guard block.u16(2) == 42, let ifd0 = block.u32(4) else { return }

        var pending: [(offset: Int, directory: Directory)] = [(ifd0, .ifd0)]
        var visited: Set<Int> = []
        var budget = maxEntries
        var dateTime: String?
        var dateTimeOriginal: String?
        var gps: [Int: Entry] = [:]

        while budget > 0, let next = pending.popLast() {
            let (offset, directory) = next
            guard visited.insert(offset).inserted, let declared = block.u16(offset) else { continue }
            // Entries are 12 bytes each after the 2-byte count; read only those that fit.
            let fitting = max(0, (block.count - offset - 2) / 12)
            let entryCount = min(declared, fitting, maxEntriesPerIFD, budget)
            budget -= entryCount
            for index in 0..<entryCount {
                guard let entry = entry(in: block, at: offset + 2 + 12 * index) else { continue }
                switch (directory, entry.tag) {
                case (.ifd0, Tag.make): metadata.keepFirst(\.cameraMake, ascii(entry))
                case (.ifd0, Tag.model): metadata.keepFirst(\.cameraModel, ascii(entry))
                case (.ifd0, Tag.software): metadata.keepFirst(\.software, ascii(entry))
                case (.ifd0, Tag.artist): metadata.keepFirst(\.artist, ascii(entry))
                case (.ifd0, Tag.copyright): metadata.keepFirst(\.copyright, ascii(entry))
                case (.ifd0, Tag.dateTime): dateTime = dateTime ?? ascii(entry)
                case (.ifd0, Tag.exifIFD): pointer(entry).map { pending.append(($0, .exif)) }
                case (.ifd0, Tag.gpsIFD): pointer(entry).map { pending.append(($0, .gps)) }
                case (.exif, Tag.dateTimeOriginal): dateTimeOriginal = dateTimeOriginal ?? ascii(entry)
                case (.gps, _): gps[entry.tag] = gps[entry.tag] ?? entry
                default: break
                }
            }
        }
        metadata.keepFirst(\.captureTime, dateTimeOriginal ?? dateTime)
        if metadata.latitude == nil, metadata.longitude == nil,
            let latitude = degrees(gps[Tag.latitude], ref: gps[Tag.latitudeRef], negative: "S", limit: 90),
            let longitude = degrees(gps[Tag.longitude], ref: gps[Tag.longitudeRef], negative: "W", limit: 180)
        {
            metadata.latitude = latitude
            metadata.longitude = longitude
        }
    }

    /// The entry at `offset`, or nil if its value does not lie inside the block.
    private static func entry(in block: ByteReader, at offset: Int) -> Entry? {
        guard let tag = block.u16(offset), let type = block.u16(offset + 2), let count = block.u32(offset + 4)
        else { return nil }
        // Sizes of BYTE, ASCII, SHORT, LONG, RATIONAL; other types are never needed here.
        let unitSizes = [1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1]
        guard let unit = unitSizes[type] else { return nil }
        // count is at most 2^32 - 1 and unit at most 8, so the product fits in a 64-bit Int.
        let length = count * unit
        // Values of up to 4 bytes sit in the entry itself; longer ones at the offset it gives.
        let valueOffset = length <= 4 ? offset + 8 : block.u32(offset + 8)
        guard let valueOffset, let value = block.window(valueOffset, length) else { return nil }
        return Entry(tag: tag, type: type, count: count, value: value)
    }

    private static func ascii(_ entry: Entry) -> String? {
        entry.type == 2 || entry.type == 7 ? ByteReader.text(entry.value.all) : nil
    }

    /// An IFD offset from a LONG (or, from some writers, SHORT) entry.
    private static func pointer(_ entry: Entry) -> Int? {
        switch entry.type {
        case 4: entry.value.u32(0)
        case 3: entry.value.u16(0)
        default: nil
        }
    }

    /// Signed decimal degrees from three RATIONALs (degrees, minutes, seconds) and an ASCII ref,
    /// or nil if any denominator is zero or the result is out of range.
    private static func degrees(_ entry: Entry?, ref: Entry?, negative: String, limit: Double) -> Double? {
        guard let entry, entry.type == 5, entry.count >= 3 else { return nil }
        var total = 0.0
        for (index, scale) in [1.0, 60.0, 3600.0].enumerated() {
            guard let numerator = entry.value.u32(index * 8), let denominator = entry.value.u32(index * 8 + 4),
                denominator != 0
            else { return nil }
            total += Double(numerator) / Double(denominator) / scale
        }
        guard total <= limit else { return nil }
        return ref.flatMap(ascii)?.uppercased() == negative ? -total : total
    }
}
