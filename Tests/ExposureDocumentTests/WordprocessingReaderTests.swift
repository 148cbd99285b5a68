import ExposureHTML
import Testing

@testable import ExposureDocument

@Suite struct WordprocessingReaderTests {
    static let namespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    static func document(_ body: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document \#(namespace)><w:body>\#(body)</w:body></w:document>"#
    }

    static func paragraph(_ runs: String) -> String { "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>\(runs)</w:p>" }

    static func cell(_ text: String) -> String { "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }

    static func package(body: String, withProperties: Bool = true) throws -> [UInt8] {
        var builder = OfficePackageBuilder()
        builder.add("[Content_Types].xml", OfficePackageBuilder.contentTypes(main: "word/document.xml", type: "wordprocessingml.document"))
        builder.add("word/document.xml", document(body))
        builder.add(
            "word/header1.xml", #"<w:hdr \#(namespace)><w:p><w:r><w:t>SỞ NỘI VỤ TỈNH HÀ NAM</w:t></w:r></w:p></w:hdr>"#)
        builder.add(
            "word/footer1.xml", #"<w:ftr \#(namespace)><w:p><w:r><w:t>Tổng đài: 0226 3852 000</w:t></w:r></w:p></w:ftr>"#)
        if withProperties {
            builder.add("docProps/core.xml", OfficePackageBuilder.coreProperties)
            builder.add("docProps/app.xml", OfficePackageBuilder.appProperties(application: "Microsoft Office Word", pages: 2))
        }
        return try builder.build()
    }

    static let body =
        paragraph(#"<w:r><w:t xml:space="preserve">Kính gửi: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ông Lê Quang Vinh</w:t></w:r>"#)
        + paragraph(#"<w:r><w:t>Họ tên</w:t><w:tab/><w:t>Chức vụ</w:t><w:br/><w:t>dòng hai</w:t></w:r>"#)
        + paragraph(#"<w:r><w:delText>xóa bỏ</w:delText><w:instrText>HYPERLINK</w:instrText></w:r>"#)
        + "<w:tbl><w:tr>\(cell("Họ và tên"))\(cell("Điện thoại"))</w:tr>"
        + "<w:tr>\(cell("Trần Văn Minh"))<w:tc><w:p><w:r><w:t>0912 345 678</w:t></w:r></w:p><w:p><w:r><w:t>máy lẻ 102</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        + paragraph("<w:r><w:t>KT. GIÁM ĐỐC</w:t></w:r>")

    @Test func readsParagraphsTablesHeadersAndFooters() async throws {
        let content = try await DocumentReader().read(try Self.package(body: Self.body), url: "https://a.example/cv.docx")
        #expect(content.format == .docx)
        #expect(!content.isTruncated)
        let blocks = content.document.blocks
        #expect(blocks.map(\.text) == [
            "Kính gửi: ông Lê Quang Vinh", "Họ tên Chức vụ\ndòng hai", "Họ và tên", "Điện thoại", "Trần Văn Minh",
            "0912 345 678\nmáy lẻ 102", "KT. GIÁM ĐỐC", "SỞ NỘI VỤ TỈNH HÀ NAM", "Tổng đài: 0226 3852 000",
        ])
        #expect(blocks.map(\.path) == [
            "/docx/p[1]", "/docx/p[2]", "/docx/tbl[1]/tr[1]/tc[1]", "/docx/tbl[1]/tr[1]/tc[2]",
            "/docx/tbl[1]/tr[2]/tc[1]", "/docx/tbl[1]/tr[2]/tc[2]", "/docx/p[4]", "/docx/header1/p[1]", "/docx/footer1/p[1]",
        ])
        #expect(blocks[0].container == Container(kind: .paragraph, path: "/docx/p[1]"))
        #expect(blocks[4].container == Container(kind: .tableRow, path: "/docx/tbl[1]/tr[2]", cell: 0))
        #expect(blocks[5].container == Container(kind: .tableRow, path: "/docx/tbl[1]/tr[2]", cell: 1))
        #expect(blocks.map(\.region) == [.main, .main, .main, .main, .main, .main, .main, .header, .footer])
    }

    @Test func readsCoreAndAppProperties() async throws {
        let content = try await DocumentReader().read(try Self.package(body: Self.body), url: "u")
        let metadata = content.metadata
        #expect(metadata.author == "Nguyễn Thị Hoa")
        #expect(metadata.lastModifiedBy == "hoa.nt")
        #expect(metadata.title == "Danh sách cán bộ")
        #expect(metadata.created == "2024-03-05T03:00:00Z")
        #expect(metadata.modified == "2024-03-06T04:30:00Z")
        #expect(metadata.creatorTool == "Microsoft Office Word 16.0000")
        #expect(metadata.company == "Sở Nội vụ")
        #expect(metadata.producer == nil)
        #expect(content.pageCount == 2)
        #expect(content.document.title == "Danh sách cán bộ")
    }

    @Test func aPackageWithoutPropertiesHasEmptyMetadata() async throws {
        let content = try await DocumentReader().read(try Self.package(body: Self.body, withProperties: false), url: "u")
        #expect(content.metadata.isEmpty)
        #expect(content.pageCount == nil)
    }

    @Test func cellCapTruncates() async throws {
        var limits = DocumentLimits()
        limits.maximumCells = 3
        let content = try await DocumentReader(limits: limits).read(try Self.package(body: Self.body), url: "u")
        #expect(content.isTruncated)
        #expect(content.document.blocks.map(\.text).last == "Trần Văn Minh")
    }

    @Test func malformedXMLIsUnreadable() async throws {
        let bytes = try Self.package(body: "<w:p><w:r><w:t>open</w:r></w:p>")
        let error = await #expect(throws: DocumentReadError.self) { try await DocumentReader().read(bytes, url: "u") }
        #expect(error?.code == .unreadable)
        #expect(error?.message.contains("word/document.xml") == true)
    }

    @Test func aDTDIsRefused() async throws {
        var builder = OfficePackageBuilder()
        builder.add("[Content_Types].xml", OfficePackageBuilder.contentTypes(main: "word/document.xml", type: "wordprocessingml.document"))
        builder.add(
            "word/document.xml",
            #"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><d>&b;</d>"#)
        let error = await #expect(throws: DocumentReadError.self) { try await DocumentReader().read(try builder.build(), url: "u") }
        #expect(error?.code == .unreadable)
        #expect(error?.cause?.contains("DTD") == true)
    }
}
