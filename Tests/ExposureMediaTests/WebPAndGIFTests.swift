import Testing

@testable import ExposureMedia

@Suite struct WebPTests {
    @Test func lossy() throws {
        let info = try ImageInfo(reading: webp([webpChunk("VP8 ", vp8(width: 550, height: 733))]))
        #expect(info.format == .webp)
        #expect(info.width == 550 && info.height == 733)
        #expect(info.metadata == nil)
    }

    @Test func lossless() throws {
        let info = try ImageInfo(reading: webp([webpChunk("VP8L", vp8l(width: 16383, height: 1))]))
        #expect(info.width == 16383 && info.height == 1)
    }

    /// VP8X gives the canvas size; EXIF (with and without JPEG's "Exif" prefix) and XMP follow the image.
    @Test(arguments: [false, true])
    func extendedWithEXIFAndXMP(exifPrefix: Bool) throws {
        let exif = (exifPrefix ? Array("Exif\0\0".utf8) : []) + SampleEXIF.tiff(bigEndian: true)
        let bytes = webp([
            webpChunk("VP8X", vp8x(width: 3000, height: 4000)),
            webpChunk("VP8 ", vp8(width: 3000, height: 4000)),
            webpChunk("EXIF", exif),
            webpChunk("XMP ", Array(xmpPacket(creator: "Vũ Hải").utf8)),
        ])
        let info = try ImageInfo(reading: bytes)
        #expect(info.width == 3000 && info.height == 4000)
        let metadata = try #require(info.metadata)
        #expect(abs(try #require(metadata.latitude) - SampleEXIF.north.latitude) < 1e-6)
        #expect(metadata.cameraMake == "Canon")
        #expect(metadata.xmpCreator == "Vũ Hải")
    }

    /// A size-capped download cut inside the image chunk still gives the size (it is in the first bytes).
    @Test func cutInsideImageChunk() throws {
        let bytes = webp([webpChunk("VP8 ", vp8(width: 20, height: 30) + [UInt8](repeating: 7, count: 1000))])
        let info = try ImageInfo(reading: Array(bytes.prefix(40)))
        #expect(info.width == 20 && info.height == 30)
    }

    @Test func everyCutLength() throws {
        let bytes = webp([webpChunk("VP8L", vp8l(width: 64, height: 48)), webpChunk("EXIF", SampleEXIF.tiff(bigEndian: false))])
        let sizeEnd = 12 + 8 + 5  // RIFF header, chunk header, signature and size bits
        for length in 0...bytes.count {
            let cut = Array(bytes.prefix(length))
            if length < sizeEnd {
                let error = #expect(throws: ImageReadError.self) { try ImageInfo(reading: cut) }
                #expect(error?.code == (length == 0 ? .notAnImage : .truncated), "cut at \(length)")
            } else {
                #expect(try ImageInfo(reading: cut).width == 64, "cut at \(length)")
            }
        }
    }
}

@Suite struct GIFTests {
    @Test(arguments: ["GIF87a", "GIF89a"])
    func logicalScreen(version: String) throws {
        let bytes = Array(version.utf8) + [0x2C, 0x01, 0xC8, 0x00, 0xF7, 0, 0] + [0x3B]
        let info = try ImageInfo(reading: bytes)
        #expect(info.format == .gif)
        #expect(info.width == 300 && info.height == 200)
        #expect(info.metadata == nil)
    }

    @Test func cutBeforeTheScreenSize() {
        for length in 1..<10 {
            let error = #expect(throws: ImageReadError.self) { try ImageInfo(reading: Array("GIF89a\u{1}\0\u{1}\0".utf8.prefix(length))) }
            #expect(error?.code == .truncated, "cut at \(length)")
        }
    }

    @Test func unknownVersion() {
        let error = #expect(throws: ImageReadError.self) { try ImageInfo(reading: Array("GIF88a\u{1}\0\u{1}\0".utf8)) }
        #expect(error?.code == .notAnImage)
    }
}
