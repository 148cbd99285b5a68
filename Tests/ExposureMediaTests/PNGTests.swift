import Testing

@testable import ExposureMedia

@Suite struct PNGTests {
    /// IHDR, text chunks before and after the image data, eXIf, a zTXt that must be skipped, IEND.
    static func sample() -> [UInt8] {
        let latin1Author: [UInt8] = Array("Author\0".utf8) + [0x4A, 0x6F, 0x73, 0xE9]  // "José" in Latin-1
        return pngHeader(width: 800, height: 1000)
            + pngChunk("tEXt", latin1Author)
            + pngChunk("tEXt", Array("Title\0Not kept".utf8))
            + pngChunk("zTXt", Array("Comment\0\0".utf8) + [0x78, 0x9C, 0x03, 0x00])
            + pngChunk("iTXt", Array("Copyright\0\0\0vi\0Bản quyền\0© Sở Nội vụ".utf8))
            + pngChunk("iTXt", Array("Software\0\u{1}\0\0\0compressed, skipped".utf8))
            + pngChunk("eXIf", SampleEXIF.tiff(bigEndian: false, southWest: true))
            + pngChunk("IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00])
            + pngChunk("iTXt", Array("XML:com.adobe.xmp\0\0\0\0\0".utf8) + Array(xmpPacket(creator: "Đỗ Minh").utf8))
            + pngChunk("tEXt", Array("Comment\0after the data".utf8))
            + pngChunk("IEND", [])
    }

    @Test func sizeTextChunksAndEXIF() throws {
        let info = try ImageInfo(reading: Self.sample())
        #expect(info.format == .png)
        #expect(info.width == 800 && info.height == 1000)
        let metadata = try #require(info.metadata)
        #expect(metadata.pngText == [.author: "José", .copyright: "© Sở Nội vụ", .comment: "after the data"])
        #expect(abs(try #require(metadata.latitude) - SampleEXIF.south.latitude) < 1e-6)
        #expect(abs(try #require(metadata.longitude) - SampleEXIF.south.longitude) < 1e-6)
        #expect(metadata.cameraModel == "Canon EOS R6")
        #expect(metadata.xmpCreator == "Đỗ Minh")
    }

    @Test func everyCutLength() throws {
        let bytes = Self.sample()
        let headerEnd = 24  // signature, IHDR length, type, width, height
        for length in 0...bytes.count {
            let cut = Array(bytes.prefix(length))
            if length < headerEnd {
                let error = #expect(throws: ImageReadError.self) { try ImageInfo(reading: cut) }
                #expect(error?.code == (length == 0 ? .notAnImage : .truncated), "cut at \(length)")
            } else {
                let info = try ImageInfo(reading: cut)
                #expect(info.width == 800 && info.height == 1000, "cut at \(length)")
            }
        }
    }

    @Test func firstChunkMustBeIHDR() {
        let bytes = pngSignature + pngChunk("tEXt", Array("Author\0x\0\0\0\0\0\0\0\0".utf8))
        let error = #expect(throws: ImageReadError.self) { try ImageInfo(reading: bytes) }
        #expect(error?.code == .notAnImage)
    }

    /// A chunk whose length runs past the end stops the walk; what came before is kept.
    @Test func chunkLengthPastTheEnd() throws {
        var bytes = pngHeader(width: 1, height: 1) + pngChunk("tEXt", Array("Artist\0An".utf8))
        bytes += [0xFF, 0xFF, 0xFF, 0xF0] + Array("tEXt".utf8) + Array("Author\0B".utf8)
        let info = try ImageInfo(reading: bytes)
        #expect(info.metadata?.pngText == [.artist: "An"])
    }
}
