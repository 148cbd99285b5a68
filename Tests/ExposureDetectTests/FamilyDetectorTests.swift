import ExposureCore
import ExposureDetect
import ExposureHTML
import Testing

private func ties(_ html: String) -> [String] {
    FamilyDetector().detect(in: HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")).map(\.normalized)
}

@Suite struct FamilyDetectorTests {
    @Test(arguments: [
        ("Đồng chí Phạm Trần Quang Huy là con trai của ông Phạm Văn Tư.", ["father: Phạm Văn Tư"]),
        ("Chị là con gái của bà Trần Thị Mai, nguyên hiệu trưởng.", ["mother: Trần Thị Mai"]),
        ("Vợ là bà Nguyễn Thị Hoa, giáo viên Trường THCS Lê Lợi.", ["spouse: Nguyễn Thị Hoa"]),
        ("Ông Lê Văn An và vợ là Đào Thị Hạnh đã đóng góp", ["spouse: Đào Thị Hạnh"]),
        ("Anh trai: Lê Văn Bình", ["sibling: Lê Văn Bình"]),
        ("Họ tên vợ/chồng: Đặng Thị Thu", ["spouse: Đặng Thị Thu"]),
        ("Bob and his wife, Linda, have three grandchildren.", ["spouse: Linda"]),
        ("She lives with her husband, Tom Whitfield, and their two children.", ["spouse: Tom Whitfield", "children: two (unnamed)"]),
    ])
    func findsNamedTies(text: String, expected: [String]) {
        #expect(ties("<p>\(text)</p>") == expected)
    }

    @Test func turnsAnObituarysFamilyToTheOfficialsSide() {
        let html = """
            <div><p><b>Cụ ông PHẠM VĂN ĐỨC</b></p><p>Sinh năm 1938</p>
            <p>Là thân phụ của đồng chí Phạm Thị Minh Thu - Phó Giám đốc Sở; nhạc phụ của đồng chí Lê Hữu Tài.</p>
            <p>Tang gia đồng kính báo<br>Vợ: Cụ bà Trần Thị Nhàn (đã mất)<br>
            Các con: Phạm Văn Hòa - Phạm Thị Minh Thu - Phạm Văn Bình<br>Con rể: Lê Hữu Tài</p></div>
            """
        #expect(ties(html) == [
            "father: Phạm Văn Đức", "father-in-law: Phạm Văn Đức", "mother: Trần Thị Nhàn (deceased)",
            "sibling: Phạm Văn Hòa", "sibling: Phạm Văn Bình",
        ])
    }

    /// Ties that rest on blocks around their own (a sentence's subject named before it, a family
    /// list in an obituary's reach) are read afresh on every page, never taken from the memo.
    @Test func theMemoRemembersOnlyTiesReadFromTheirBlockAlone() {
        let tribute = "<p>Là thân phụ của đồng chí Phạm Thị Minh Thu - Phó Giám đốc Sở.</p>"
        let family = "<p>Vợ: Cụ bà Trần Thị Nhàn (đã mất)<br>Các con: Phạm Văn Hòa - Phạm Thị Minh Thu</p>"
        let spouse = "<p>Vợ là bà Nguyễn Thị Hoa, giáo viên.</p>"
        let pages = [
            "<p><b>Cụ ông PHẠM VĂN ĐỨC</b></p>\(tribute)\(family)\(spouse)",
            "<p><b>Cụ ông LÊ VĂN TÁM</b></p>\(tribute)\(family)\(spouse)",
            "<p>Tin tức</p>\(family)\(spouse)",
        ].map { HTMLParser.parse(Array("<html lang=vi><body>\($0)</body></html>".utf8), url: "http://s.gov.vn/") }
        let memo = DetectionMemo()
        for index in [0, 0, 2, 2, 2, 1, 0, 1, 2] {
            let page = PageText(pages[index], memo: memo)
            #expect(FamilyDetector().detect(in: page) == FamilyDetector().detect(in: pages[index]))
            page.rememberRepeatedBlocks()
        }
        #expect(ties("<p><b>Cụ ông LÊ VĂN TÁM</b></p>\(tribute)\(family)").starts(with: ["father: Lê Văn Tám"]))
    }

    @Test func aTieBelongsToTheOfficialNotTheNamedRelative() {
        let html = """
            <article><h2>Sarah Whitfield</h2><p>Phone: 541-555-0112</p>
            <p>Sarah lives with her husband, Tom Whitfield, and their two children.</p></article>
            """
        let document = HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")
        let mentions = PersonDetector(subject: Subject(name: nil)).mentions(in: document)
        let linked = PersonLinker.link(FamilyDetector().detect(in: document), to: mentions, in: document)
        #expect(linked.map(\.person?.name) == ["Sarah Whitfield", "Sarah Whitfield"])
    }

    @Test(arguments: [
        "Con đường Nguyễn Huệ rợp bóng cây",
        "Thăm Bà mẹ Việt Nam anh hùng Nguyễn Thị Lành",
        "Mẹ Việt Nam Anh hùng Nguyễn Thị Lành được tặng quà",
        "Anh Nguyễn Văn Nam là cán bộ trẻ",
        "Sở công bố: Nguyễn Văn An trúng tuyển",
        "Phòng, chống tham nhũng: Trần Văn Bình phụ trách",
        "Vợ ông Nguyễn Văn An đến dự",
        "The Sister City program with Mother Teresa House",
        "His father was a teacher.",
        "Bộ trưởng Bộ Công an: Lương Tam Quang",
        "Bố trí cán bộ: Nguyễn Văn An",
        "Cha Nguyễn Văn Thuận dâng lễ",
    ])
    func leavesEverydayWordsAlone(text: String) {
        #expect(ties("<p>\(text)</p>").isEmpty)
    }
}
