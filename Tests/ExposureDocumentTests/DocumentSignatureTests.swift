import Testing

@testable import ExposureDocument

@Suite struct DocumentSignatureTests {
    /// An OLE2 header and one directory sector naming a stream, as Word and Excel 97-2003 write them.
    static func compoundFile(stream: String, type: UInt8 = 2) -> [UInt8] {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        var entry = [UInt8](repeating: 0, count: 128)
        let name: [UInt8] = stream.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0, 0]
        entry.replaceSubrange(0..<name.count, with: name)
        entry[0x40] = UInt8(name.count)
        entry[0x42] = type
        bytes += [UInt8](repeating: 0, count: 128) + entry
        return bytes
    }

    @Test(arguments: [("WordDocument", DocumentFormat.doc), ("Workbook", .xls), ("Book", .xls)])
    func compoundFilesAreToldApartByTheirStream(stream: String, format: DocumentFormat) {
        #expect(DocumentSignature(Self.compoundFile(stream: stream)) == .compoundFile(format))
    }

    @Test func aStorageNamedLikeAStreamIsNotOne() {
        #expect(DocumentSignature(Self.compoundFile(stream: "WordDocument", type: 1)) == .compoundFile(nil))
    }

    @Test func anOLE2FileWithoutWordOrExcelIsUnsupported() async throws {
        let error = await #expect(throws: DocumentReadError.self) {
            try await DocumentReader().read(Self.compoundFile(stream: "PowerPoint Document"), url: "u")
        }
        #expect(error?.code == .unsupported)
    }

    @Test func pdfMagicIsFoundAfterLeadingJunk() {
        #expect(DocumentSignature(Array("\r\n\u{FEFF}%PDF-1.7".utf8)) == .pdf)
        #expect(DocumentSignature(Array("PK\u{3}\u{4}".utf8)) == .zipPackage)
    }

    @Test(arguments: ["wordprocessingml.document", "wordprocessingml.template"])
    func wordContentTypesAreDOCX(type: String) throws {
        let types = OfficePackageBuilder.contentTypes(main: "word/document.xml", type: type)
        let found = try #require(DocumentSignature.packageFormat(contentTypes: Array(types.utf8)))
        #expect(found.format == .docx)
        #expect(found.mainPart == "word/document.xml")
    }

    @Test func presentationsAreNotRead() {
        let types = OfficePackageBuilder.contentTypes(main: "ppt/presentation.xml", type: "presentationml.presentation")
        #expect(DocumentSignature.packageFormat(contentTypes: Array(types.utf8)) == nil)
    }

    @Test func metadataIsCutAtTheByteCapOnACharacterBoundary() {
        var metadata = DocumentMetadata()
        metadata.author = "  " + String(repeating: "Đ", count: 200) + "  "
        #expect(metadata.author?.utf8.count == DocumentMetadata.maximumFieldBytes)
        #expect(metadata.author?.allSatisfy { $0 == "Đ" } == true)
        metadata.title = "   "
        #expect(metadata.title == nil)
    }
}
