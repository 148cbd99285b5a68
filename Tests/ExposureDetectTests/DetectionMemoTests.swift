import ExposureCore
@testable import ExposureDetect
import ExposureHTML
import Foundation
import Synchronization
import Testing

/// Reads every block as the phone detector does and counts the blocks it really read.
private final class CountingDetector: Detector {
    let reads = Mutex(0)

    func detect(in page: PageText) -> [Detection] {
        page.document.blocks.indices.flatMap { blockIndex in
            page.detections(of: self, inBlock: blockIndex) {
                reads.withLock { $0 += 1 }
                return PhoneDetector().detect(in: page).filter { $0.anchor.blockIndex == blockIndex }
            }
        }
    }
}

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

    /// Reads a page as the audit does: every detector, then what repeats is handed to the memo.
    private func detect(_ detectors: [any Detector], in document: HTMLDocument, memo: DetectionMemo) -> [Detection] {
        let page = PageText(document, memo: memo)
        defer { page.rememberRepeatedBlocks() }
        return detectors.flatMap { $0.detect(in: page) }
    }

    /// Pages with the footer at different block positions: remembered detections are anchored
    /// to the block of the page asking, and equal what a fresh read finds.
    @Test func rememberedDetectionsEqualFreshOnesOnEveryPage() {
        let memo = DetectionMemo()
        let pages = [
            page("<p>Ông Phan Văn Quý, Giám đốc Sở. Di động: 0913.862.451</p>"),
            page("<h1>Tin tức</h1><p>Một</p><p>Hai</p><p>Bà Lê Thị Hoa, Phó Giám đốc, ĐT 0912 345 678</p>"),
            page("<p>Trưởng phòng Tổ chức cán bộ</p>"),
        ]
        for _ in 0..<3 {
            for document in pages {
                let fresh = detectors.flatMap { $0.detect(in: PageText(document)) }
                #expect(detect(detectors, in: document, memo: memo) == fresh)
                #expect(fresh.contains { $0.kind == .phone && $0.normalized == "+842713879123" })
            }
        }
    }

    /// A block is read on the first two pages that show it and remembered from then on; a
    /// page's own text, never repeated, is read every time and never stored.
    @Test func onlyRepeatedBlocksAreRemembered() {
        let memo = DetectionMemo()
        let counter = CountingDetector()
        let blocksPerPage = page("<p>ĐT: 0913.862.450</p>").blocks.count
        #expect(blocksPerPage == 3)
        for number in 0..<4 {
            _ = detect([counter], in: page("<p>ĐT: 0913.862.45\(number)</p>"), memo: memo)
        }
        // Pages 1 and 2 read all three blocks; pages 3 and 4 only their own paragraph.
        let reads = counter.reads.withLock { $0 }
        #expect(reads == 8)
    }

    @Test func aFullMemoStartsOverAndStillAnswers() {
        let memo = DetectionMemo(capacity: 1)
        for number in 0..<10 {
            let found = detect([PhoneDetector()], in: page("<p>ĐT: 0913.862.45\(number)</p>"), memo: memo).map(\.normalized)
            let expected = ["+842713879123", "+8491386245\(number)"]
            #expect(found.sorted() == expected)
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
        for _ in 0..<3 {
            for document in documents {
                let page = PageText(document, memo: memo)
                #expect(detector.mentions(in: page) == detector.mentions(in: PageText(document)))
                page.rememberRepeatedBlocks()
            }
        }
        #expect(detector.mentions(in: PageText(documents[1])).map(\.key) == ["kathleen sullivan"])
        #expect(detector.mentions(in: PageText(documents[3])).isEmpty)
    }

    /// A date cued in its own text (`Ngày sinh: …`) is remembered with its block, while a date
    /// under a label cell is read afresh: the same cell is a birth date under `Ngày sinh` only.
    @Test func birthDatesUnderLabelsAreReadAfreshOnEveryPage() {
        let memo = DetectionMemo()
        let cued = "<p>Ông Phan Văn Quý, ngày sinh: 12-05-1975</p>"
        let pages = ["Ngày sinh", "Ngày vào Đảng"].map { label in
            page("\(cued)<table><tr><td>\(label)</td><td>07/11/1978</td></tr></table>")
        }
        for index in [0, 0, 1, 1, 0, 1] {
            let found = detect([DateOfBirthDetector()], in: pages[index], memo: memo)
            #expect(found == DateOfBirthDetector().detect(in: PageText(pages[index])))
            #expect(found.map(\.normalized) == (index == 0 ? ["1975-05-12", "1978-11-07"] : ["1975-05-12"]))
        }
    }

    /// Texts are told apart by their bytes: equal bytes are one key with one hash, while texts
    /// differing in a byte (past the first eight, in the tail, in length) or only in
    /// normalization form are different keys.
    @Test func textKeysCompareBytes() {
        let text = "Sở Nội vụ, số 12 đường Trần Hưng Đạo"
        #expect(TextKey(text: text) == TextKey(text: String(text.unicodeScalars)))
        #expect(TextKey(text: text).textHash == TextKey(text: text + "").textHash)
        for other in [
            "Sở Nội vụ, số 13 đường Trần Hưng Đạo", "Sở Nội vụ, số 12 đường Trần Hưng Đạp", text + " ",
            text.decomposedStringWithCanonicalMapping, "",
        ] {
            #expect(TextKey(text: text) != TextKey(text: other))
        }
        #expect(Set(["a", "b", "ab", "ba", "abcdefgh", "abcdefghi", "bcdefgha"].map { TextKey(text: $0).textHash }).count == 7)
    }
}
