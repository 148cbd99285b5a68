import ExposureNet
import Testing

@Suite struct GzipTests {
    @Test func roundTripsWhatGzipWrote() throws {
        let text = Array(String(repeating: "<url><loc>https://s.gov.vn/a</loc></url>", count: 500).utf8)
        let compressed = try gzipped(text)
        #expect(Gzip.isCompressed(compressed))
        #expect(try Gzip.decompress(compressed, limit: 1 << 20) == text)
    }

    @Test func aBombStopsAtTheLimit() throws {
        let bomb = try gzipped([UInt8](repeating: 0, count: 8 << 20))
        #expect(throws: GzipError.tooLarge(limit: 1 << 20)) { try Gzip.decompress(bomb, limit: 1 << 20) }
    }

    @Test func truncatedOrGarbageDataIsCorrupt() throws {
        let compressed = try gzipped(Array(String(repeating: "abc", count: 1000).utf8))
        #expect(throws: GzipError.corrupt) { try Gzip.decompress(Array(compressed.prefix(20)), limit: 1 << 20) }
        #expect(throws: GzipError.corrupt) { try Gzip.decompress([0x1F, 0x8B, 1, 2, 3, 4], limit: 1 << 20) }
        #expect(!Gzip.isCompressed(Array("plain".utf8)))
    }
}
