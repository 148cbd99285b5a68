import Testing

@testable import ExposureHTML

@Suite struct ContainerTests {
    @Test func tableRowsCarryCellIndexes() {
        let document = parse(
            page(
                """
                <table><tbody>
                <tr><th>Họ tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
                <tr><td>Ông Hồ Sỹ Lâm</td><td>Giám đốc</td><td><div>CQ: 0238.3844.215</div>DĐ: 0913 274 518</td></tr>
                </tbody></table>
                """))
        let row = "/html/body/table/tbody/tr[2]"
        #expect(document.block("Ông Hồ Sỹ Lâm")?.container == Container(kind: .tableRow, path: row, cell: 0))
        #expect(document.block("Giám đốc")?.container == Container(kind: .tableRow, path: row, cell: 1))
        #expect(document.block("CQ: 0238.3844.215")?.container == Container(kind: .tableRow, path: row, cell: 2))
        #expect(document.block("DĐ: 0913 274 518")?.container?.cell == 2)
        #expect(document.block("Chức vụ")?.container == Container(kind: .tableRow, path: "/html/body/table/tbody/tr[1]", cell: 1))
    }

    @Test func unclosedCellsStillGetIndexes() {
        let document = parse(page("<table><tr><td>1<td>Bà Trần Thị Quỳnh Anh<td>0945 361 720</table>"))
        #expect(document.blocks.map { $0.container?.cell } == [0, 1, 2])
    }

    @Test func listItemsAreContainers() {
        let document = parse(page("<ul><li>Ông A – 0912 111 222</li><li>Bà B – 0913 333 444</li></ul>"))
        #expect(document.block(containing: "Bà B")?.container == Container(kind: .listItem, path: "/html/body/ul/li[2]"))
    }

    @Test func nestedContactListsBelongToTheirPersonItem() {
        let document = parse(
            page("<ul><li>Ông Lương Văn Khiêm<ul><li>ĐT: 0222.3874.108</li><li>Email: khiemlv@bacninh.gov.vn</li></ul></li><li>Bà Diệp</li></ul>"))
        let person = Container(kind: .listItem, path: "/html/body/ul/li[1]")
        #expect(document.block("ĐT: 0222.3874.108")?.container == person)
        #expect(document.block("Ông Lương Văn Khiêm")?.container == person)
        #expect(document.block("Bà Diệp")?.container?.path == "/html/body/ul/li[2]")
    }

    @Test func cardsHoldTheirContentsIncludingInnerLists() {
        let card = """
            <div class="col-md-4"><div class="card-ld"><img src="a.jpg"><h3>Đồng chí %@</h3><p>Phó Chủ tịch</p>
            <ul class="ld-contact"><li><a href="tel:0913286417">0913 286 417</a></li><li>%@@dh.vn</li></ul></div></div>
            """
        let grid = ["An", "Bình", "Chi"].map { card.replacingOccurrences(of: "%@", with: $0) }.joined()
        let document = parse(page("<main><h1>Lãnh đạo</h1><div class=\"row team-grid\">\(grid)</div></main>"))
        let second = Container(kind: .card, path: "/html/body/main/div/div[2]")
        #expect(document.block("Đồng chí Bình")?.container == second)
        #expect(document.blocks.filter { $0.text == "0913 286 417" }.map(\.container) == [
            Container(kind: .card, path: "/html/body/main/div/div[1]"), second,
            Container(kind: .card, path: "/html/body/main/div/div[3]"),
        ])
        #expect(document.links.first { $0.url == "tel:0913286417" }?.container?.kind == .card)
        #expect(document.images[1].container == second)
        // The grid holds three cards, so it is no card itself: the page heading has no container.
        #expect(document.block("Lãnh đạo")?.container == nil)
    }

    @Test func aLargeWrapperWithACardClassIsNoCard() {
        let filler = String(repeating: "Nội dung bài viết rất dài. ", count: 40)
        let document = parse(page("<div class=\"item-page\"><h2>Tin</h2><div>\(filler)</div><p>Ông A: 0912</p></div>"))
        #expect(document.block(containing: "Nội dung")?.container == nil)
        #expect(document.block("Ông A: 0912")?.container?.kind == .paragraph)
    }

    @Test func aCardOneCharacterOverTheLimitIsNoCard() {
        let limit = String(repeating: "a", count: Container.maximumUnitCharacters)
        let atLimit = parse(page("<div class=\"staff\"><p>\(limit)</p></div>"))
        #expect(atLimit.blocks.first?.container?.kind == .card)
        // The survey stops counting a candidate's text past the limit, not at it.
        let over = parse(page("<div class=\"staff\"><p>\(limit)</p><p>b</p></div>"))
        #expect(over.blocks.first?.container?.kind == .paragraph)
    }

    @Test func aCardHasAtMostOneHeading() {
        let document = parse(page("<div class=\"staff\"><h3>Ông A</h3><p>0912</p><h3>Bà B</h3><p>0913</p></div>"))
        #expect(document.block("0912")?.container == Container(kind: .paragraph, path: "/html/body/div/p[1]"))
    }

    @Test func paragraphsWithoutContainerAreTheirOwn() {
        let document = parse(page("<div><p>Bà Lê Thị Thu Hà<br>Di động: 0905 318 742</p></div>"))
        #expect(document.blocks.first?.container == Container(kind: .paragraph, path: "/html/body/div/p"))
    }

    @Test func definitionListsAreContainers() {
        let document = parse(page("<dl><dt>Điện thoại</dt><dd>0203.3634.886</dd><dt>Email</dt><dd>a@b.vn</dd></dl>"))
        #expect(document.blocks.map { $0.container?.kind } == Array(repeating: .definitionList, count: 4))
    }

    @Test func layoutRowsAroundATableDoNotSwallowIt() {
        let document = parse(
            page("<table><tr><td>Menu</td><td><table><tr><td>Ông A</td><td>0912</td></tr><tr><td>Bà B</td><td>0913</td></tr></table></td></tr></table>"))
        #expect(document.block("0913")?.container == Container(kind: .tableRow, path: "/html/body/table/tr/td[2]/table/tr[2]", cell: 1))
        #expect(document.block("Menu")?.container == Container(kind: .tableRow, path: "/html/body/table/tr", cell: 0))
    }

    @Test func figuresAreContainers() {
        let document = parse(page("<figure><img src=\"p.jpg\"><figcaption>Ông A phát biểu</figcaption></figure>"))
        #expect(document.block("Ông A phát biểu")?.container == Container(kind: .figure, path: "/html/body/figure"))
        #expect(document.images.first?.container?.kind == .figure)
    }
}
