import Testing

@testable import ExposureHTML

@Suite struct LinkTests {
    @Test func hrefsResolveAgainstThePage() {
        let document = parse(
            page(
                """
                <a href="../tin-tuc/bai-1.html">Bài 1</a><a href="/lien-he?x=1#form">Liên hệ</a>
                <a href="//cdn.example.vn/a.pdf">PDF</a><a href="  chi tiết.html\n">Chi tiết</a>
                <a href="images\\anh.jpg">Ảnh</a><a href="https://khac.vn/">Khác</a><a name="top">no href</a>
                """))
        #expect(document.links.map(\.url) == [
            "https://so.example.gov.vn/tin-tuc/bai-1.html", "https://so.example.gov.vn/lien-he?x=1#form",
            "https://cdn.example.vn/a.pdf", "https://so.example.gov.vn/gioi-thieu/chi%20ti%E1%BA%BFt.html",
            "https://so.example.gov.vn/gioi-thieu/images/anh.jpg", "https://khac.vn/",
        ])
        #expect(document.links.map(\.text) == ["Bài 1", "Liên hệ", "PDF", "Chi tiết", "Ảnh", "Khác"])
        #expect(document.links.allSatisfy { $0.kind == .anchor })
    }

    @Test func nonWebSchemesAreKeptAsWritten() {
        let document = parse(
            page(
                "<a href=\" tel:0913.286.417 \">Gọi</a><a href=\"mailto:A@B.vn?subject=Hỏi\">Thư</a>"
                    + "<a href=\"javascript:void(0)\">JS</a><a href=\"zalo://0913\">Zalo</a>"))
        #expect(document.links.map(\.url) == ["tel:0913.286.417", "mailto:A@B.vn?subject=Hỏi", "javascript:void(0)", "zalo://0913"])
    }

    @Test func baseHrefChangesResolution() {
        let document = parse(page("<a href=\"lanh-dao\">x</a><img src=\"anh.jpg\">", head: "<base href=\"/portal/vi/\">"))
        #expect(document.baseURL == "https://so.example.gov.vn/portal/vi/")
        #expect(document.links.first?.url == "https://so.example.gov.vn/portal/vi/lanh-dao")
        #expect(document.images.first?.src == "https://so.example.gov.vn/portal/vi/anh.jpg")
    }

    @Test func framesCanonicalAndAlternateLinksAreRecorded() {
        let document = parse(
            """
            <html><head><link rel="canonical" href="/lanh-dao"><link rel="alternate" type="application/rss+xml" href="/rss" title="Tin">
            <link rel="stylesheet" href="/a.css"><link rel="alternate stylesheet" href="/b.css"></head>
            <frameset><frame src="menu.html"><frame src="noi-dung.html"></frameset></html>
            """)
        #expect(document.canonicalURL == "https://so.example.gov.vn/lanh-dao")
        let kinds = document.links.map { "\($0.kind.rawValue) \($0.url)" }
        #expect(kinds == [
            "canonical https://so.example.gov.vn/lanh-dao", "alternate https://so.example.gov.vn/rss",
            "frame https://so.example.gov.vn/gioi-thieu/menu.html", "frame https://so.example.gov.vn/gioi-thieu/noi-dung.html",
        ])
        #expect(document.links[1].text == "Tin")
        #expect(document.links[0].path == "/html/head/link[1]")
    }

    @Test func iframesAndImageMapAreasAreRecorded() {
        let document = parse(page("<iframe src=\"https://www.google.com/maps/embed?x\" title=\"Bản đồ\"></iframe><map><area href=\"/so-do\" alt=\"Sơ đồ\"></map>"))
        #expect(document.links.map(\.kind) == [.frame, .anchor])
        #expect(document.links.map(\.text) == ["Bản đồ", "Sơ đồ"])
    }

    @Test func linksCarryRelPathAndContainer() {
        let document = parse(page("<table><tr><td>Ông A</td><td><a rel=\"nofollow\" href=\"mailto:a@so.vn\"><b>a@so.vn</b></a></td></tr></table>"))
        let link = document.links.first
        #expect(link?.rel == "nofollow")
        #expect(link?.text == "a@so.vn")
        #expect(link?.path == "/html/body/table/tr/td[2]/a")
        #expect(link?.container == Container(kind: .tableRow, path: "/html/body/table/tr", cell: 1))
    }

    @Test func linksDoNotNest() {
        let document = parse(page("<a href=\"/a\">Một <a href=\"/b\">Hai</a> ba</a>"))
        #expect(document.links.map(\.text) == ["Một", "Hai"])
        #expect(document.texts == ["Một Hai ba"])
    }

    @Test func cloudflareProtectionLinksBecomeMailto() {
        let hex = "5a" + "b@so.vn".utf8.map { String(format2: $0 ^ 0x5A) }.joined()
        let document = parse(
            page(
                "<a href=\"/cdn-cgi/l/email-protection#\(hex)\">"
                    + "<span class=\"__cf_email__\" data-cfemail=\"\(hex)\">[email&#160;protected]</span></a>"))
        #expect(document.links.first?.url == "mailto:b@so.vn")
        #expect(document.links.first?.text == "b@so.vn")
        #expect(CloudflareEmail.address(fromHex: "zz") == nil)
        #expect(CloudflareEmail.address(fromHex: "4243") == nil)
    }
}
