import Testing

@testable import ExposureMedia

/// The EXIF walk on its own, on blocks that are well formed, cut or hostile.
@Suite(.timeLimit(.minutes(1))) struct EXIFTests {
    private func read(_ tiff: [UInt8]) -> ImageMetadata {
        var metadata = ImageMetadata()
        EXIF.read(ByteReader(tiff), into: &metadata)
        return metadata
    }

    @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
    func bothByteOrdersBothHemispheres(bigEndian: Bool, southWest: Bool) throws {
        let metadata = read(SampleEXIF.tiff(bigEndian: bigEndian, southWest: southWest))
        let expected = southWest ? SampleEXIF.south : SampleEXIF.north
        #expect(abs(try #require(metadata.latitude) - expected.latitude) < 1e-6)
        #expect(abs(try #require(metadata.longitude) - expected.longitude) < 1e-6)
        #expect(metadata.cameraMake == "Canon")
        #expect(metadata.artist == "Nguyễn Văn An")
    }

    @Test func dateTimeWhenNoOriginal() {
        #expect(read(SampleEXIF.tiff(bigEndian: false, withOriginalTime: false)).captureTime == "2024:05:02 10:00:00")
    }

    /// Short values sit inside the entry; a 3-byte ASCII value and a SHORT IFD pointer test that path.
    @Test func inlineValuesAndShortPointer() {
        let writer = TIFFWriter(bigEndian: true)
        // IFD0 (2 entries) is 30 bytes at 8, so an Exif IFD placed right after it starts at 38.
        let exifIFD = writer.u16(1) + writer.u16(0x9003) + writer.u16(2) + writer.u32(4) + Array("abc\0".utf8) + writer.u32(0)
        let tiff = writer.build(ifd0: [(0x010F, .ascii("HP")), (0x8769, .short(38))]) + exifIFD
        let metadata = read(tiff)
        #expect(metadata.cameraMake == "HP")
        #expect(metadata.captureTime == "abc")
    }

    /// IFD0 names itself as its Exif and GPS IFDs. Read once, it yields its own fields only;
    /// re-read as the Exif IFD, its misplaced DateTimeOriginal would show up as the capture time.
    @Test func ifdPointingToItself() {
        let tiff = TIFFWriter(bigEndian: false).build(ifd0: [
            (0x010F, .ascii("Nikon")), (0x9003, .ascii("misplaced")), (0x8769, .long(8)), (0x8825, .long(8)),
        ])
        let metadata = read(tiff)
        #expect(metadata.cameraMake == "Nikon")
        #expect(metadata.captureTime == nil)
        #expect(metadata.latitude == nil)
    }

    /// Counts near 2^32 must neither overflow nor read out of bounds; the sound entries still count.
    @Test(arguments: [false, true])
    func countsThatOverflow(bigEndian: Bool) {
        let tiff = TIFFWriter(bigEndian: bigEndian).build(
            ifd0: [
                (0x010F, .literal(type: 2, count: .max, field: 8)),
                (0x0110, .literal(type: 5, count: .max, field: .max)),
                (0x013B, .literal(type: 2, count: 10, field: .max - 4)),
                (0x0131, .ascii("GIMP 2.10")),
            ],
            gps: [
                (2, .literal(type: 5, count: .max, field: 16)), (4, .rationals([(1, 1), (2, 1), (3, 1)])),
            ])
        let metadata = read(tiff)
        #expect(metadata.cameraMake == nil)
        #expect(metadata.cameraModel == nil)
        #expect(metadata.artist == nil)
        #expect(metadata.software == "GIMP 2.10")
        #expect(metadata.latitude == nil && metadata.longitude == nil)
    }

    @Test func hugeEntryCountReadsOnlyWhatFits() {
        var tiff = TIFFWriter(bigEndian: true).build(ifd0: [(0x010F, .ascii("Sony")), (0x0110, .ascii("A7"))])
        tiff[8] = 0xFF
        tiff[9] = 0xFF
        let metadata = read(tiff)
        #expect(metadata.cameraMake == "Sony")
        #expect(metadata.cameraModel == "A7")
    }

    /// Past `maxEntriesPerIFD` entries the IFD is not read further, even when the data is there.
    @Test func entriesPastThePerIFDCapAreIgnored() {
        let filler = [TIFFWriter.Entry](repeating: (0x0100, .short(1)), count: EXIF.maxEntriesPerIFD)
        let metadata = read(TIFFWriter(bigEndian: false).build(ifd0: [(0x0110, .ascii("early"))] + filler + [(0x010F, .ascii("late"))]))
        #expect(metadata.cameraModel == "early")
        #expect(metadata.cameraMake == nil)
    }

    @Test func zeroDenominatorAndOutOfRangeGPSAreDropped() {
        let zero = TIFFWriter(bigEndian: true).build(ifd0: [], gps: [
            (2, .rationals([(21, 0), (0, 1), (0, 1)])), (4, .rationals([(105, 1), (0, 1), (0, 1)])),
        ])
        let outOfRange = TIFFWriter(bigEndian: true).build(ifd0: [], gps: [
            (2, .rationals([(91, 1), (0, 1), (0, 1)])), (4, .rationals([(105, 1), (0, 1), (0, 1)])),
        ])
        #expect(read(zero).latitude == nil)
        #expect(read(outOfRange).latitude == nil && read(outOfRange).longitude == nil)
    }

    @Test func everyCutOfTheBlockIsSafe() {
        let tiff = SampleEXIF.tiff(bigEndian: false)
        for length in 0...tiff.count { _ = read(Array(tiff.prefix(length))) }
        #expect(read(Array(tiff.prefix(7))).isEmpty)
        #expect(read(tiff).latitude != nil)
    }

    @Test func garbageIsIgnored() {
        #expect(read(Array("II*\0garbage that is not an IFD at all".utf8)).isEmpty)
        #expect(read(Array("XX*\0\0\0\0\u{8}".utf8)).isEmpty)
        // A deterministic pseudo-random block behind a valid header never crashes.
        var state: UInt32 = 12345
        let noise = (0..<4096).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        _ = read(Array("MM\0*\0\0\0\u{8}".utf8) + noise)
    }

    @Test func longTextIsCut() {
        let metadata = read(TIFFWriter(bigEndian: true).build(ifd0: [(0x013B, .ascii(String(repeating: "x", count: 5000)))]))
        #expect(metadata.artist?.utf8.count == ByteReader.maxTextBytes)
    }
}
