/// Reading metadata from each place a format keeps it.
extension DocumentMetadata {
    /// From `pdfinfo -isodates` output (`Author:          Nguyễn Văn An`), with the page count.
    static func pdfInfo(_ output: [UInt8]) -> (metadata: DocumentMetadata, pages: Int?) {
        var metadata = DocumentMetadata()
        var pages: Int?
        for line in String(decoding: output, as: UTF8.self).split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = String(line[line.index(after: colon)...])
            switch line[..<colon] {
            case "Title": metadata.title = value
            case "Author": metadata.author = value
            case "Creator": metadata.creatorTool = value
            case "Producer": metadata.producer = value
            case "CreationDate": metadata.created = value
            case "ModDate": metadata.modified = value
            case "Pages": pages = Int(value.trimmingWhitespace)
            default: continue
            }
        }
        return (metadata, pages)
    }

    /// Fills the fields the PDF Info dictionary left empty from its XMP packet
    /// (`pdfinfo -meta`); an unreadable packet changes nothing.
    mutating func fillGaps(fromXMP packet: [UInt8]) {
        let names: Set = ["creator", "CreatorTool", "Producer", "CreateDate", "ModifyDate", "title"]
        guard let found = try? XMLPropertyText.read(packet, names: names) else { return }
        author = author ?? found["creator"]
        creatorTool = creatorTool ?? found["CreatorTool"]
        producer = producer ?? found["Producer"]
        created = created ?? found["CreateDate"]
        modified = modified ?? found["ModifyDate"]
        title = title ?? found["title"]
    }

    /// From an Office package's `docProps/core.xml` and `docProps/app.xml` (either may be
    /// missing), with the page count Word last saved in `app.xml`.
    static func officeProperties(in package: inout OfficePackage) throws(DocumentReadError) -> (metadata: DocumentMetadata, pages: Int?) {
        let core = try package.part("docProps/core.xml")
        let app = try package.part("docProps/app.xml")
        var metadata = DocumentMetadata()
        if let core, let found = try? XMLPropertyText.read(core, names: ["creator", "lastModifiedBy", "created", "modified", "title"]) {
            metadata.author = found["creator"]
            metadata.lastModifiedBy = found["lastModifiedBy"]
            metadata.created = found["created"]
            metadata.modified = found["modified"]
            metadata.title = found["title"]
        }
        var pages: Int?
        if let app, let found = try? XMLPropertyText.read(app, names: ["Application", "AppVersion", "Company", "Pages"]) {
            metadata.creatorTool = [found["Application"], found["AppVersion"]].compactMap { $0 }.joined(separator: " ")
            metadata.company = found["Company"]
            pages = found["Pages"].flatMap { Int($0) }
        }
        return (metadata, pages)
    }
}
