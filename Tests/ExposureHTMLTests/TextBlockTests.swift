import Testing

@testable import ExposureHTML

@Suite struct TextBlockTests {
    @Test func brokenMarkupIsRecovered() {
        let document = parse(
            """
            <html><body><div><table><tr><td>Họ và tên<td>Điện thoại
            <tr><td>Ông Trần Văn Bảy<td>0913 274 518
            </table></div></div><p>Tổng đài<p>Đường dây nóng</body></html>
            """)
        #expect(document.texts == ["Họ và tên", "Điện thoại", "Ông Trần Văn Bảy", "0913 274 518", "Tổng đài", "Đường dây nóng"])
        #expect(document.block("0913 274 518")?.path == "/html/body/div/table/tr[2]/td[2]")
        #expect(document.block("Đường dây nóng")?.path == "/html/body/p[2]")
    }

    @Test func lineBreaksBecomeNewlinesAndWhitespaceCollapses() {
        let document = parse(page("<p>  Ông Lê Văn Tám <br> Giám đốc\n\n  Sở <br/><br>ĐT:\u{A0}\u{A0}0912&nbsp;345 678 <br></p>"))
        #expect(document.texts == ["Ông Lê Văn Tám\nGiám đốc Sở\n\nĐT: 0912 345 678"])
    }

    @Test func entitiesAreDecoded() {
        let document = parse(page("<p>Gi&aacute;m &#273;&#7889;c &amp; Ph&oacute; Gi&#xE1;m &#x111;&#7889;c &lt;b&gt;</p>"))
        #expect(document.texts == ["Giám đốc & Phó Giám đốc <b>"])
    }

    @Test func decomposedTextIsNotNormalized() {
        let nfd = "Nguye\u{302}\u{303}n Thi\u{323} Ha\u{300}"
        let document = parse(page("<p>\(nfd)</p>"))
        #expect(document.blocks.count == 1)
        #expect(Array(document.blocks[0].text.unicodeScalars) == Array(nfd.unicodeScalars))
        #expect(Array(document.blocks[0].text.unicodeScalars) != Array("Nguyễn Thị Hà".unicodeScalars))
    }

    @Test func nonTextContentIsSkipped() {
        let document = parse(
            page(
                """
                <script>var phone = "0912000000";</script><style>p { color: red }</style>
                <noscript>Bật JavaScript</noscript><template><p>khuôn</p></template>
                <p hidden>ẩn 1</p><div style="DISPLAY: none">ẩn 2</div><!-- 0988 000 000 -->
                <svg><title>icon</title><text>svg text</text></svg><p>Hiển thị</p>
                """,
                head: "<title>Tiêu đề</title><style>x{}</style>"))
        #expect(document.texts == ["Hiển thị"])
    }

    @Test func emptyBlocksAreDropped() {
        let document = parse(page("<div> <p>&nbsp;</p><div>\n\t</div><span> </span></div><p>x</p>"))
        #expect(document.texts == ["x"])
    }

    @Test func nestedBlocksSplitTheirParentIntoRuns() {
        let document = parse(page("<div>Trước <b>đậm</b><p>Giữa</p>Sau<div>Trong</div></div>"))
        #expect(document.texts == ["Trước đậm", "Giữa", "Sau", "Trong"])
        #expect(document.blocks.map(\.path) == ["/html/body/div", "/html/body/div/p", "/html/body/div", "/html/body/div/div"])
    }

    @Test func inlineElementsJoinTheirBlock() {
        let document = parse(page("<td><font><b>Ông</b> <i>Phan Bá Tùng</i></font></td><p><span>09</span><span>13</span></p>"))
        #expect(document.texts == ["Ông Phan Bá Tùng", "0913"])
    }

    @Test func pathsIndexOnlyRepeatedTags() {
        let document = parse(page("<div><p>a</p><p>b</p><ul><li>c</li></ul></div><div>d</div>"))
        #expect(document.blocks.map(\.path) == [
            "/html/body/div[1]/p[1]", "/html/body/div[1]/p[2]", "/html/body/div[1]/ul/li", "/html/body/div[2]",
        ])
    }

    @Test func headingsAreTrackedInDocumentOrder() {
        let document = parse(
            page("<p>Mở đầu</p><h2>Ban <br>Giám đốc</h2><p>Giám đốc: Ông A</p><h3>Phó <b>Giám đốc</b></h3><p>Ông B</p>"))
        #expect(document.block("Mở đầu")?.heading == nil)
        let heading = document.block("Ban\nGiám đốc")
        #expect(heading?.isHeading == true)
        #expect(heading?.heading == nil)
        #expect(document.block("Giám đốc: Ông A")?.heading == "Ban\nGiám đốc")
        #expect(document.block("Giám đốc: Ông A")?.isHeading == false)
        #expect(document.block("Phó Giám đốc")?.heading == "Ban\nGiám đốc")
        #expect(document.block("Ông B")?.heading == "Phó Giám đốc")
    }

    @Test func headingTextEqualsTheHeadingBlockText() {
        let document = parse(page("<h1>  Lãnh đạo <span>Sở</span> </h1><p>x</p>"))
        let heading = document.blocks.first { $0.isHeading }
        #expect(heading?.text == "Lãnh đạo Sở")
        #expect(document.block("x")?.heading == heading?.text)
    }

    @Test func imageOnlyHeadingsDoNotReplaceTheHeading() {
        let document = parse(page("<h2>Ban Giám đốc</h2><h1><img src=\"logo.png\"></h1><p>Ông A</p>"))
        #expect(document.block("Ông A")?.heading == "Ban Giám đốc")
    }

    @Test(arguments: ["\u{2003}", "\u{202F}", "\u{3000}", "\u{1680}", "\t", "\r\n", "\u{0C}"])
    func unicodeSpacesCollapse(space: String) {
        let document = parse(page("<p>0912\(space)\(space)345</p>"))
        #expect(document.texts == ["0912 345"])
    }

    @Test func zeroWidthAndOtherCharactersAreKept() {
        let document = parse(page("<p>a\u{200B}b\u{00AD}c</p>"))
        #expect(Array(document.texts.first?.unicodeScalars ?? "".unicodeScalars) == ["a", "\u{200B}", "b", "\u{AD}", "c"])
    }

    @Test func preformattedTextKeepsLineBreaks() {
        let document = parse(page("<pre>Ông A   0912\nBà B   0913</pre>"))
        #expect(document.texts == ["Ông A 0912\nBà B 0913"])
    }

    @Test func textDirectlyInBodyIsABlock() {
        let document = parse("<html><body>Chào <b>bạn</b><div>Khác</div></body></html>")
        #expect(document.blocks.first?.text == "Chào bạn")
        #expect(document.blocks.first?.path == "/html/body")
    }

    @Test func cloudflareProtectedEmailIsShown() {
        // "ha@so.vn" under key 0x42.
        let hex = "42" + "ha@so.vn".utf8.map { String(format2: $0 ^ 0x42) }.joined()
        let document = parse(
            page(
                "<p>Email: <a href=\"/cdn-cgi/l/email-protection\" class=\"__cf_email__\" data-cfemail=\"\(hex)\">"
                    + "[email&#160;protected]</a></p>"))
        #expect(document.texts == ["Email: ha@so.vn"])
        #expect(document.links.first?.url == "mailto:ha@so.vn")
    }

    @Test func deepNestingDoesNotCrashAndKeepsText() {
        let depth = 20_000
        let html = "<body>" + String(repeating: "<div>x", count: depth) + "<p>cuối</p>"
        let document = parse(html)
        #expect(document.blocks.last?.text.hasSuffix("cuối") == true)
        #expect(document.blocks.allSatisfy { $0.path.count < 4 * PageWalker.maximumDepth + 64 })
    }

    @Test func emptyInputGivesAnEmptyDocument() {
        let document = HTMLParser.parse([], url: pageURL)
        #expect(document.blocks.isEmpty && document.links.isEmpty && document.title == nil)
        #expect(document.baseURL == pageURL)
        #expect(document.charset == "utf-8")
    }
}

extension String {
    /// Two lowercase hex digits.
    init(format2 byte: UInt8) {
        let digits = Array("0123456789abcdef")
        self = String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
