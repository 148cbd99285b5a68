import Testing

@testable import ExposureDocument

@Suite struct PackageSafetyTests {
    private static func wordPackage(extra: [(String, [UInt8])]) throws -> [UInt8] {
        var builder = OfficePackageBuilder()
        builder.add("[Content_Types].xml", OfficePackageBuilder.contentTypes(main: "word/document.xml", type: "wordprocessingml.document"))
        for (path, bytes) in extra { builder.add(path, bytes: bytes) }
        return try builder.build()
    }

    @Test func aRunOfZerosIsABombByRatio() async throws {
        let bytes = try Self.wordPackage(extra: [("word/document.xml", [UInt8](repeating: 0, count: 4 << 20))])
        #expect(bytes.count < 64 * 1024)
        let error = await #expect(throws: DocumentReadError.self) { try await DocumentReader().read(bytes, url: "u") }
        #expect(error?.code == .bomb)
        #expect(error?.message.contains("times") == true)
    }

    @Test func anEntryPastItsCapIsABomb() async throws {
        var limits = DocumentLimits()
        limits.maximumEntryBytes = 1000
        let bytes = try Self.wordPackage(extra: [("word/document.xml", [UInt8](repeating: 0x20, count: 5000))])
        let error = await #expect(throws: DocumentReadError.self) { try await DocumentReader(limits: limits).read(bytes, url: "u") }
        #expect(error?.code == .bomb)
        #expect(error?.message.contains("word/document.xml") == true)
    }

    @Test func partsPastTheTotalCapAreABomb() async throws {
        var limits = DocumentLimits()
        limits.maximumTotalBytes = 3000
        let document = Array(WordprocessingReaderTests.document(String(repeating: "<w:p/>", count: 500)).utf8)
        let bytes = try Self.wordPackage(extra: [("word/document.xml", document)])
        let error = await #expect(throws: DocumentReadError.self) { try await DocumentReader(limits: limits).read(bytes, url: "u") }
        #expect(error?.code == .bomb)
    }

    @Test func tooManyEntriesAreABomb() async throws {
        var limits = DocumentLimits()
        limits.maximumArchiveEntries = 10
        let bytes = try Self.wordPackage(extra: (1...20).map { ("media/\($0).bin", [UInt8($0)]) })
        let error = await #expect(throws: DocumentReadError.self) { try await DocumentReader(limits: limits).read(bytes, url: "u") }
        #expect(error?.code == .bomb)
    }

    @Test func inputPastTheSizeCapIsTooLarge() async throws {
        var limits = DocumentLimits()
        limits.maximumBytes = 100
        let error = await #expect(throws: DocumentReadError.self) {
            try await DocumentReader(limits: limits).read(Array("%PDF-1.4".utf8) + [UInt8](repeating: 0, count: 200), url: "u")
        }
        #expect(error?.code == .tooLarge)
    }

    @Test func aZipThatIsNoOfficePackageIsUnsupported() async throws {
        var builder = OfficePackageBuilder()
        builder.add("readme.txt", "hello")
        let error = await #expect(throws: DocumentReadError.self) { try await DocumentReader().read(try builder.build(), url: "u") }
        #expect(error?.code == .unsupported)
    }

    @Test func aBrokenZipIsUnreadable() async throws {
        let whole = try WordprocessingReaderTests.package(body: WordprocessingReaderTests.body)
        let error = await #expect(throws: DocumentReadError.self) {
            try await DocumentReader().read(Array(whole.prefix(whole.count / 2)), url: "u")
        }
        #expect(error?.code == .unreadable)
    }

    @Test(arguments: [
        Array("<!DOCTYPE html><html>".utf8), Array("GIF89a".utf8), [], Array("%PD".utf8),
    ])
    func otherBytesAreUnsupported(bytes: [UInt8]) async throws {
        let error = await #expect(throws: DocumentReadError.self) { try await DocumentReader().read(bytes, url: "u") }
        #expect(error?.code == .unsupported)
    }
}
