import ExposureCore
import ExposureDetect
import ExposureHTML
import Foundation
import Testing

private func names(_ html: String, subject: Subject = Subject(name: nil)) -> [String] {
    let document = HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")
    return PersonDetector(subject: subject).mentions(in: document).map(\.name)
}

@Suite struct PersonDetectorTests {
    @Test(arguments: [
        ("<p>Ông Lê Quang Vinh, Giám đốc Sở</p>", ["Lê Quang Vinh"]),
        ("<p>Bà Ông Thị Kim Yến, Trưởng phòng</p>", ["Ông Thị Kim Yến"]),
        ("<td>TRƯƠNG THỊ BÍCH NGỌC</td>", ["Trương Thị Bích Ngọc"]),
        ("<p>Đ/c Trịnh Minh - Phó Giám đốc</p>", ["Trịnh Minh"]),
        ("<p>Đại tá Trần Văn Yên</p>", ["Trần Văn Yên"]),
        ("<p>Số 12 đường Trần Hưng Đạo, huyện Trần Văn Thời</p>", []),
        ("<p>Nguyễn Văn An Giám đốc</p>", ["Nguyễn Văn An"]),
        ("<p>Hà Nội</p>", []),
        ("<p>Lầu 3, số 45 Nguyễn Thị Minh Khai, P. Bến Nghé</p>", []),
        ("<td>PHÒNG QUẢN LÝ ĐOÀN RA, ĐOÀN VÀO</td>", []),
        ("<p>Sở Giáo Dục Và Đào Tạo Nghệ An</p>", []),
        ("<p>Các con: Phạm Văn Hòa - Phạm Văn Bình<br>Con dâu</p>", ["Phạm Văn Hòa", "Phạm Văn Bình"]),
        ("<h4>Hà Thị Bích Liên</h4>", ["Hà Thị Bích Liên"]),
    ])
    func findsVietnameseNames(html: String, expected: [String]) {
        #expect(names(html) == expected)
    }

    @Test func subjectMatchesAnyCaseDiacriticsAndForm() {
        let subject = Subject(name: "Nguyễn Thị Thu Hà")
        let nfd = "Nguyễn Thị Thu Hà".decomposedStringWithCanonicalMapping
        let html = "<p>NGUYỄN THỊ THU HÀ</p><p>Nguyen Thi Thu Ha</p><p>\(nfd)</p><p>Nguy&#7877;n Thị Thu Hà</p>"
        let document = HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")
        let mentions = PersonDetector(subject: subject).mentions(in: document)
        #expect(mentions.count == 4)
        #expect(Set(mentions.map(\.key)) == [NameFolding.fold("Nguyễn Thị Thu Hà")])
    }

    @Test func subjectIsNotTheStartOfALongerName() {
        let subject = Subject(name: "Trịnh Minh")
        let html = "<p>Trịnh Minh Hoàng, Phó Giám đốc</p><p>Trịnh Minh, Giám đốc</p>"
        let document = HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")
        let key = NameFolding.fold("Trịnh Minh")
        let subjectMentions = PersonDetector(subject: subject).mentions(in: document).filter { $0.key == key }
        #expect(subjectMentions.count == 1)
        #expect(subjectMentions.first?.anchor.blockIndex == 1)
    }

    @Test func aliasesShareTheSubjectKey() {
        let subject = Subject(name: "Lê Quang Vinh", aliases: ["Vinh LQ"])
        let document = HTMLParser.parse(Array("<p>Liên hệ Vinh LQ</p>".utf8), url: "http://s.gov.vn/")
        let mentions = PersonDetector(subject: subject).mentions(in: document)
        #expect(mentions.map(\.key) == [NameFolding.fold("Lê Quang Vinh")])
    }

    @Test(arguments: [
        ("<p>Sheriff Ray Villanueva said</p>", ["Ray Villanueva"]),
        ("<td>Sullivan, Kathleen</td>", ["Kathleen Sullivan"]),
        ("<table><tr><td>Nguyen, Thanh (Tina)</td><td>Clerk</td></tr></table>", ["Thanh Nguyen"]),
        ("<p>Commissioner Angela Ruiz-Holt was elected</p>", ["Angela Ruiz-Holt"]),
        ("<p>Contact Monica Delgado at the Public Works office</p>", ["Monica Delgado"]),
        ("<p>Lt. Lisa Moreno</p>", ["Lisa Moreno"]),
        ("<p>Public Works Department, City Hall</p>", []),
    ])
    func findsEnglishNames(html: String, expected: [String]) {
        #expect(names(html) == expected)
    }
}
