import Testing

@testable import ExposureHTML

@Suite struct RegionTests {
    @Test func layoutElementsSetRegions() {
        let document = parse(
            page(
                """
                <header><p>Cổng thông tin</p><nav><ul><li>Trang chủ</li></ul></nav></header>
                <main><p>Nội dung</p></main><aside><p>Liên kết</p></aside>
                <footer><p>Điện thoại: 0208.3820.100</p></footer>
                """))
        #expect(document.block("Cổng thông tin")?.region == .header)
        #expect(document.block("Trang chủ")?.region == .nav)
        #expect(document.block("Nội dung")?.region == .main)
        #expect(document.block("Liên kết")?.region == .aside)
        #expect(document.block("Điện thoại: 0208.3820.100")?.region == .footer)
    }

    @Test(arguments: [
        ("<div id=\"footer\"><p>x</p></div>", Region.footer),
        ("<div class=\"footer-cg\"><p>x</p></div>", .footer),
        ("<div class=\"Footer_root__y9Z0a\"><p>x</p></div>", .footer),
        ("<div class=\"site-header\"><p>x</p></div>", .header),
        ("<table id=\"header\"><tr><td>x</td></tr></table>", .header),
        ("<ul class=\"main-menu\"><li>x</li></ul>", .nav),
        ("<div class=\"navbar\"><p>x</p></div>", .nav),
        ("<div id=\"sidebar\"><p>x</p></div>", .aside),
        ("<div role=\"contentinfo\"><p>x</p></div>", .footer),
        ("<div role=\"navigation\"><p>x</p></div>", .nav),
        ("<div class=\"deptHeader\"><p>x</p></div>", .main),
        ("<div class=\"card-header\"><p>x</p></div>", .main),
        ("<div class=\"content\"><p>x</p></div>", .main),
    ])
    func classesIDsAndRolesSetRegions(markup: String, region: Region) {
        #expect(parse(page(markup)).block("x")?.region == region)
    }

    @Test func headerInsideAnArticleBelongsToTheArticle() {
        let document = parse(page("<article><header><h2>Ông A nhận nhiệm vụ</h2></header><p>x</p><footer>Tác giả</footer></article>"))
        #expect(document.block("Ông A nhận nhiệm vụ")?.region == .main)
        #expect(document.block("Tác giả")?.region == .main)
    }

    @Test func classNamesDoNotOverrideMain() {
        let document = parse(page("<main><div class=\"box-footer\"><p>a</p></div><div class=\"footer\"><p>b</p></div></main>"))
        #expect(document.block("a")?.region == .main)
        #expect(document.block("b")?.region == .main)
    }

    @Test func linksAndImagesCarryTheirRegion() {
        let document = parse(page("<div id=\"footer\"><a href=\"/lien-he\">Liên hệ</a><img src=\"/qr.png\"></div>"))
        #expect(document.links.first?.region == .footer)
        #expect(document.images.first?.region == .footer)
    }
}
