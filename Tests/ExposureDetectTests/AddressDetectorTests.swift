import ExposureDetect
import ExposureHTML
import Testing

private func addresses(_ html: String) -> [(String, String?)] {
    AddressDetector().detect(in: HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")).map { ($0.normalized, $0.subtype) }
}

@Suite struct AddressDetectorTests {
    @Test func vietnameseOfficeAddressWithAbbreviations() {
        let found = addresses("<p>Địa chỉ: Số 10, đường Lý Thái Tổ, P. Suối Hoa, TP. Bắc Ninh, tỉnh Bắc Ninh</p>")
        #expect(found.count == 1)
        #expect(found.first?.0 == "Số 10, đường Lý Thái Tổ, phường Suối Hoa, thành phố Bắc Ninh, tỉnh Bắc Ninh")
        #expect(found.first?.1 == "office")
    }

    @Test func homeAndHometownAreToldApart() {
        let found = addresses("""
            <p>Quê quán: xóm Tân Lập, xã Văn Lăng, huyện Đồng Hỷ, tỉnh Thái Nguyên</p>
            <p>Nơi ở hiện nay: Số 45, ngõ 120, đường Trần Đăng Ninh, phường Cửa Bắc, TP. Nam Định</p>
            """)
        #expect(found.map(\.1) == ["hometown", "home"])
    }

    @Test func usAddressAcrossLineBreaks() {
        let found = addresses("<p>75 Depot Street<br>Cedar Hollow, VT 05999</p>")
        #expect(found.map(\.0) == ["75 Depot Street, Cedar Hollow, VT 05999"])
    }

    @Test(arguments: [
        "<p>Phòng 1204 có 3 người, đông vui</p>",
        "<p>Ngày 12, tháng 3, năm 2024</p>",
        "<p>Giá 1.250.000 đồng, bao gồm VAT</p>",
    ])
    func notAddresses(html: String) {
        #expect(addresses(html).isEmpty)
    }
}
