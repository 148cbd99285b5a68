import Foundation
import Testing
@testable import ExposureHTML

@Test func zzDump() throws {
    guard let name = ProcessInfo.processInfo.environment["DUMP_PAGE"] else { return }
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: name)))
    let doc = HTMLParser.parse(bytes, url: "https://example.gov.vn/dir/page.html")
    var out = "charset=\(doc.charset) title=\(doc.title ?? "nil") lang=\(doc.language ?? "nil") base=\(doc.baseURL) canonical=\(doc.canonicalURL ?? "nil")\n"
    out += "meta=\(doc.meta.map { "\($0.name)=\($0.content)" })\nog=\(doc.openGraph)\njsonLD=\(doc.jsonLD.map { $0.prefix(60) })\n"
    for b in doc.blocks {
        let c = b.container.map { "\($0.kind.rawValue)@\($0.path)\($0.cell.map { "#\($0)" } ?? "")" } ?? "-"
        out += "[\(b.region.rawValue)\(b.isHeading ? " H" : "")] \(b.path) {\(c)} h=\(b.heading ?? "nil")\n    \(b.text.replacingOccurrences(of: "\n", with: "⏎"))\n"
    }
    for l in doc.links {
        let c = l.container.map { "\($0.kind.rawValue)@\($0.path)\($0.cell.map { "#\($0)" } ?? "")" } ?? "-"
        out += "LINK \(l.kind.rawValue) [\(l.region.rawValue)] \(l.url) '\(l.text)' \(l.path) {\(c)}\n"
    }
    for i in doc.images {
        let c = i.container.map { "\($0.kind.rawValue)@\($0.path)" } ?? "-"
        out += "IMG [\(i.region.rawValue)] \(i.src) alt=\(i.alt ?? "nil") \(i.width.map(String.init) ?? "-")x\(i.height.map(String.init) ?? "-") srcset=\(i.srcset.map { "\($0.url) \($0.descriptor ?? "")" }) cap=\(i.figcaption ?? "nil") link=\(i.linkURL ?? "nil") {\(c)}\n    ctx=\(i.context)\n"
    }
    try out.write(toFile: "/tmp/dump.txt", atomically: true, encoding: .utf8)
}
