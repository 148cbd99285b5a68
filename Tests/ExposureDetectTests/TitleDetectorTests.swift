import ExposureDetect
import ExposureHTML
import Testing

private func titles(_ html: String) -> [String] {
    TitleDetector().detect(in: HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")).map(\.value)
}

@Suite struct TitleDetectorTests {
    @Test(arguments: [
        ("<p>Bà Võ Thị Lan, Phó Giám đốc Sở, SĐT: 0905 318 624</p>", ["Phó Giám đốc Sở"]),
        ("<td>Trưởng phòng Tổ chức cán bộ</td>", ["Trưởng phòng Tổ chức cán bộ"]),
        ("<p>Đại tá Trần Văn Yên</p>", ["Đại tá"]),
        ("<p>Giám đốc Nguyễn Văn An phát biểu</p>", ["Giám đốc"]),
        // Signed for the director (KT.) or by order (TL.): the signer's title is the second line.
        ("<p>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</p>", ["PHÓ GIÁM ĐỐC"]),
        ("<p>TL. GIÁM ĐỐC<br>CHÁNH VĂN PHÒNG</p>", ["CHÁNH VĂN PHÒNG"]),
        ("<p>Sheriff Ray Villanueva and the City Clerk</p>", ["Sheriff", "City Clerk"]),
        ("<p>Lịch công tác tuần của cơ quan</p>", []),
    ])
    func findsTitles(html: String, expected: [String]) {
        #expect(titles(html) == expected)
    }

    @Test func aTitleBesideANameIsThatPersons() {
        let html = "<table><tr><td>Ông Lê Quang Vinh</td><td>Giám đốc Sở</td></tr></table>"
        let document = HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")
        let mentions = PersonDetector(subject: .init(name: nil)).mentions(in: document)
        let linked = PersonLinker.link(TitleDetector().detect(in: document), to: mentions, in: document)
        #expect(linked.map(\.person?.name) == ["Lê Quang Vinh"])
    }
}
