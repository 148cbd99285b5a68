import ExposureCore
import ExposureDetect
import ExposureHTML
import Testing

private func linked(_ html: String) -> [(String, String?)] {
    let document = HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")
    let detections = PhoneDetector().detect(in: document) + EmailDetector().detect(in: document)
    let mentions = PersonDetector(subject: Subject(name: nil)).mentions(in: document)
    return PersonLinker.link(detections, to: mentions, in: document).map { ($0.detection.normalized, $0.person?.name) }
}

@Suite struct PersonLinkerTests {
    @Test func sameTableRowBelongsToThatRowsPerson() {
        let result = linked("""
            <table>
            <tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
            <tr><td>Lê Quang Vinh</td><td>Giám đốc</td><td>DĐ: 0913 472 586</td></tr>
            <tr><td>Nguyễn Thị Thu Hà</td><td>Phó Giám đốc</td><td>DĐ: 0983 215 407</td></tr>
            </table>
            """)
        #expect(result.contains { $0 == ("+84913472586", "Lê Quang Vinh") })
        #expect(result.contains { $0 == ("+84983215407", "Nguyễn Thị Thu Hà") })
    }

    @Test func footerNumbersAreTheAgencys() {
        let result = linked("""
            <main><p>Ông Lê Quang Vinh, DĐ: 0913 472 586</p></main>
            <footer><p>Chịu trách nhiệm chính: Ông Lê Quang Vinh. Tổng đài: 0233 3852 100</p></footer>
            """)
        #expect(result.contains { $0 == ("+84913472586", "Lê Quang Vinh") })
        #expect(result.contains { $0 == ("+842333852100", nil) })
    }

    @Test func inARunningParagraphTheNameBeforeTheNumberWins() {
        let result = linked(
            "<p>Bà Võ Thị Lan, Chánh Văn phòng, SĐT: 0905 318 624; ông Đặng Quốc Huy, SĐT: 0914 627 053.</p>")
        #expect(result.contains { $0 == ("+84905318624", "Võ Thị Lan") })
        #expect(result.contains { $0 == ("+84914627053", "Đặng Quốc Huy") })
    }

    @Test func aCardTiesItsLinksToItsPerson() {
        let result = linked("""
            <div class="staff-card"><h4>Ông Phan Văn Tâm</h4><p>Trưởng phòng</p>
            <p><a href="tel:0905318624">Gọi</a> <a href="mailto:tampv@snv.quangtri.gov.vn">Email</a></p></div>
            <div class="staff-card"><h4>Bà Võ Thị Lan</h4><p><a href="mailto:lanvt@snv.quangtri.gov.vn">Email</a></p></div>
            """)
        #expect(result.contains { $0 == ("+84905318624", "Phan Văn Tâm") })
        #expect(result.contains { $0 == ("tampv@snv.quangtri.gov.vn", "Phan Văn Tâm") })
        #expect(result.contains { $0 == ("lanvt@snv.quangtri.gov.vn", "Võ Thị Lan") })
    }

    @Test func aNumberWithNoNameNearIsTheAgencys() {
        let result = linked("<p>Đường dây nóng: 1900 9258</p>")
        #expect(result.count == 1)
        #expect(result[0].1 == nil)
    }
}
