/// Every page a crawl touched, in the order it touched them, held in two flat buffers.
///
/// A crawl of 50,000 pages lists 50,000 pages; as `[Page]` each held a URL string and a
/// content-type string of its own, two allocations per page that outlived the crawl's other
/// work and kept the allocator from handing memory back. Here the URLs are one run of UTF-8
/// bytes, the content types (a site sends a handful) are stored once each, and the rest is a
/// fixed-size entry; a ``Page`` is made again when it is read.
public struct PageList: Sendable, Equatable {
    private struct Entry {
        /// Where the URL ends in ``urls``; it starts where the previous one ends.
        var urlEnd: Int
        var bytes: Int
        var depth: Int
        /// The status, or ``Entry/noStatus``.
        var status: Int32
        /// The number of a type in ``contentTypes``, or ``Entry/noContentType``.
        var contentType: Int32

        static let noStatus = Int32.min
        static let noContentType: Int32 = -1
    }

    private var urls: [UInt8] = []
    private var entries: [Entry] = []
    private var contentTypes = InternTable<String>()

    public init() {}

    public init(_ pages: some Sequence<Page>) {
        for page in pages { append(page) }
    }

    /// Adds a page at the end. A status outside 32 bits (never an HTTP status) is clamped.
    public mutating func append(_ page: Page) {
        urls.append(contentsOf: page.url.utf8)
        entries.append(
            Entry(
                urlEnd: urls.count, bytes: page.bytes, depth: page.depth,
                status: page.status.map { Int32(clamping: $0) } ?? Entry.noStatus,
                contentType: page.contentType.map { contentTypes.number(of: $0) } ?? Entry.noContentType))
    }

    public static func == (lhs: PageList, rhs: PageList) -> Bool {
        lhs.elementsEqual(rhs)
    }
}

extension PageList: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }

    public subscript(position: Int) -> Page {
        let entry = entries[position]
        let urlStart = position == 0 ? 0 : entries[position - 1].urlEnd
        return Page(
            url: String(decoding: urls[urlStart..<entry.urlEnd], as: UTF8.self),
            status: entry.status == Entry.noStatus ? nil : Int(entry.status),
            contentType: entry.contentType == Entry.noContentType ? nil : contentTypes[entry.contentType],
            bytes: entry.bytes, depth: entry.depth)
    }
}

extension PageList: ExpressibleByArrayLiteral {
    public init(arrayLiteral pages: Page...) {
        self.init(pages)
    }
}

/// Encoded as the array of pages it holds, as `[Page]` was.
extension PageList: Codable {
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        while !container.isAtEnd { append(try container.decode(Page.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for page in self { try container.encode(page) }
    }
}
