import Testing

@testable import ExposureMedia

@Suite struct JPEGTests {
    @Test(arguments: [false, true])
    func sizeAndEveryMetadataField(progressive: Bool) throws {
        let info = try ImageInfo(reading: sampleJPEG(width: 1200, height: 1600, progressive: progressive).bytes)
        #expect(info.format == .jpeg)
        #expect(info.width == 1200)
        #expect(info.height == 1600)
        let metadata = try #require(info.metadata)
        #expect(metadata.cameraMake == "Canon")
        #expect(metadata.cameraModel == "Canon EOS R6")
        #expect(metadata.software == "Adobe Photoshop 25.0")
        #expect(metadata.artist == "Nguyễn Văn An")
        #expect(metadata.copyright == "UBND tỉnh")
        #expect(metadata.captureTime == "2024:05:01 08:30:15")
        #expect(abs(try #require(metadata.latitude) - SampleEXIF.north.latitude) < 1e-6)
        #expect(abs(try #require(metadata.longitude) - SampleEXIF.north.longitude) < 1e-6)
        #expect(metadata.xmpCreator == "Trần Thị Bình")
        #expect(metadata.iptcByline == "Phạm Văn Cường")
        #expect(metadata.pngText.isEmpty)
    }

    @Test func withoutMetadataIsNil() throws {
        let info = try ImageInfo(reading: sampleJPEG(width: 3, height: 2, exif: nil, xmpCreator: nil, byline: nil).bytes)
        #expect(info.width == 3 && info.height == 2)
        #expect(info.metadata == nil)
    }

    /// Every prefix of the file: no crash, an error until the frame header is complete, then
    /// the exact size, and from there on the same metadata (all of it precedes the frame).
    @Test func everyCutLength() throws {
        let (bytes, frameEnd) = sampleJPEG(width: 640, height: 480)
        let full = try ImageInfo(reading: bytes)
        for length in 0...bytes.count {
            let cut = Array(bytes.prefix(length))
            if length < frameEnd {
                let error = #expect(throws: ImageReadError.self) { try ImageInfo(reading: cut) }
                #expect(error?.code == (length == 0 ? .notAnImage : .truncated), "cut at \(length)")
            } else {
                let info = try ImageInfo(reading: cut)
                #expect(info.width == 640 && info.height == 480, "cut at \(length)")
                #expect(info.metadata == full.metadata, "cut at \(length)")
            }
        }
    }

    @Test func scanWithoutFrameHeaderIsNotAnImage() {
        let bytes: [UInt8] = [0xFF, 0xD8] + segment(0xDA, [0]) + [0xFF, 0xD9]
        let error = #expect(throws: ImageReadError.self) { try ImageInfo(reading: bytes) }
        #expect(error?.code == .notAnImage)
    }

    @Test func garbageAfterSignatureIsNotAnImage() {
        let error = #expect(throws: ImageReadError.self) { try ImageInfo(reading: [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01, 7]) }
        #expect(error?.code == .notAnImage)
    }

    /// DHT (C4) lies in the SOF range but is not a frame header; its bytes must not become a size.
    @Test func huffmanTableIsNotAFrame() throws {
        let sof = segment(0xC1, [8, 0, 20, 0, 10, 1, 1, 0x11, 0])
        let bytes = [0xFF, 0xD8] + segment(0xC4, [0, 0, 99, 0, 99]) + sof + [0xFF, 0xD9]
        let info = try ImageInfo(reading: bytes)
        #expect(info.width == 10 && info.height == 20)
    }

    @Test func xmpAttributeFormAndEntities() throws {
        var bytes: [UInt8] = [0xFF, 0xD8]
        let packet = xmpPacket(creator: "L&#234; Th&#x1ECB; Hoa &amp; Co", attributeForm: true)
        bytes += segment(0xE1, Array("http://ns.adobe.com/xap/1.0/\0".utf8) + Array(packet.utf8))
        bytes += segment(0xC0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0])
        let info = try ImageInfo(reading: bytes)
        #expect(info.metadata?.xmpCreator == "Lê Thị Hoa & Co")
    }
}
