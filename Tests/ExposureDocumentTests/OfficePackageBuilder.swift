import Foundation
import Testing
import ZIPFoundation

/// Writes Office packages (or any ZIP) in memory for the tests.
struct OfficePackageBuilder {
    var parts: [(path: String, bytes: [UInt8])] = []

    mutating func add(_ path: String, _ text: String) {
        parts.append((path, Array(text.utf8)))
    }

    mutating func add(_ path: String, bytes: [UInt8]) {
        parts.append((path, bytes))
    }

    func build() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = Data(part.bytes)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(try #require(archive.data))
    }

    static let coreProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
          xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <dc:title>Danh sách cán bộ</dc:title><dc:creator>Nguyễn Thị Hoa</dc:creator>
          <cp:lastModifiedBy>hoa.nt</cp:lastModifiedBy>
          <dcterms:created xsi:type="dcterms:W3CDTF">2024-03-05T03:00:00Z</dcterms:created>
          <dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-06T04:30:00Z</dcterms:modified>
        </cp:coreProperties>
        """

    static func appProperties(application: String, pages: Int? = nil) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
          <Application>\(application)</Application>\(pages.map { "<Pages>\($0)</Pages>" } ?? "")
          <Company>Sở Nội vụ</Company><AppVersion>16.0000</AppVersion>
        </Properties>
        """
    }

    static func contentTypes(main: String, type: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/\(main)" ContentType="application/vnd.openxmlformats-officedocument.\(type).main+xml"/>
        </Types>
        """
    }
}
