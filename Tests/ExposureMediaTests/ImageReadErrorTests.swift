import Testing

@testable import ExposureMedia

@Suite struct ImageReadErrorTests {
    @Test(arguments: [
        [], Array("<!DOCTYPE html><html>".utf8), Array("%PDF-1.7".utf8), Array("RIFF\u{4}\0\0\0WAVE".utf8),
        [0x00], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0B],
    ] as [[UInt8]])
    func notAnImage(bytes: [UInt8]) {
        let error = #expect(throws: ImageReadError.self) { try ImageInfo(reading: bytes) }
        #expect(error?.code == .notAnImage)
    }

    @Test(arguments: [[0xFF], [0xFF, 0xD8], [0x89, 0x50, 0x4E], Array("RIFF".utf8), Array("RIFF\0\0\0\0WE".utf8)] as [[UInt8]])
    func cutInsideTheSignature(bytes: [UInt8]) {
        let error = #expect(throws: ImageReadError.self) { try ImageInfo(reading: bytes) }
        #expect(error?.code == .truncated)
    }
}
