import Foundation

/// The URLs a sitemap lists: pages, or further sitemaps when it is a sitemap index.
public struct Sitemap: Sendable, Equatable {
    public var pages: [String]
    public var sitemaps: [String]

    /// The protocol's own cap on URLs per sitemap file.
    public static let maximumEntries = 50_000

    public init(pages: [String] = [], sitemaps: [String] = []) {
        self.pages = pages
        self.sitemaps = sitemaps
    }

    /// Reads an XML sitemap or sitemap index, or a plain-text sitemap (one URL per line).
    ///
    /// The XML is streamed by ``XMLStreamReader``, offline and without expanding entities, so a
    /// large or hostile file costs little memory and cannot reach the network or local files.
    public static func parse(_ bytes: [UInt8]) -> Sitemap {
        let start = bytes.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        guard start.first == UInt8(ascii: "<") else { return parseText(bytes) }
        return parseXML(bytes)
    }

    /// The `<loc>`s of a sitemap, or of a sitemap index when that is the root element.
    private static func parseXML(_ bytes: [UInt8]) -> Sitemap {
        struct Full: Error {}
        var sitemap = Sitemap()
        var isIndex: Bool?
        var location: String?
        try? XMLStreamReader.read(bytes, tolerant: true) { event in
            switch event {
            case .start(let name, _):
                if isIndex == nil { isIndex = name == "sitemapindex" }
                if name == "loc" { location = "" }
            case .text(let text):
                location? += text
            case .end(let name):
                guard name == "loc", let text = location else { return }
                location = nil
                let url = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !url.isEmpty else { return }
                if isIndex == true { sitemap.sitemaps.append(url) } else { sitemap.pages.append(url) }
                if sitemap.pages.count + sitemap.sitemaps.count >= maximumEntries { throw Full() }
            }
        }
        return sitemap
    }

    private static func parseText(_ bytes: [UInt8]) -> Sitemap {
        let lines = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
        let urls = lines.lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        return Sitemap(pages: Array(urls.prefix(maximumEntries)))
    }
}
