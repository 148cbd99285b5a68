import ExposureCore
import Foundation
import Testing

@Suite struct PageListTests {
    private static let pages = [
        Page(url: "https://sở.gov.vn/tin-tức?q=ảnh#x", status: 200, contentType: "text/html; charset=utf-8", bytes: 31_000, depth: 2),
        Page(url: "https://s.gov.vn/", status: nil, contentType: nil, bytes: 0, depth: 0),
        Page(url: "", status: 404, contentType: "text/html; charset=utf-8", bytes: 12, depth: 1),
        Page(url: "https://s.gov.vn/" + String(repeating: "a", count: 5_000), status: 304, contentType: "image/jpeg", bytes: 1, depth: 7),
    ]

    /// Each page reads back as it was added: URLs of any length and script, no status, no type.
    @Test func pagesReadBackAsAdded() {
        var list = PageList()
        for page in Self.pages { list.append(page) }
        #expect(Array(list) == Self.pages)
        #expect(list.count == Self.pages.count)
        #expect(list[3] == Self.pages[3])
        #expect(list == PageList(Self.pages))
        #expect(list != PageList(Self.pages.dropLast()))
    }

    /// Reports written before the list existed, as an array of pages, read the same.
    @Test func encodesAsTheArrayOfItsPages() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let list = PageList(Self.pages)
        #expect(try encoder.encode(list) == encoder.encode(Self.pages))
        #expect(try JSONDecoder().decode(PageList.self, from: encoder.encode(Self.pages)) == list)
    }
}
