@testable import ExposureDetect
import ExposureHTML
import Testing

@Suite struct PhoneDetectorTests {
    @Test(arguments: [
        ("DĐ: 0912.345.678", "+84912345678", "mobile"),
        ("Di động: 091.5537246", "+84915537246", "mobile"),
        ("ĐT: (0258) 3829071", "+842583829071", "landline"),
        ("Điện thoại: 0291. 3826417", "+842913826417", "landline"),
        ("(+84.236) 3817465", "+842363817465", "landline"),
        ("+84 912 345 678", "+84912345678", "mobile"),
        ("SĐT: 01233 418 906", "+841233418906", "mobile"),
        ("ĐT: 024.38462217/1010", "+842438462217;ext=1010", "landline"),
        ("Tổng đài 0233 3852 100, máy lẻ 102", "+842333852100;ext=102", "landline"),
        ("Fax: 0233.3852.199", "+842333852199", "fax"),
        ("Hotline: 1900 9258", "19009258", "service"),
        ("Phone (310) 555-0142", "+13105550142", ""),
        // Lengths read before the digits are joined: 11 with a leading 1, 12 after `+`, 10 for service.
        ("Phone 1 (310) 555-0142", "+13105550142", ""),
        ("Tel. +44 20 7946 0958", "+442079460958", ""),
        ("Tổng đài 1800 5888 99", "1800588899", "service"),
        ("Nhà riêng: 024 3773 1234", "+842437731234", "home"),
        ("tố giác tội phạm gọi 113.", "113", "emergency"),
        ("In an emergency, call 911", "911", "emergency"),
    ])
    func recognisesAndNormalises(text: String, e164: String, subtype: String) throws {
        let match = try #require(PhoneDetector.matches(in: text).first)
        #expect(match.number.e164 == e164)
        #expect((match.number.subtype ?? "") == subtype)
    }

    @Test(arguments: [
        "Ngày 13/02/1966",
        "Số tài khoản: 0101 2345 6789",
        "Mã số thuế 0900214573",
        "Kinh phí 1.250.000.000 đồng",
        "Lượt truy cập: 1.254.873",
        "Số: 4172/CAT-PA05",
        "Số CCCD 025066012457",
        "Liên hệ 0866.xxx.xxx",
        "Giấy phép số 27/GP-TTĐT ngày 19/5/2001",
        "Cập nhật: 08/01/2024 14:05 | Lượt xem: 3.416",
        "Số nhà 113 đường Lê Lợi",
    ])
    func rejectsLookAlikes(text: String) {
        #expect(PhoneDetector.matches(in: text).isEmpty)
    }

    @Test func separatesTwoNumbersInOneCell() {
        let numbers = PhoneDetector.matches(in: "CQ: 0233 3852 101 - DĐ: 0913 472 586").map(\.number.e164)
        #expect(numbers == ["+842333852101", "+84913472586"])
    }

    @Test func joinsANumberBrokenAcrossALine() {
        let numbers = PhoneDetector.matches(in: "DĐ: 0812 534\n097").map(\.number.e164)
        #expect(numbers == ["+84812534097"])
    }

    @Test func keepsThePrintedValue() throws {
        let match = try #require(PhoneDetector.matches(in: "ĐT: (0258) 3829071.").first)
        #expect(match.value == "(0258) 3829071")
    }

    @Test(arguments: [
        ("tel:0913472586", "0913472586"), ("tel:%2B84%20913472586", "+84 913472586"),
        ("tel:02438462217;ext=1010", "02438462217 ext 1010"), ("tel:0913472586;phone-context=x", "0913472586"),
    ])
    func telPayloadsAreDecoded(url: String, expected: String) {
        #expect(PhoneDetector.telPayload(url) == expected)
    }

    @Test func telLinksAreFoundOnceWithTheirBlock() {
        let html = """
            <table><tr><td>Ông Lê Quang Vinh</td><td><a href="tel:+84913472586">0913 472 586</a></td></tr>
            <tr><td>Bà Võ Thị Lan</td><td><a href="tel:0905318624">Gọi</a></td></tr></table>
            """
        let document = HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")
        let phones = PhoneDetector().detect(in: document)
        #expect(phones.map(\.normalized).sorted() == ["+84905318624", "+84913472586"])
        #expect(phones.allSatisfy { $0.anchor.container?.kind == .tableRow })
    }
}
