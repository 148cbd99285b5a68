import ExposureDetect
import ExposureHTML
import Foundation
import Testing

/// The normalized units of an HTML fragment, on a page in `language`.
private func workplaces(_ html: String, language: String = "vi") -> [String] {
    let page = "<html lang=\"\(language)\"><body>\(html)</body></html>"
    let document = HTMLParser.parse(Array(page.utf8), url: "https://x.gov.vn/", contentType: "text/html")
    return WorkplaceDetector().detect(in: document).map(\.normalized)
}

@Suite struct WorkplaceDetectorTests {
    @Test(arguments: [
        // Units after a title, in news sentences and contact lines.
        ("<p>Dự hội nghị có bà Lâm Thị Kiều Oanh, Phó Chủ tịch UBND tỉnh Bạc Liêu.</p>", ["Ủy ban nhân dân tỉnh Bạc Liêu"]),
        ("<p>Đ/c Lưu Văn Khải - Bí thư Đảng ủy xã Tân Lập, DĐ: 0336 118 902</p>", ["Đảng ủy xã Tân Lập"]),
        (
            "<p>Đồng chí Hoàng Văn Chiến, Phó Giám đốc Sở Nội vụ; đồng chí Đào Văn Hiệp, Giám đốc Sở Tài chính.</p>",
            ["Sở Nội vụ", "Sở Tài chính"]
        ),
        ("<p>Bà Ông Thị Kim Yến - Chuyên viên Phòng Xúc tiến đầu tư</p>", ["Phòng Xúc tiến đầu tư"]),
        // Abbreviations spelled out; a head in lower case after its title opens the name.
        ("<p>Ông Trần Văn Bảy, Giám đốc Sở NN&amp;PTNT phát biểu.</p>", ["Sở Nông nghiệp và Phát triển nông thôn"]),
        (
            "<p>Ông Thạch Phanh, Trưởng phòng NN&amp;PTNT huyện Hồng Dân kiến nghị.</p>",
            ["Phòng Nông nghiệp và Phát triển nông thôn huyện Hồng Dân"]
        ),
        // A verb after the name is the sentence's, not the unit's.
        (
            "<p>Ngày 26/3, Sở Kế hoạch và Đầu tư tổ chức hội nghị; ông Đặng Trí Dũng phát biểu.</p>",
            ["Sở Kế hoạch và Đầu tư"]
        ),
        // A table row: the unit in its own cell, the person in another.
        (
            "<table><tr><td>Hà Thị Bích Ngọc</td><td>Chánh Văn phòng</td><td>Văn phòng Sở</td></tr></table>",
            ["Văn phòng Sở"]
        ),
        (
            "<p>Đại diện: Ông Đỗ Văn Hải - Giám đốc Công ty TNHH Xây dựng Thành Đạt Phú Thọ</p>",
            ["Công ty TNHH Xây dựng Thành Đạt Phú Thọ"]
        ),
        // Printed without diacritics.
        (
            "<p>Nguoi lien he: Chuyen vien Phong Ke hoach - Ky thuat - Dien thoai: 0210 3873 248</p>",
            ["Phong Ke hoach - Ky thuat"]
        ),
        // Headers and footers name the agency, in capitals put in sentence case.
        ("<header><p>SỞ NỘI VỤ TỈNH BÌNH PHƯỚC</p></header>", ["Sở Nội vụ tỉnh Bình Phước"]),
        ("<footer><p>SỞ NGOẠI VỤ HÀ NỘI</p></footer>", ["Sở Ngoại vụ thành phố Hà Nội"]),
        ("<footer><p>ỦY BAN NHÂN DÂN PHƯỜNG VÕ THỊ SÁU - QUẬN 3</p></footer>", ["Ủy ban nhân dân phường Võ Thị Sáu, quận 3"]),
        ("<footer><p>VĂN PHÒNG HĐND VÀ UBND QUẬN NINH KIỀU</p></footer>", ["Văn phòng HĐND và UBND quận Ninh Kiều"]),
        // A letterhead's parent body is nobody's workplace on the page.
        ("<header><p>UBND TỈNH THÁI NGUYÊN<br>SỞ TƯ PHÁP TỈNH THÁI NGUYÊN</p></header>", ["Sở Tư pháp tỉnh Thái Nguyên"]),
    ])
    func findsVietnameseUnits(html: String, expected: [String]) {
        #expect(workplaces(html) == expected)
    }

    @Test(arguments: [
        // A street, rooms, verbs and words that contain a head.
        "<p>Ông Nguyễn Văn An sống ở số 45 đường Trần Phú và đường Trường Chinh.</p>",
        "<p>Ông Nguyễn Văn An chủ trì cuộc họp tại phòng họp số 2.</p>",
        "<p>Giám đốc Nguyễn Văn An làm việc tại Phòng 203, tầng 2.</p>",
        "<p>Ông Lê Văn Bình kiểm tra Phòng Họp trực tuyến.</p>",
        "<p>Ông Trần Văn Cường nói: Ban hành chính sách mới là cần thiết.</p>",
        "<p>Bà Nguyễn Thị Dung cho biết trường hợp này cần bảo vệ môi trường và thị trường.</p>",
        // A head with no name: a generic plural, a title's own unit.
        "<p>Tham dự có ông Lê Văn Em và UBND các huyện, thị xã.</p>",
        "<p>Bà Hồ Thị Ngọc Ánh - Phó Chánh Văn phòng; ông Vương Đình Khải - Trưởng phòng.</p>",
        "<p>Ông Trịnh Quốc Dũng, Trưởng phòng Tổ chức công chức, cho biết.</p>",
        // Issuers of cards, licences and decisions; the site's designer.
        "<table><tr><td>Ông Lê Văn Tám</td><td>CMND 131245678 cấp ngày 15/6/2010 tại Công an tỉnh Phú Thọ</td></tr></table>",
        "<footer><p>Giấy phép số 05/GP-TTĐT ngày 10/01/2020 của Sở Thông tin và Truyền thông tỉnh Khánh Hòa</p></footer>",
        "<p>Ông Hà Văn Quang được bổ nhiệm theo Quyết định số 1125/QĐ-UBND ngày 28/6/2024 của UBND tỉnh.</p>",
        "<footer><p>Thiết kế: Trung tâm Tin học - Sở GD&amp;ĐT Nghệ An</p></footer>",
        // Units named with no one: a menu, a hotline list.
        "<nav><ul><li>Bộ phận Một cửa</li><li>Tra cứu hồ sơ</li></ul></nav>",
        "<p>Phòng Quản lý vận tải, phương tiện và người lái: 0237.3710.225</p>",
        // A family name that is also a head.
        "<p>Ông Đoàn Văn Hậu phát biểu tại hội nghị.</p>",
    ])
    func findsNoVietnameseUnit(html: String) {
        #expect(workplaces(html) == [])
    }

    @Test(arguments: [
        (
            "<p>Sheriff Monica Delgado spoke at the Lassen Valley County Sheriff's Office.</p>",
            ["Lassen Valley County Sheriff's Office"]
        ),
        (
            "<table><tr><th colspan=2>Human Resources</th></tr><tr><td>Sullivan, Kathleen</td>"
                + "<td>Human Resources Manager</td></tr></table>",
            ["Human Resources", "Human Resources"]
        ),
        ("<dl><dt>Deputy Director, Water Division</dt><dd>Priya Raman</dd></dl>", ["Water Division"]),
        ("<h2>Mayor &amp; City Council</h2><p>Mayor Patricia Gomez</p>", ["City Council"]),
        ("<h1>Board of Commissioners</h1><p>Sarah J. Whitfield, Commissioner</p>", ["Board of Commissioners"]),
        // A heading run into its subtitle by markup, in capitals put in title case.
        ("<header><div>CEDAR HOLLOW POLICE DEPARTMENT<small>Town of Cedar Hollow</small></div></header>", [
            "Cedar Hollow Police Department"
        ]),
        ("<footer><p>City of Westmere, 1200 Ocean View Blvd.</p></footer>", ["City of Westmere"]),
    ])
    func findsEnglishUnits(html: String, expected: [String]) {
        #expect(workplaces(html, language: "en") == expected)
    }

    @Test(arguments: [
        "<p>Chief Daniel Kowalski said the department has 24 sworn officers.</p>",
        "<p>Council Member Frank DeLuca holds meetings at his district office.</p>",
        "<p>Assistant City Manager Thomas Brennan</p>",
        "<p>Director Marcus Bell visited the Cedar Hollow Public Safety Building.</p>",
    ])
    func findsNoEnglishUnit(html: String) {
        #expect(workplaces(html, language: "en") == [])
    }

    @Test func readsEachPageInItsOwnLanguage() {
        // An English subtitle repeats a Vietnamese agency's name; `Ban` is an English word.
        #expect(workplaces("<header><p>HA NAM DEPARTMENT OF HEALTH</p></header>") == [])
        #expect(workplaces("<p>Mayor Ban Smith, Board of Education</p>", language: "en") == ["Board of Education"])
    }

    @Test func theSiteAgencyInTheBodyIsTheAgencys() {
        let html =
            "<header><p>SỞ TÀI CHÍNH TỈNH TUYÊN QUANG</p></header>"
            + "<p>Đồng chí Đào Văn Hiệp, Giám đốc Sở Tài chính; đồng chí Hoàng Văn Chiến, Phó Giám đốc Sở Nội vụ.</p>"
        #expect(workplaces(html) == ["Sở Tài chính tỉnh Tuyên Quang", "Sở Nội vụ"])
    }

    @Test func decomposedTextIsNormalizedToNFC() throws {
        let html = "<p>Ông Phạm Quang Huy, Giám đốc Sở Y tế tỉnh Hà Nam</p>".decomposedStringWithCanonicalMapping
        let found = try #require(workplaces(html).first)
        #expect(found == "Sở Y tế tỉnh Hà Nam")
        #expect(found.unicodeScalars.elementsEqual("Sở Y tế tỉnh Hà Nam".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func aDetectionKeepsTheUnitAsPrintedWithItsContext() throws {
        let html = "<html lang=\"vi\"><body><p>Ông Thạch Phanh, Trưởng phòng NN&amp;PTNT huyện Hồng Dân kiến nghị.</p>"
        let document = HTMLParser.parse(Array(html.utf8), url: "https://x.gov.vn/", contentType: "text/html")
        let detection = try #require(WorkplaceDetector().detect(in: document).first)
        #expect(detection.kind == .workplace)
        #expect(detection.value == "phòng NN&PTNT huyện Hồng Dân")
        #expect(detection.context.contains("Trưởng phòng NN&PTNT huyện Hồng Dân kiến nghị"))
        #expect(detection.anchor.offset == "Ông Thạch Phanh, Trưởng ".utf8.count)
    }

    @Test func aUnitBesideAPersonIsKeptWithTheConfidenceThatSaysSo() throws {
        let html = "<html lang=\"vi\"><body><p>Bà Ông Thị Kim Yến - Chuyên viên Phòng Xúc tiến đầu tư</p>"
        let document = HTMLParser.parse(Array(html.utf8), url: "https://x.gov.vn/", contentType: "text/html")
        let detection = try #require(WorkplaceDetector().detect(in: document).first)
        #expect(detection.confidence == 0.8)
    }

    @Test func aUnitInAPersonsRowIsThatPersons() {
        let html =
            "<html lang=\"vi\"><body><table><tr><td>Dương Minh Trí</td><td>Trưởng phòng</td>"
            + "<td>Phòng Bổ trợ tư pháp</td></tr></table>"
        let document = HTMLParser.parse(Array(html.utf8), url: "https://x.gov.vn/", contentType: "text/html")
        let mentions = PersonDetector(subject: .init(name: nil)).mentions(in: document)
        let linked = PersonLinker.link(WorkplaceDetector().detect(in: document), to: mentions, in: document)
        #expect(linked.map(\.detection.normalized) == ["Phòng Bổ trợ tư pháp"])
        #expect(linked.map(\.person?.name) == ["Dương Minh Trí"])
    }
}
