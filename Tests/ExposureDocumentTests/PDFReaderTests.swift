import ExposureHTML
import Foundation
import Testing

@testable import ExposureDocument

@Suite struct PDFReaderTests {
    private let threePages = PDFBuilder(
        pages: [
            ["Annual report", "", "Contact: Nguyen Van An", "Phone 0912 345 678"],
            ["Second page text"],
            ["Third page text"],
        ],
        info: [
            "Title": "Annual report", "Author": "Nguyen Van An", "Creator": "Writer 7.4",
            "Producer": "LibreOffice 7.4", "CreationDate": "D:20240305100000+07'00'",
            "ModDate": "D:20240306113000+07'00'",
        ])

    @Test func readsTextPerPageAndInfoMetadata() async throws {
        let content = try await DocumentReader().read(threePages.build(), url: "https://a.example/report.pdf")
        #expect(content.format == .pdf)
        #expect(content.pageCount == 3)
        #expect(content.sheetCount == nil)
        #expect(!content.isTruncated)
        #expect(content.metadata.title == "Annual report")
        #expect(content.metadata.author == "Nguyen Van An")
        #expect(content.metadata.creatorTool == "Writer 7.4")
        #expect(content.metadata.producer == "LibreOffice 7.4")
        // poppler's ISO dates keep the offset as the PDF wrote it, hours only here.
        #expect(content.metadata.created == "2024-03-05T10:00:00+07")
        #expect(content.metadata.modified == "2024-03-06T11:30:00+07")
        #expect(content.metadata.lastModifiedBy == nil)
        #expect(content.document.url == "https://a.example/report.pdf")
        #expect(content.document.title == "Annual report")
        let blocks = content.document.blocks
        #expect(blocks.map(\.text) == ["Annual report", "Contact: Nguyen Van An", "Phone 0912 345 678", "Second page text", "Third page text"])
        #expect(blocks.map(\.path) == ["/pdf/page[1]", "/pdf/page[1]", "/pdf/page[1]", "/pdf/page[2]", "/pdf/page[3]"])
        #expect(blocks.map { $0.container?.path } == [
            "/pdf/page[1]/p[1]", "/pdf/page[1]/p[2]", "/pdf/page[1]/p[2]", "/pdf/page[2]/p[1]", "/pdf/page[3]/p[1]",
        ])
        #expect(blocks.allSatisfy { $0.container?.kind == .paragraph && $0.region == .main })
    }

    @Test func officialLetterKeepsTheSignatureBlockTogether() async throws {
        let content = try await DocumentReader().read(try Fixtures.bytes("letter.pdf"), url: "https://a.example/cv.pdf")
        #expect(content.metadata.author == "Nguyễn Thị Hoa")
        #expect(content.metadata.title == "Công văn 123/SNV-VP")
        #expect(content.metadata.creatorTool == "Microsoft® Word 2016")
        #expect(content.metadata.producer == "Fixture Producer 1.0")
        #expect(content.metadata.created == "2000-01-01T00:00:00Z")
        #expect(content.pageCount == 1)
        let texts = content.document.blocks.map(\.text)
        let title = try #require(texts.firstIndex(of: "KT. GIÁM ĐỐC"))
        #expect(Array(texts[title...].prefix(4)) == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Minh", "Điện thoại: 0912 345 678"])
        let signature = content.document.blocks[title..<title + 4].map { $0.container?.path }
        #expect(Set(signature).count == 1, "the title, the name and the phone share one container")
        let nameContainer = content.document.blocks[title + 2].container?.path
        let others = content.document.blocks.filter { $0.text.hasPrefix("Nơi nhận") || $0.text.hasPrefix("Kính gửi") }
        #expect(others.count == 2)
        #expect(others.allSatisfy { $0.container?.path != nameContainer })
    }

    @Test func fillsGapsFromTheXMPPacket() async throws {
        let xmp = """
            <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
              xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Acrobat PDFMaker 23">
            <dc:creator><rdf:Seq><rdf:li>Le Thi Binh</rdf:li><rdf:li>Pham Van Cuong</rdf:li></rdf:Seq></dc:creator>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">XMP title</rdf:li></rdf:Alt></dc:title>
            <xmp:CreateDate>2023-01-02T03:04:05+07:00</xmp:CreateDate>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """
        let pdf = PDFBuilder(pages: [["x"]], info: ["Producer": "Info producer"], xmp: xmp).build()
        let metadata = try await DocumentReader().read(pdf, url: "u").metadata
        #expect(metadata.author == "Le Thi Binh; Pham Van Cuong")
        #expect(metadata.creatorTool == "Acrobat PDFMaker 23")
        #expect(metadata.title == "XMP title")
        #expect(metadata.created == "2023-01-02T03:04:05+07:00")
        #expect(metadata.producer == "Info producer", "the Info dictionary wins over XMP")
        #expect(metadata.modified == nil)
    }

    @Test func pageCapReadsTheFirstPagesAndMarksTruncation() async throws {
        var limits = DocumentLimits()
        limits.maximumPages = 2
        let content = try await DocumentReader(limits: limits).read(threePages.build(), url: "u")
        #expect(content.pageCount == 3)
        #expect(content.isTruncated)
        #expect(content.document.blocks.map(\.path).last == "/pdf/page[2]")
        #expect(!content.document.blocks.contains { $0.text == "Third page text" })
    }

    @Test func characterCapCutsTheText() async throws {
        var limits = DocumentLimits()
        limits.maximumCharacters = 20
        let content = try await DocumentReader(limits: limits).read(threePages.build(), url: "u")
        #expect(content.isTruncated)
        #expect(content.document.blocks.map(\.text) == ["Annual report", "Contact"])
    }

    @Test func toolOutputCapStopsTheTextAndMarksTruncation() async throws {
        var limits = DocumentLimits()
        limits.maximumToolOutputBytes = 1500
        let longPage = (1...50).map { "Line \($0) of a long page of text that goes on and on" }
        let content = try await DocumentReader(limits: limits).read(PDFBuilder(pages: [longPage]).build(), url: "u")
        #expect(content.isTruncated)
        #expect(content.document.blocks.first?.text == "Line 1 of a long page of text that goes on and on")
        #expect(!content.document.blocks.contains { $0.text.hasPrefix("Line 50 ") })
    }

    @Test func encryptedPDFIsATypedError() async throws {
        let error = await #expect(throws: DocumentReadError.self) {
            try await DocumentReader().read(try Fixtures.bytes("encrypted.pdf"), url: "u")
        }
        #expect(error?.code == .encrypted)
        #expect(error?.cause?.contains("password") == true)
    }

    @Test(arguments: [0.05, 0.5])
    func truncatedPDFIsUnreadable(keptFraction: Double) async throws {
        let whole = try Fixtures.bytes("letter.pdf")
        let cut = Array(whole.prefix(Int(Double(whole.count) * keptFraction)))
        let error = await #expect(throws: DocumentReadError.self) { try await DocumentReader().read(cut, url: "u") }
        #expect(error?.code == .unreadable)
        #expect(error?.cause?.isEmpty == false)
    }

    @Test func timeCapKillsTheTool() async throws {
        var limits = DocumentLimits()
        limits.timeLimit = .milliseconds(1)
        let error = await #expect(throws: DocumentReadError.self) {
            try await DocumentReader(limits: limits).read(threePages.build(), url: "u")
        }
        #expect(error?.code == .timeout)
    }

    @Test func missingPopplerIsToolMissing() async throws {
        var tools = DocumentTools()
        tools.pdfinfo = "/nonexistent/pdfinfo"
        let error = await #expect(throws: DocumentReadError.self) {
            try await DocumentReader(tools: tools).read(threePages.build(), url: "u")
        }
        #expect(error?.code == .toolMissing)
    }
}
