import Foundation

/// Writes small valid PDFs for the tests: pages of Helvetica text lines, an Info dictionary
/// and optionally an XMP packet, with the cross-reference offsets computed.
struct PDFBuilder {
    /// Each page's lines; an empty line leaves a paragraph gap.
    var pages: [[String]]
    /// Info dictionary entries, such as `Author`; ASCII only.
    var info: [String: String] = [:]
    var xmp: String?

    func build() -> [UInt8] {
        var objects: [String] = []
        let pageIDs = pages.indices.map { 5 + 2 * $0 }
        let metadataID = 5 + 2 * pages.count
        let metadata = xmp == nil ? "" : " /Metadata \(metadataID) 0 R"
        objects.append("<< /Type /Catalog /Pages 2 0 R\(metadata) >>")
        objects.append("<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        let entries = info.sorted { $0.key < $1.key }.map { "/\($0.key) (\(Self.escaped($0.value)))" }
        objects.append("<< \(entries.joined(separator: " ")) >>")
        for (index, lines) in pages.enumerated() {
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(pageIDs[index] + 1) 0 R >>")
            let shown = lines.map { $0.isEmpty ? "T* T*" : "(\(Self.escaped($0))) Tj T*" }
            objects.append(Self.stream("BT /F1 12 Tf 14 TL 72 780 Td \(shown.joined(separator: " ")) ET"))
        }
        if let xmp { objects.append(Self.stream(xmp, dictionary: "/Type /Metadata /Subtype /XML ")) }

        var output = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xrefOffset = output.utf8.count
        output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { output += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 4 0 R >>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        return Array(output.utf8)
    }

    private static func stream(_ content: String, dictionary: String = "") -> String {
        "<< \(dictionary)/Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)")
    }
}
