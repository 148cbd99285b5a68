import ExposureDetect
import ExposureHTML
import Testing

private func ids(_ html: String) -> [String] {
    NationalIDDetector().detect(in: HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/"))
        .map { "\($0.subtype ?? "-") \($0.normalized)" }
}

@Suite struct NationalIDDetectorTests {
    @Test(arguments: [
        ("<p>Số CCCD: 001085012345</p>", ["cccd 001085012345"]),
        ("<p>Căn cước công dân số 079190001234, cấp ngày 10/8/2021</p>", ["cccd 079190001234"]),
        ("<p>Số định danh cá nhân: 038203004567</p>", ["cccd 038203004567"]),
        ("<p>CMND số 131245678 cấp ngày 15/6/2010 tại Công an tỉnh Phú Thọ</p>", ["cmnd 131245678"]),
        ("<p>CCCD/CMND: 025066012457</p>", ["cccd 025066012457"]),
        ("<table><tr><td>Số CMND</td><td>131245678 cấp ngày 15/6/2010</td></tr></table>", ["cmnd 131245678"]),
    ])
    func findsCuedNumbers(html: String, expected: [String]) {
        #expect(ids(html) == expected)
    }

    @Test func readsAColumnUnderACueHeader() {
        let html = """
            <table><tr><td>Họ và tên</td><td>Số CCCD</td><td>Số điện thoại</td></tr>
            <tr><td>Đỗ Thị Thanh Huyền</td><td>033175004218</td><td>0989504127</td></tr>
            <tr><td>Phạm Văn Chiến</td><td>033080011562</td><td>0904336918</td></tr></table>
            """
        #expect(ids(html) == ["cccd 033175004218", "cccd 033080011562"])
    }

    @Test(arguments: [
        "<p>Số tài khoản: 033175004218</p>",  // no cue
        "<p>Mã số thuế 0900214573</p>",
        "<p>CCCD: 003175004218</p>",  // 003 is no province code
        "<p>CCCD: 001585012345</p>",  // no century 5 yet
        "<p>CCCD: 001299012345</p>",  // born in 2099
        "<p>CCCD: 0331750042189</p>",  // thirteen digits
        "<p>CCCD cấp ngày 10/8/2021; tài khoản 131245678</p>",  // the cue is another number's
        "<table><tr><td>Số tài khoản</td></tr><tr><td>131245678</td></tr></table>",
    ])
    func leavesOtherNumbersAlone(html: String) {
        #expect(ids(html).isEmpty)
    }
}
