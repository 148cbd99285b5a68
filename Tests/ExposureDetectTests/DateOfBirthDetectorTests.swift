import ExposureDetect
import ExposureHTML
import Testing

private func births(_ html: String) -> [String] {
    DateOfBirthDetector().detect(in: HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")).map(\.normalized)
}

@Suite struct DateOfBirthDetectorTests {
    @Test(arguments: [
        ("Đồng chí Hà Văn Quang, sinh ngày 13/02/1966; ngày vào Đảng: 19/5/1990", "1966-02-13"),
        ("Ông sinh ngày 12 tháng 5 năm 1975 tại Hà Nội", "1975-05-12"),
        ("Ngày sinh: 12-05-1975", "1975-05-12"),
        ("Sinh năm 1938<br>Quê quán: xã Hải Phương", "1938"),
        ("Năm sinh: 1992", "1992"),
        ("Nguyễn Văn A (SN 1985, trú tại xã B)", "1985"),
        ("Born in 1961 in Eugene, Bob spent 30 years", "1961"),
        ("Date of birth: May 12, 1975", "1975-05-12"),
        ("DOB: 05/12/1975", "1975-05-12"),
        ("He was born on 2 February 1980.", "1980-02-02"),
        ("Ngày sinh: 29/02/1976", "1976-02-29"),
        ("Nga\u{300}y sinh: 04/05/1976", "1976-05-04"),  // NFD
    ])
    func readsCuedDates(text: String, iso: String) {
        #expect(births("<p>\(text)</p>") == [iso])
    }

    @Test func readsAValueCellBesideItsLabel() {
        let html = """
            <table><tr><td>Ngày, tháng, năm sinh</td><td>07/11/1978</td></tr>
            <tr><td>Ngày vào Đảng</td><td>19/5/2003</td></tr></table>
            """
        #expect(births(html) == ["1978-11-07"])
    }

    @Test(arguments: [
        "Liệt sĩ Nguyễn Văn C hy sinh ngày 27/7/1968",
        "Thông báo tuyển sinh năm 2024",
        "Đối với trẻ sinh năm 2019 vào lớp 1",
        "Chi phí phát sinh năm 2023 được quyết toán",
        "Lễ Giáng sinh năm 2023",
        "Kỷ niệm 135 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)",
        "Sinh ngày 31/02/1980",  // no such day
        "Sinh năm 1890",  // history, not a living person
        "Ngày vào Đảng: 19/5/1990",
        "Born and raised in Eugene in 1961",
        "SN 2010 đường Hùng Vương",  // a house number
    ])
    func leavesOtherDatesAlone(text: String) {
        #expect(births("<p>\(text)</p>").isEmpty)
    }
}
