internal import CLibXML2
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
    /// The XML is streamed with libxml2's reader, offline and without expanding entities, so a
    /// large or hostile file costs little memory and cannot reach the network or local files.
    public static func parse(_ bytes: [UInt8]) -> Sitemap {
        let start = bytes.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        guard start.first == UInt8(ascii: "<") else { return parseText(bytes) }
        guard let reader = SitemapReader(bytes) else { return Sitemap() }
        return reader.read()
    }

    private static func parseText(_ bytes: [UInt8]) -> Sitemap {
        let lines = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
        let urls = lines.lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        return Sitemap(pages: Array(urls.prefix(maximumEntries)))
    }
}

/// Owns one libxml2 text reader over a sitemap and frees it in `deinit`.
private final class SitemapReader {
    private let reader: xmlTextReaderPtr
    /// The reader reads from this buffer, so it must live as long as the reader.
    private let buffer: UnsafeMutableBufferPointer<CChar>

    init?(_ bytes: [UInt8]) {
        guard bytes.count <= Int(Int32.max) else { return nil }
        buffer = .allocate(capacity: max(1, bytes.count))
        _ = buffer.initialize(from: bytes.map { CChar(bitPattern: $0) })
        let options = Int32(
            bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_RECOVER.rawValue)
        guard let reader = xmlReaderForMemory(buffer.baseAddress, Int32(bytes.count), nil, nil, options) else {
            buffer.deallocate()
            return nil
        }
        self.reader = reader
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    func read() -> Sitemap {
        var sitemap = Sitemap()
        var isIndex = false
        var sawRoot = false
        while xmlTextReaderRead(reader) == 1 {
            guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue),
                let namePointer = xmlTextReaderConstLocalName(reader)
            else { continue }
            let name = String(cString: namePointer)
            if !sawRoot {
                sawRoot = true
                isIndex = name == "sitemapindex"
            }
            guard name == "loc", let text = xmlTextReaderReadString(reader) else { continue }
            let url = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
            ea_xml_free(text)
            guard !url.isEmpty else { continue }
            if isIndex { sitemap.sitemaps.append(url) } else { sitemap.pages.append(url) }
            if sitemap.pages.count + sitemap.sitemaps.count >= Sitemap.maximumEntries { break }
        }
        return sitemap
    }
}
