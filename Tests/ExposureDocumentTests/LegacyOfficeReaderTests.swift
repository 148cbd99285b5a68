import ExposureHTML
import Testing

@testable import ExposureDocument

@Suite struct LegacyOfficeReaderTests {
    @Test func readsAnExcel97WorkbookWithXls2csv() async throws {
        let bytes = try Fixtures.bytes("staff.xls")
        #expect(DocumentSignature(bytes) == .compoundFile(.xls))
        let content = try await DocumentReader().read(bytes, url: "https://a.example/staff.xls")
        #expect(content.format == .xls)
        #expect(content.sheetCount == 2)
        #expect(content.metadata.isEmpty)
        #expect(!content.isTruncated)
        let blocks = content.document.blocks
        #expect(blocks.map(\.text) == [
            "Họ và tên", "Chức vụ", "Điện thoại", "Trần Văn Minh", "Phó Giám đốc", "0912 345 678", "42",
        ])
        #expect(blocks.map(\.path) == [
            "/xls/sheet1/A1", "/xls/sheet1/B1", "/xls/sheet1/C1", "/xls/sheet1/A2", "/xls/sheet1/B2",
            "/xls/sheet1/C2", "/xls/sheet2/A1",
        ])
        #expect(blocks[5].container == Container(kind: .tableRow, path: "/xls/sheet1/row[2]", cell: 2))
    }

    @Test func missingCatdocIsToolMissing() async throws {
        var tools = DocumentTools()
        tools.xls2csv = "/nonexistent/xls2csv"
        let error = await #expect(throws: DocumentReadError.self) {
            try await DocumentReader(tools: tools).read(try Fixtures.bytes("staff.xls"), url: "u")
        }
        #expect(error?.code == .toolMissing)
    }
}
