import Testing

@testable import ExposureHTML

/// Large and pathological pages parse completely; their speed is measured by `make bench`.
@Suite struct LargePageTests {
    /// A page of about `size` bytes: card grids, phone-book tables, nested lists, news text,
    /// links and images, with some unclosed tags.
    static func syntheticPage(size: Int) -> [UInt8] {
        var html = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Danh bạ</title></head><body>"
        html += "<header id=\"header\"><img src=\"/logo.png\"><ul class=\"menu\"><li><a href=\"/\">Trang chủ</a></ul></header><main>"
        var index = 0
        while html.utf8.count < size {
            index += 1
            html += """
                <h2>Phòng \(index)</h2><div class="row"><div class="col-md-4"><div class="card">
                <img src="data:image/gif;base64,R0lGOD" data-src="/uploads/\(index).jpg" srcset="/u/\(index)-300.jpg 300w, /u/\(index)-768.jpg 768w" width="300" height="400" alt="Ông Nguyễn Văn \(index)">
                <h3>Ông Nguyễn Văn \(index)</h3><p>Trưởng phòng&nbsp;\(index)</p><ul><li>ĐT: <a href="tel:0912\(index)">0912 \(index)</a><li>Email: <a href="mailto:a\(index)@so.gov.vn">a\(index)@so.gov.vn</a></ul>
                </div></div></div>
                <table><tr><td>\(index)<td>Bà Trần Thị \(index)<td>Phó phòng<td>0913.\(index)<br>0236 3\(index)</tr></table>
                <p>Ngày \(index % 28 + 1)/3, đồng chí Lê Văn \(index) đã chủ trì hội nghị &#7889; <b>quan trọng</b> về <a href="../tin/\(index).html">công tác</a> cải cách hành chính.
                <figure><img src="/tin/\(index).jpg"><figcaption>Đồng chí Lê Văn \(index) phát biểu</figcaption></figure>

                """
        }
        html += "</main><footer><p>Địa chỉ: Số 1 Trần Phú</p></footer></body></html>"
        return Array(html.utf8)
    }

    @Test func oneMegabytePageParsesWhole() {
        let bytes = Self.syntheticPage(size: 1 << 20)
        let document = HTMLParser.parse(bytes, url: "https://so.example.gov.vn/danh-ba")
        #expect(document.blocks.count > 10_000)
        #expect(document.images.count > 2_000)
        #expect(document.blocks.last?.region == .footer)
    }

    @Test func pathologicalNestingKeepsEveryImage() {
        let unit = "<div class=\"item\"><picture><figure><a href=\"x\"><img src=\"a.jpg\">t "
        let bytes = Array((String(repeating: unit, count: 2_000)).utf8)
        let document = HTMLParser.parse(bytes, url: pageURL)
        #expect(document.images.count == 2_000)
    }
}
