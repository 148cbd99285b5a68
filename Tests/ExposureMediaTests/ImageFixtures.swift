/// Builders for the test images: every file is assembled here from bytes, so each test states
/// exactly what the reader is given and nothing depends on files or tools outside the package.

/// Big- or little-endian integers of a given width.
func integer(_ value: UInt32, width: Int, bigEndian: Bool) -> [UInt8] {
    let bytes = (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) }
    return bigEndian ? bytes.reversed() : bytes
}

/// Writes a TIFF block (the body of an EXIF segment) with IFD0 and optional Exif and GPS IFDs.
struct TIFFWriter {
    /// An entry's value; `literal` writes the raw type, count and value field, for hostile entries.
    enum Value {
        case ascii(String)
        case short(UInt16)
        case long(UInt32)
        case rationals([(UInt32, UInt32)])
        case literal(type: UInt16, count: UInt32, field: UInt32)
    }

    typealias Entry = (tag: UInt16, value: Value)

    var bigEndian: Bool

    func build(ifd0: [Entry], exif: [Entry] = [], gps: [Entry] = []) -> [UInt8] {
        // IFD0 gets the pointers to the Exif and GPS IFDs, which follow it; values longer
        // than 4 bytes go to a data area after the last IFD.
        let ifdSize = { (entries: Int) in 2 + 12 * entries + 4 }
        let pointerCount = (exif.isEmpty ? 0 : 1) + (gps.isEmpty ? 0 : 1)
        let exifOffset = 8 + ifdSize(ifd0.count + pointerCount)
        let gpsOffset = exifOffset + (exif.isEmpty ? 0 : ifdSize(exif.count))
        var first = ifd0
        if !exif.isEmpty { first.append((0x8769, .long(UInt32(exifOffset)))) }
        if !gps.isEmpty { first.append((0x8825, .long(UInt32(gpsOffset)))) }
        let directories = [first, exif, gps].filter { !$0.isEmpty }
        let dataStart = gpsOffset + (gps.isEmpty ? 0 : ifdSize(gps.count))

        var out = Array((bigEndian ? "MM" : "II").utf8) + u16(42) + u32(8)
        var data: [UInt8] = []
        for directory in directories {
            out += u16(UInt16(directory.count))
            for (tag, value) in directory {
                out += u16(tag)
                let (type, count, bytes) = encode(value)
                out += u16(type) + u32(count)
                if case .literal(_, _, let field) = value {
                    out += u32(field)
                } else if bytes.count <= 4 {
                    out += bytes + [UInt8](repeating: 0, count: 4 - bytes.count)
                } else {
                    out += u32(UInt32(dataStart + data.count))
                    data += bytes + (bytes.count % 2 == 1 ? [0] : [])
                }
            }
            out += u32(0)  // no next IFD
        }
        return out + data
    }

    private func encode(_ value: Value) -> (type: UInt16, count: UInt32, bytes: [UInt8]) {
        switch value {
        case .ascii(let text):
            let bytes = Array(text.utf8) + [0]
            return (2, UInt32(bytes.count), bytes)
        case .short(let number): return (3, 1, u16(number))
        case .long(let number): return (4, 1, u32(number))
        case .rationals(let pairs): return (5, UInt32(pairs.count), pairs.flatMap { u32($0.0) + u32($0.1) })
        case .literal(let type, let count, _): return (type, count, [])
        }
    }

    func u16(_ value: UInt16) -> [UInt8] { integer(UInt32(value), width: 2, bigEndian: bigEndian) }
    func u32(_ value: UInt32) -> [UInt8] { integer(value, width: 4, bigEndian: bigEndian) }
}

/// The EXIF used across formats: camera, owner, software, times and a GPS position.
enum SampleEXIF {
    /// 21°1'42.12"N 105°51'15.6"E (central Hanoi).
    static let north = (latitude: 21.028_366_666_7, longitude: 105.854_333_333_3)
    /// 33°52'4.8"S 151°12'36"W.
    static let south = (latitude: -33.868, longitude: -151.21)

    static func tiff(bigEndian: Bool, southWest: Bool = false, withOriginalTime: Bool = true) -> [UInt8] {
        let latitude: [(UInt32, UInt32)] = southWest ? [(33, 1), (52, 1), (48, 10)] : [(21, 1), (1, 1), (4212, 100)]
        let longitude: [(UInt32, UInt32)] = southWest ? [(151, 1), (12, 1), (36, 1)] : [(105, 1), (51, 1), (156, 10)]
        return TIFFWriter(bigEndian: bigEndian).build(
            ifd0: [
                (0x010F, .ascii("Canon")), (0x0110, .ascii("Canon EOS R6")), (0x0131, .ascii("Adobe Photoshop 25.0")),
                (0x0132, .ascii("2024:05:02 10:00:00")), (0x013B, .ascii("Nguyễn Văn An")),
                (0x8298, .ascii("UBND tỉnh")),
            ],
            exif: withOriginalTime ? [(0x9003, .ascii("2024:05:01 08:30:15"))] : [],
            gps: [
                (1, .ascii(southWest ? "S" : "N")), (2, .rationals(latitude)),
                (3, .ascii(southWest ? "W" : "E")), (4, .rationals(longitude)),
            ])
    }
}

/// A JPEG segment: marker, 2-byte length (counting itself), payload.
func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
    [0xFF, marker] + integer(UInt32(payload.count + 2), width: 2, bigEndian: true) + payload
}

/// An XMP packet naming its creator in the element form or the attribute form.
func xmpPacket(creator: String, attributeForm: Bool = false) -> String {
    let description =
        attributeForm
        ? "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"\(creator)\"/>"
        : """
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
         <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Chân dung</rdf:li></rdf:Alt></dc:title>
         <dc:creator><rdf:Seq><rdf:li>\(creator)</rdf:li><rdf:li>Second</rdf:li></rdf:Seq></dc:creator>
        </rdf:Description>
        """
    return """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        \(description)
        </rdf:RDF></x:xmpmeta>
        <?xpacket end="w"?>
        """
}

/// An APP13 payload: "Photoshop 3.0", an unrelated 8BIM resource, then IPTC 0x0404 holding a
/// caption (2:120) before the by-line (2:80), so the walk has to step over both.
func photoshopIPTC(byline: String) -> [UInt8] {
    func record(_ dataset: UInt8, _ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        return [0x1C, 2, dataset] + integer(UInt32(bytes.count), width: 2, bigEndian: true) + bytes
    }
    func resource(_ id: UInt16, name: String, _ data: [UInt8]) -> [UInt8] {
        var pascal = [UInt8(name.utf8.count)] + Array(name.utf8)
        if pascal.count % 2 == 1 { pascal.append(0) }
        return Array("8BIM".utf8) + integer(UInt32(id), width: 2, bigEndian: true) + pascal
            + integer(UInt32(data.count), width: 4, bigEndian: true) + data + (data.count % 2 == 1 ? [0] : [])
    }
    let iptc = record(0, "\u{0}\u{4}") + record(120, "Lễ trao giải") + record(80, byline)
    return Array("Photoshop 3.0\0".utf8) + resource(0x0425, name: "ab", [1, 2, 3]) + resource(0x0404, name: "", iptc)
}

/// A minimal JPEG: SOI, APP1 Exif, APP1 XMP, APP13 IPTC, SOF (baseline or progressive), DHT,
/// SOS with a few scan bytes, EOI. Returns the bytes and where the frame header ends.
func sampleJPEG(
    width: UInt16, height: UInt16, progressive: Bool = false, exif: [UInt8]? = SampleEXIF.tiff(bigEndian: true),
    xmpCreator: String? = "Trần Thị Bình", byline: String? = "Phạm Văn Cường"
) -> (bytes: [UInt8], frameEnd: Int) {
    var bytes: [UInt8] = [0xFF, 0xD8]
    bytes += segment(0xE0, Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0])
    if let exif { bytes += segment(0xE1, Array("Exif\0\0".utf8) + exif) }
    if let xmpCreator {
        bytes += segment(0xE1, Array("http://ns.adobe.com/xap/1.0/\0".utf8) + Array(xmpPacket(creator: xmpCreator).utf8))
    }
    if let byline { bytes += segment(0xED, photoshopIPTC(byline: byline)) }
    let big = { (value: UInt16) in integer(UInt32(value), width: 2, bigEndian: true) }
    bytes += [0xFF, 0xFF]  // fill bytes before a marker are allowed
    bytes += segment(progressive ? 0xC2 : 0xC0, [8] + big(height) + big(width) + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
    let frameEnd = bytes.count
    bytes += segment(0xC4, [0x00] + [UInt8](repeating: 0, count: 16))
    bytes += segment(0xDA, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0]) + [0x12, 0x34, 0xFF, 0x00, 0x56]
    bytes += [0xFF, 0xD9]
    return (bytes, frameEnd)
}

/// CRC-32 as PNG uses it, so the test PNGs are valid files (the reader does not check CRCs).
func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }
    return ~crc
}

func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let body = Array(type.utf8) + data
    return integer(UInt32(data.count), width: 4, bigEndian: true) + body + integer(crc32(body), width: 4, bigEndian: true)
}

let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

func pngHeader(width: UInt32, height: UInt32) -> [UInt8] {
    pngSignature
        + pngChunk(
            "IHDR", integer(width, width: 4, bigEndian: true) + integer(height, width: 4, bigEndian: true) + [8, 2, 0, 0, 0])
}

/// A WebP RIFF container around `chunks`.
func webp(_ chunks: [[UInt8]]) -> [UInt8] {
    let body = Array("WEBP".utf8) + chunks.joined()
    return Array("RIFF".utf8) + integer(UInt32(body.count), width: 4, bigEndian: false) + body
}

func webpChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    Array(type.utf8) + integer(UInt32(data.count), width: 4, bigEndian: false) + data + (data.count % 2 == 1 ? [0] : [])
}

/// A VP8 key frame header with the given size; the top two bits of each 16-bit field are the
/// scaling code, set here to check that the reader masks them off.
func vp8(width: UInt16, height: UInt16) -> [UInt8] {
    [0x50, 0x02, 0x00, 0x9D, 0x01, 0x2A] + integer(UInt32(width | 0x4000), width: 2, bigEndian: false)
        + integer(UInt32(height | 0x8000), width: 2, bigEndian: false) + [UInt8](repeating: 0, count: 10)
}

func vp8l(width: UInt32, height: UInt32) -> [UInt8] {
    let bits = (width - 1) | (height - 1) << 14 | 1 << 28  // alpha bit set, version 0
    return [0x2F] + integer(bits, width: 4, bigEndian: false) + [0, 0, 0]
}

func vp8x(width: UInt32, height: UInt32) -> [UInt8] {
    [0x08, 0, 0, 0] + integer(width - 1, width: 3, bigEndian: false) + integer(height - 1, width: 3, bigEndian: false)
}
