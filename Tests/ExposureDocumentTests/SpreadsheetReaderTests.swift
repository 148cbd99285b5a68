import ExposureHTML
import Testing

@testable import ExposureDocument

@Suite struct SpreadsheetReaderTests {
    static let main = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
    static let relationships = #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    static func package(staffSheet: String? = nil) throws -> [UInt8] {
        var builder = OfficePackageBuilder()
        builder.add("[Content_Types].xml", OfficePackageBuilder.contentTypes(main: "xl/workbook.xml", type: "spreadsheetml.sheet"))
        builder.add(
            "xl/workbook.xml",
            #"<workbook \#(main) \#(relationships)><sheets><sheet name="Cán bộ" sheetId="1" r:id="rId1"/><sheet name="Ẩn" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>"#)
        builder.add(
            "xl/_rels/workbook.xml.rels",
            """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
            </Relationships>
            """)
        builder.add(
            "xl/sharedStrings.xml",
            #"<sst \#(main) count="5" uniqueCount="5"><si><t>Họ và tên</t></si><si><t>Số điện thoại</t></si><si><r><t>Trần </t></r><r><rPr><b/></rPr><t>Văn Minh</t></r><rPh sb="0" eb="1"><t>チャン</t></rPh></si><si><t>Chức vụ</t></si><si><t>Phó Giám đốc</t></si></sst>"#)
        builder.add(
            "xl/worksheets/sheet1.xml",
            staffSheet
                ?? #"""
                <worksheet \#(main)><sheetData>
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>3</v></c></row>
                <row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4"><v>912345678</v></c><c r="C4" t="s"><v>4</v></c><c r="D4"><v>2.5</v></c><c r="E4" t="b"><v>1</v></c></row>
                <row r="5"><c r="A5" t="inlineStr"><is><t>Lê Thị Lan</t></is></c><c r="B5" t="str"><f>A1</f><v>0243 8251 234</v></c><c r="AB5"><v>123456789</v></c></row>
                </sheetData></worksheet>
                """#)
        builder.add(
            "xl/worksheets/sheet2.xml",
            #"<worksheet \#(main)><sheetData><row><c t="inlineStr"><is><t>ẩn</t></is></c><c><v>7</v></c></row></sheetData></worksheet>"#)
        builder.add("docProps/core.xml", OfficePackageBuilder.coreProperties)
        builder.add("docProps/app.xml", OfficePackageBuilder.appProperties(application: "Microsoft Excel"))
        return try builder.build()
    }

    @Test func readsCellsWithSheetNamesAndSharedStrings() async throws {
        let content = try await DocumentReader().read(try Self.package(), url: "https://a.example/ds.xlsx")
        #expect(content.format == .xlsx)
        #expect(content.sheetCount == 2)
        #expect(content.pageCount == nil)
        #expect(!content.isTruncated)
        let blocks = content.document.blocks
        #expect(blocks.map(\.text) == [
            "Họ và tên", "Số điện thoại", "Chức vụ", "Trần Văn Minh", "0912345678", "Phó Giám đốc", "2.5",
            "Lê Thị Lan", "0243 8251 234", "123456789", "ẩn", "7",
        ])
        #expect(blocks.map(\.path) == [
            "/xlsx/Cán bộ/A1", "/xlsx/Cán bộ/B1", "/xlsx/Cán bộ/C1", "/xlsx/Cán bộ/A4", "/xlsx/Cán bộ/B4",
            "/xlsx/Cán bộ/C4", "/xlsx/Cán bộ/D4", "/xlsx/Cán bộ/A5", "/xlsx/Cán bộ/B5", "/xlsx/Cán bộ/AB5", "/xlsx/Ẩn/A1",
            "/xlsx/Ẩn/B1",
        ])
        #expect(blocks[3].container == Container(kind: .tableRow, path: "/xlsx/Cán bộ/row[4]", cell: 0))
        #expect(blocks[5].container == Container(kind: .tableRow, path: "/xlsx/Cán bộ/row[4]", cell: 2))
        #expect(blocks[9].container?.cell == 27)
        #expect(content.metadata.author == "Nguyễn Thị Hoa")
        #expect(content.metadata.lastModifiedBy == "hoa.nt")
        #expect(content.metadata.creatorTool == "Microsoft Excel 16.0000")
    }

    @Test(arguments: [("AB5", 28), ("B4", 2), ("A1", 1), ("XFD1", 16384)])
    func columnNamesAndIndicesRoundTrip(reference: String, index: Int) {
        #expect(SheetWalk.columnIndex(reference) == index)
        #expect(reference.hasPrefix(SheetWalk.columnName(index)))
    }

    @Test func cellCapTruncates() async throws {
        var limits = DocumentLimits()
        limits.maximumCells = 4
        let content = try await DocumentReader(limits: limits).read(try Self.package(), url: "u")
        #expect(content.isTruncated)
        #expect(content.document.blocks.map(\.text) == ["Họ và tên", "Số điện thoại", "Chức vụ", "Trần Văn Minh"])
    }

    @Test func malformedSheetIsUnreadable() async throws {
        let bytes = try Self.package(staffSheet: "<worksheet><sheetData><row>")
        let error = await #expect(throws: DocumentReadError.self) { try await DocumentReader().read(bytes, url: "u") }
        #expect(error?.code == .unreadable)
        #expect(error?.message.contains("xl/worksheets/sheet1.xml") == true)
    }
}
