/// The sample site's photos and letter, made in code when the server starts rather than
/// committed as binaries: grey baseline JPEGs of a real pixel size (with EXIF where a test
/// needs it) and a PDF letter whose Vietnamese text poppler extracts through a ToUnicode map.
enum SampleMedia {
    /// Generated files by URL path.
    static let files: [String: (contentType: String, body: [UInt8])] = [
        "/uploads/tin-tuc/2024/hoang-van-nghia-chan-dung-150x150.jpg": ("image/jpeg", GreyJPEG.make(width: 150, height: 150)),
        "/uploads/tin-tuc/2024/hoang-van-nghia-chan-dung.jpg": (
            "image/jpeg",
            GreyJPEG.make(
                width: 1200, height: 1600,
                exif: EXIFBlock.make(camera: ("Canon", "Canon EOS 80D"), time: "2024:09:28 09:12:40", gps: nil))
        ),
        // A family photo taken at home with the phone's location on: 16°48'58.824"N 107°6'0.54"E.
        "/uploads/tin-tuc/2024/IMG_0412.jpg": (
            "image/jpeg",
            GreyJPEG.make(
                width: 640, height: 480,
                exif: EXIFBlock.make(
                    camera: ("samsung", "SM-A546E"), time: "2024:10:01 18:40:05",
                    gps: (latitude: [(16, 1), (48, 1), (58_824, 1000)], longitude: [(107, 1), (6, 1), (54, 100)])))
        ),
        // One stock picture shown for several staff who sent no photo.
        "/uploads/can-bo/anh-dai-dien.jpg": ("image/jpeg", GreyJPEG.make(width: 200, height: 200)),
        "/van-ban/thong-bao-214.pdf": ("application/pdf", LetterPDF.make(lines: LetterPDF.sampleLetter, author: "Trương Thị Bích Ngọc")),
    ]
}

/// A baseline JPEG of one grey: every 8×8 block is a zero DC difference and an end of block,
/// each a one-bit Huffman code, so a 1200×1600 picture takes 7.5 KB and decodes anywhere.
enum GreyJPEG {
    static func make(width: Int, height: Int, exif: [UInt8]? = nil) -> [UInt8] {
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += segment(0xE0, Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0])
        if let exif { bytes += segment(0xE1, Array("Exif\0\0".utf8) + exif) }
        bytes += segment(0xDB, [0] + [UInt8](repeating: 1, count: 64))
        bytes += segment(0xC0, [8] + be16(height) + be16(width) + [1, 1, 0x11, 0])
        // One code of length 1 for DC category 0 (table 0), one for AC end-of-block (table 1,0).
        bytes += segment(0xC4, [0x00, 1] + [UInt8](repeating: 0, count: 15) + [0])
        bytes += segment(0xC4, [0x10, 1] + [UInt8](repeating: 0, count: 15) + [0])
        bytes += segment(0xDA, [1, 1, 0x00, 0, 63, 0])
        let blocks = ((width + 7) / 8) * ((height + 7) / 8)
        let bits = blocks * 2
        bytes += [UInt8](repeating: 0, count: bits / 8)
        // The last byte's unused bits are padded with ones, as the standard asks.
        if bits % 8 != 0 { bytes.append(UInt8(0xFF >> (bits % 8))) }
        return bytes + [0xFF, 0xD9]
    }

    static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker] + be16(payload.count + 2) + payload
    }
}

/// A big-endian TIFF block for a JPEG's APP1 Exif segment: camera, time and a GPS position.
enum EXIFBlock {
    typealias Rational = (UInt32, UInt32)

    static func make(
        camera: (make: String, model: String), time: String,
        gps: (latitude: [Rational], longitude: [Rational])?
    ) -> [UInt8] {
        var ifd0: [(tag: Int, type: Int, count: Int, value: [UInt8])] = [
            ascii(0x010F, camera.make), ascii(0x0110, camera.model), ascii(0x0132, time),
        ]
        var gpsIFD: [(tag: Int, type: Int, count: Int, value: [UInt8])] = []
        if let gps {
            gpsIFD = [
                ascii(1, "N"), (2, 5, 3, gps.latitude.flatMap { be32($0.0) + be32($0.1) }),
                ascii(3, "E"), (4, 5, 3, gps.longitude.flatMap { be32($0.0) + be32($0.1) }),
            ]
            ifd0.append((0x8825, 4, 1, []))  // its offset is filled in below
        }
        let ifdSize = { (count: Int) in 2 + 12 * count + 4 }
        let gpsOffset = 8 + ifdSize(ifd0.count)
        var dataOffset = gpsOffset + (gpsIFD.isEmpty ? 0 : ifdSize(gpsIFD.count))
        if !gpsIFD.isEmpty { ifd0[ifd0.count - 1].value = be32(UInt32(gpsOffset)) }

        var out = Array("MM".utf8) + be16(42) + be32(8)
        var data: [UInt8] = []
        for directory in [ifd0, gpsIFD] where !directory.isEmpty {
            out += be16(directory.count)
            for entry in directory {
                out += be16(entry.tag) + be16(entry.type) + be32(UInt32(entry.count))
                if entry.value.count <= 4 {
                    out += entry.value + [UInt8](repeating: 0, count: 4 - entry.value.count)
                } else {
                    out += be32(UInt32(dataOffset))
                    let padded = entry.value + (entry.value.count % 2 == 1 ? [0] : [])
                    data += padded
                    dataOffset += padded.count
                }
            }
            out += be32(0)
        }
        return out + data
    }

    private static func ascii(_ tag: Int, _ text: String) -> (tag: Int, type: Int, count: Int, value: [UInt8]) {
        let bytes = Array(text.utf8) + [0]
        return (tag, 2, bytes.count, bytes)
    }
}

/// A one-page PDF letter in a Type0 font with Identity-H codes and a ToUnicode map, so any
/// Vietnamese text extracts exactly (no glyphs are embedded: the file is for text tools).
enum LetterPDF {
    /// An official notice signed on behalf of the director, with the signer's mobile under the name.
    static let sampleLetter = [
        "UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ", "Số: 214/TB-SNV", "", "Đông Hà, ngày 30 tháng 9 năm 2024", "",
        "THÔNG BÁO", "Lịch tiếp công dân của Lãnh đạo Sở tháng 10 năm 2024", "",
        "Lãnh đạo Sở tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở Sở Nội vụ.", "",
        "Nơi nhận:", "- Các phòng, ban thuộc Sở;", "- Lưu: VT, VP.", "",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Đức Minh", "Di động: 035.861.4290",
    ]

    static func make(lines: [String], author: String) -> [UInt8] {
        let characters = Array(Set(lines.joined().unicodeScalars)).sorted { $0.value < $1.value }
        let code = Dictionary(uniqueKeysWithValues: characters.enumerated().map { ($1, $0 + 1) })
        let hex = { (value: Int) in String(value, radix: 16, uppercase: true).leftPadded(to: 4) }
        // poppler ends a paragraph at a gap of a few lines, so an empty line skips three.
        let shown = lines.map { line in
            line.isEmpty ? "T* T* T*" : "<\(line.unicodeScalars.map { hex(code[$0]!) }.joined())> Tj T*"
        }
        let mappings = characters.map { "<\(hex(code[$0]!))> <\(hex(Int($0.value)))>" }
        let toUnicode = """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def /CMapType 2 def
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            \(mappings.count) beginbfchar
            \(mappings.joined(separator: "\n"))
            endbfchar endcmap CMapName currentdict /CMap defineresource pop end end
            """
        let utf16 = "FEFF" + author.utf16.map { hex(Int($0)) }.joined()
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /TimesNewRoman /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 8 0 R >>",
            "<< /Author <\(utf16)> /Creator (Microsoft Word 2016) /Producer (Microsoft Word 2016) /CreationDate (D:20240930091500+07'00') >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 6 0 R >>",
            stream("BT /F1 12 Tf 14 TL 72 780 Td \(shown.joined(separator: " ")) ET"),
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TimesNewRoman /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
            stream(toUnicode),
        ]
        var output = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = output.utf8.count
        output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { output += String(offset).leftPadded(to: 10) + " 00000 n \n" }
        output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 4 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(output.utf8)
    }

    private static func stream(_ content: String) -> String {
        "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"
    }
}

private func be16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
private func be32(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
