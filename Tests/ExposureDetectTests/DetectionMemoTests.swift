import ExposureCore
import ExposureDetect
import ExposureHTML
import Testing

@Suite struct DetectionMemoTests {
    private static let footer = """
        <footer><p>Sở Nội vụ, số 12 đường Trần Hưng Đạo, phường Tân Phú, TP. Đồng Xoài. ĐT: 0271.3879.123</p>
        <p>Email: sonv@binhphuoc.gov.vn</p></footer>
        """

    private func page(_ body: String) -> HTMLDocument {
        HTMLParser.parse(
            Array("<html lang=vi><body><main>\(body)</main>\(Self.footer)</body></html>".utf8),
            url: "https://sonv.binhphuoc.gov.vn/", contentType: "text/html")
    }

    private let detectors: [any Detector] = [PhoneDetector(), EmailDetector(), TitleDetector(), AddressDetector()]

    /// Pages with the footer at different block positions: remembered detections are anchored
    /// to the block of the page asking, and equal what a fresh read finds.
    @Test func rememberedDetectionsEqualFreshOnesOnEveryPage() {
        let memo = DetectionMemo()
        let pages = [
            page("<p>Ông Phan Văn Quý, Giám đốc Sở. Di động: 0913.862.451</p>"),
            page("<h1>Tin tức</h1><p>Một</p><p>Hai</p><p>Bà Lê Thị Hoa, Phó Giám đốc, ĐT 0912 345 678</p>"),
            page("<p>Trưởng phòng Tổ chức cán bộ</p>"),
        ]
        for _ in 0..<2 {
            for document in pages {
                let remembered = detectors.flatMap { $0.detect(in: PageText(document, memo: memo)) }
                let fresh = detectors.flatMap { $0.detect(in: PageText(document)) }
                #expect(remembered == fresh)
                #expect(fresh.contains { $0.kind == .phone && $0.normalized == "+842713879123" })
            }
        }
    }

    @Test func aFullMemoStartsOverAndStillAnswers() {
        let memo = DetectionMemo(capacity: 2)
        for number in 0..<10 {
            let document = page("<p>ĐT: 0913.862.45\(number)</p>")
            let found = PhoneDetector().detect(in: PageText(document, memo: memo)).map(\.normalized)
            #expect(found.contains("+8491386245\(number)"))
            #expect(found.contains("+842713879123"))
        }
    }

    /// The same text yields English names on an English page and not on a Vietnamese one, and
    /// directory-style names only in table rows: the memo keeps those apart.
    @Test func mentionsAreRememberedPerPageLanguageAndTableRow() {
        let memo = DetectionMemo()
        let detector = PersonDetector(subject: Subject(name: nil))
        let text = "Sullivan, Kathleen"
        let documents = ["en", "vi"].flatMap { language in
            ["<p>\(text)</p>", "<table><tr><td>\(text)</td></tr></table>"].map { body in
                HTMLParser.parse(
                    Array("<html lang=\(language)><body>\(body)</body></html>".utf8), url: "https://x.gov/",
                    contentType: "text/html")
            }
        }
        for _ in 0..<2 {
            for document in documents {
                #expect(detector.mentions(in: PageText(document, memo: memo)) == detector.mentions(in: PageText(document)))
            }
        }
        #expect(detector.mentions(in: PageText(documents[1])).map(\.key) == ["kathleen sullivan"])
        #expect(detector.mentions(in: PageText(documents[3])).isEmpty)
    }
}
