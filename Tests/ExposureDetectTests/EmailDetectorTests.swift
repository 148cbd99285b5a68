@testable import ExposureDetect
import ExposureHTML
import Testing

@Suite struct EmailDetectorTests {
    @Test(arguments: [
        ("Email: vinhlq@snv.quangtri.gov.vn.", ["vinhlq@snv.quangtri.gov.vn"]),
        ("a.b+c@gmail.com; x_y@yahoo.com.vn", ["a.b+c@gmail.com", "x_y@yahoo.com.vn"]),
        ("logo@2x.png and @handle and user@localhost", []),
        ("(hantt@snv.quangtri.gov.vn)", ["hantt@snv.quangtri.gov.vn"]),
    ])
    func findsAddressesInText(text: String, expected: [String]) {
        #expect(EmailDetector.addressRanges(in: text).map { String(text[$0]) } == expected)
    }

    /// ASCII text is scanned on bytes, other text by characters: both find the same.
    @Test(arguments: [
        "Email: vinhlq@snv.quangtri.gov.vn.", "a.b+c@gmail.com; x_y@yahoo.com.vn-", "logo@2x.png and @handle and user@localhost",
        "x@a..vn y@.vn z@vn. w@a.b1 v@ab.c .u@ab.cd @@a.vn t@@b.vn s@x.PNG r@x.Vn", "\r\nq@x.vn\r\n",
    ])
    func findsTheSameAddressesInASCIIAndOtherText(text: String) {
        let other = text + " ồ"
        #expect(
            EmailDetector.addressRanges(in: text).map { String(text[$0]) }
                == EmailDetector.addressRanges(in: other).map { String(other[$0]) })
    }

    @Test func classifiesFreeMailAsPersonalAndLowercases() {
        let html = """
            <p>Email: MinhTD.QT@Gmail.com</p>
            <p><a href="mailto:vinhlq@snv.quangtri.gov.vn?subject=H%E1%BB%8Fi">Gửi thư</a></p>
            """
        let document = HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")
        let emails = EmailDetector().detect(in: document)
        #expect(emails.map(\.normalized) == ["minhtd.qt@gmail.com", "vinhlq@snv.quangtri.gov.vn"])
        #expect(emails.map(\.subtype) == ["personal", "official"])
        #expect(emails[0].value == "MinhTD.QT@Gmail.com")
    }

    @Test(arguments: [
        ("mailto:vinhlq@snv.gov.vn", "vinhlq@snv.gov.vn"), ("mailto:le%2Evinh@snv.gov.vn?subject=a%20b", "le.vinh@snv.gov.vn"),
        ("mailto: tam@so.gov.vn ", "tam@so.gov.vn"),
    ])
    func mailtoPayloadsAreDecoded(url: String, expected: String) {
        #expect(EmailDetector.mailtoAddress(url) == expected)
    }

    @Test func mailtoBesideTheSameTextIsNotCountedTwice() {
        let html = #"<p><a href="mailto:hantt@snv.quangtri.gov.vn">hantt@snv.quangtri.gov.vn</a></p>"#
        let document = HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/")
        #expect(EmailDetector().detect(in: document).count == 1)
    }

    @Test(arguments: [
        ("Email: lehaiyen.gtvt[at]gmail.com", "lehaiyen.gtvt@gmail.com"),
        ("praman [at] franklinheightsoh [dot] gov", "praman@franklinheightsoh.gov"),
        ("tam(at)so.gov.vn", "tam@so.gov.vn"),
        ("hoa (AT) so (DOT) gov (DOT) vn", "hoa@so.gov.vn"),
    ])
    func obfuscatedAddressesAreFound(text: String, expected: String) {
        let document = HTMLParser.parse(Array("<p>\(text)</p>".utf8), url: "http://s.gov.vn/")
        #expect(EmailDetector().detect(in: document).map(\.normalized) == [expected])
    }
}
