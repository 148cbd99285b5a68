import ExposureCore
import ExposureDetect
import ExposureDocument
import ExposureHTML
@testable import ExposureKit
import ExposureMedia
import Testing

/// A letter's text as ExposureDocument reads it: one block per line, the signature's title in
/// capitals sharing the signer's paragraph.
private func letter(author: String?) -> DocumentContent {
    let page = "/pdf/page[1]"
    let lines: [(String, Int)] = [
        ("SỞ NỘI VỤ", 1), ("Số: 214/TB-SNV", 1), ("Lãnh đạo Sở tiếp công dân vào sáng thứ Năm.", 2),
        ("Nơi nhận:", 3), ("- Lưu: VT, VP.", 3), ("KT. GIÁM ĐỐC", 4), ("PHÓ GIÁM ĐỐC", 4), ("Trần Đức Minh", 4),
        ("Di động: 035.861.4290", 4),
    ]
    var metadata = DocumentMetadata()
    metadata.author = author
    metadata.creatorTool = "Microsoft Word 2016"
    metadata.created = "2024-09-30T09:15:00+07"
    let blocks = lines.map { TextBlock(text: $0.0, path: page, container: Container(kind: .paragraph, path: "\(page)/p[\($0.1)]")) }
    return DocumentContent(format: .pdf, metadata: metadata, pageCount: 1, document: HTMLDocument(url: "http://s.gov.vn/l.pdf", blocks: blocks))
}

@Suite struct PageAnalyzerMediaTests {
    @Test func aLettersSignerOwnsTheTitleAndTheMobileUnderTheSignature() {
        let analysis = PageAnalyzer(subject: Subject(name: nil)).analyze(letter(author: nil))
        let owned = analysis.linked.filter { $0.person?.name == "Trần Đức Minh" }.map { "\($0.detection.kind) \($0.detection.normalized)" }
        #expect(owned.contains("phone +84358614290"))
        #expect(owned.contains("title PHÓ GIÁM ĐỐC"))
        // `KT. GIÁM ĐỐC`: he signs for the director; that title is not his.
        #expect(!owned.contains("title GIÁM ĐỐC"))
    }

    @Test(arguments: [("Trương Thị Bích Ngọc", "Trương Thị Bích Ngọc"), ("ngocttb", nil)])
    func anAuthorWhoIsAPersonOwnsTheAuthorFinding(author: String, owner: String?) throws {
        let analysis = PageAnalyzer(subject: Subject(name: nil)).analyze(letter(author: author))
        let found = try #require(analysis.linked.first { $0.detection.kind == .documentMetadata && $0.detection.subtype == "author" })
        #expect(found.detection.value == author)
        #expect(found.detection.anchor.path == "/pdf/metadata/author")
        #expect(found.person?.name == owner)
        #expect(analysis.mentions.contains { $0.name == author } == (owner != nil))
        let others = analysis.linked.filter { $0.detection.kind == .documentMetadata }.map { "\($0.detection.subtype!) \($0.detection.value)" }
        #expect(others.contains("software Microsoft Word 2016") && others.contains("created 2024-09-30T09:15:00+07"))
    }

    @Test func anImagesGPSIsRoundedAndEveryAuditedFieldBecomesAFinding() {
        var metadata = ImageMetadata()
        metadata.latitude = 16.816_339_9
        metadata.longitude = -107.100_150_4
        metadata.captureTime = "2024:10:01 18:40:05"
        metadata.cameraMake = "samsung"
        metadata.cameraModel = "SM-A546E"
        metadata.artist = "Nguyễn Văn An"
        metadata.software = "A546EXXU1AWF3"
        let info = ImageInfo(format: .jpeg, width: 640, height: 480, metadata: metadata)
        let analysis = PageAnalyzer(subject: Subject(name: nil)).analyze(image: info, url: "http://s.gov.vn/a.jpg")
        let found = Dictionary(uniqueKeysWithValues: analysis.linked.map { ($0.detection.subtype!, $0) })
        #expect(found["gps"]?.detection.normalized == "16.81634, -107.10015")
        #expect(found["gps"]?.detection.image == ImageReference(url: "http://s.gov.vn/a.jpg", width: 640, height: 480))
        #expect(found["capture_time"]?.detection.value == "2024:10:01 18:40:05")
        #expect(found["camera"]?.detection.normalized == "samsung sm-a546e")
        #expect(found["artist"]?.person?.name == "Nguyễn Văn An")
        #expect(found["software"]?.detection.value == "A546EXXU1AWF3")
        #expect(PageAnalyzer(subject: Subject(name: nil)).analyze(image: ImageInfo(format: .png, width: 1, height: 1, metadata: nil), url: "u").linked.isEmpty)
    }
}
