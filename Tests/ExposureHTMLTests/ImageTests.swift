import Testing

@testable import ExposureHTML

@Suite struct ImageTests {
    @Test func attributesAreRead() {
        let document = parse(page("<img src=\"/anh/a.jpg\" alt=\" Ông A \" title=\"Giám đốc\" width=\"300\" height=\"400px\">"))
        let image = document.images.first
        #expect(image?.src == "https://so.example.gov.vn/anh/a.jpg")
        #expect(image?.alt == "Ông A")
        #expect(image?.title == "Giám đốc")
        #expect(image?.width == 300)
        #expect(image?.height == 400)
        #expect(image?.path == "/html/body/img")
    }

    @Test(arguments: ["100%", "auto", "", "-5", "1e3", "３００"])
    func nonPixelSizesAreIgnored(value: String) {
        #expect(parse(page("<img src=\"a.jpg\" width=\"\(value)\">")).images.first?.width == nil)
    }

    @Test func srcsetIsParsedAndResolved() {
        let document = parse(page("<img src=\"a-300.jpg\" srcset=\"a-300.jpg 300w, /full/a-768.jpg 768w,\n a-1920.jpg 1920w\">"))
        #expect(document.images.first?.srcset == [
            ImageCandidate(url: "https://so.example.gov.vn/gioi-thieu/a-300.jpg", descriptor: "300w"),
            ImageCandidate(url: "https://so.example.gov.vn/full/a-768.jpg", descriptor: "768w"),
            ImageCandidate(url: "https://so.example.gov.vn/gioi-thieu/a-1920.jpg", descriptor: "1920w"),
        ])
    }

    @Test func srcsetParserFollowsTheStandard() {
        #expect(ImageCandidate.parseSrcset("a.jpg, b.jpg 2x, c, d.jpg 1.5x") == [
            ImageCandidate(url: "a.jpg"), ImageCandidate(url: "b.jpg", descriptor: "2x"), ImageCandidate(url: "c"),
            ImageCandidate(url: "d.jpg", descriptor: "1.5x"),
        ])
        #expect(ImageCandidate.parseSrcset("img,comma.jpg 100w") == [ImageCandidate(url: "img,comma.jpg", descriptor: "100w")])
        #expect(ImageCandidate.parseSrcset(" , ,") == [])
    }

    @Test(arguments: ["data-src", "data-lazy-src", "data-original"])
    func lazySourcesReplacePlaceholders(attribute: String) {
        let placeholder = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E"
        for src in [placeholder, "/images/blank.gif", "/img/lazy-placeholder.png", ""] {
            let document = parse(page("<img src=\"\(src)\" \(attribute)=\"/uploads/tqv-2024.jpg\" class=\"lazyload\">"))
            #expect(document.images.first?.src == "https://so.example.gov.vn/uploads/tqv-2024.jpg", "src \(src)")
        }
    }

    @Test func realSourceIsKeptOverLazyAttribute() {
        let document = parse(page("<img src=\"/thumb/a.jpg\" data-src=\"/full/a.jpg\">"))
        #expect(document.images.first?.src == "https://so.example.gov.vn/thumb/a.jpg")
    }

    @Test func dataSrcsetAndPictureSourcesAreCandidates() {
        let document = parse(
            page("<picture><source srcset=\"/a.webp 1x, /a@2x.webp 2x\"><img src=\"/a.jpg\" data-srcset=\"/a-big.jpg 1000w\"></picture>"))
        #expect(document.images.first?.srcset.map(\.url) == [
            "https://so.example.gov.vn/a-big.jpg", "https://so.example.gov.vn/a.webp", "https://so.example.gov.vn/a@2x.webp",
        ])
    }

    @Test func imagesWithoutAnySourceAreSkipped() {
        #expect(parse(page("<img alt=\"trống\"><img src=\"\">")).images.isEmpty)
    }

    @Test func figcaptionAndEnclosingLinkAreFound() {
        let document = parse(
            page(
                "<figure><a href=\"/uploads/goc/a-3000.jpg\"><img src=\"/uploads/a-300.jpg\"></a>"
                    + "<figcaption>Đồng chí <b>Phạm Trần Quang Huy</b> nhận quyết định</figcaption></figure>"))
        let image = document.images.first
        #expect(image?.figcaption == "Đồng chí Phạm Trần Quang Huy nhận quyết định")
        #expect(image?.linkURL == "https://so.example.gov.vn/uploads/goc/a-3000.jpg")
    }

    @Test(arguments: [
        "<div class=\"wp-caption\"><img src=\"a.jpg\"><p class=\"wp-caption-text\">Ông A phát biểu</p></div>",
        "<p><img src=\"a.jpg\"><br><em>Ông A phát biểu</em></p>",
        "<table class=\"image\"><tr><td><img src=\"a.jpg\"></td></tr><tr><td class=\"desc\">Ông A phát biểu</td></tr></table>",
        "<div><a href=\"a.jpg\"><img src=\"a.jpg\"></a><span class=\"image-caption\">Ông A phát biểu</span></div>",
    ])
    func captionsBesideTheImageAreFound(markup: String) {
        #expect(parse(page(markup)).images.first?.figcaption == "Ông A phát biểu")
    }

    @Test func unrelatedTextIsNoCaption() {
        let document = parse(
            page(
                "<div class=\"logo\"><img src=\"logo.png\"></div><div class=\"site-desc\">Cổng thông tin</div>"
                    + "<figure><img src=\"b.jpg\"><figcaption>Ảnh khác</figcaption></figure>"
                    + "<p>Văn bản <img src=\"c.jpg\"> và <em>nhấn mạnh</em></p>"))
        #expect(document.images.map(\.figcaption) == [nil, "Ảnh khác", nil])
    }

    @Test func contextComesFromTheContainer() {
        let document = parse(
            page("<div class=\"member\"><div class=\"photo\"><img src=\"a.jpg\"></div><h3>Bà Đinh Thị Phương Thảo</h3><p>Phó Chủ tịch UBND huyện</p></div>"))
        #expect(document.images.first?.context == "Bà Đinh Thị Phương Thảo Phó Chủ tịch UBND huyện")
    }

    @Test func contextReachesBackForTextBeforeTheImage() {
        let intro = String(repeating: "mở đầu ", count: 60)
        let document = parse(page("<div class=\"member\"><p>\(intro)</p><h3>Bà A</h3><p>Phó Giám đốc</p><img src=\"a.jpg\"></div>"))
        let context = document.images.first?.context ?? ""
        #expect(context.hasSuffix("Bà A Phó Giám đốc"))
        #expect(context.hasPrefix("mở đầu"))
        #expect(context.count <= PageWalker.contextLength)
    }

    @Test func contextFallsBackToTheEnclosingBlockAndIsCapped() {
        let long = String(repeating: "chữ ", count: 200)
        let document = parse(page("<section><div><img src=\"a.jpg\"></div><div>Ông A\nGiám đốc<br>\(long)</div></section>"))
        let context = document.images.first?.context ?? ""
        #expect(context.hasPrefix("Ông A Giám đốc chữ"))
        #expect(context.count == PageWalker.contextLength)
        #expect(!context.contains("\n"))
    }

    @Test func hiddenAndNoscriptImagesAreSkipped() {
        let document = parse(page("<img src=\"a.jpg\" hidden><noscript><img src=\"b.jpg\"></noscript><img src=\"c.jpg\">"))
        #expect(document.images.map(\.src) == ["https://so.example.gov.vn/gioi-thieu/c.jpg"])
    }
}
