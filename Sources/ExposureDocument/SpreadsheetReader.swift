import ExposureCore
import ExposureHTML

/// Reads an XLSX's cells: sheet names from the workbook and its relationships, shared strings,
/// then each sheet's cells in order, one block per cell (`/xlsx/<sheet>/B4`), each row a
/// `.tableRow` container whose cell index is the column (A is 0).
///
/// Numbers are kept as the text Excel stored. A phone typed as a number loses its leading 0
/// (`912345678`); in a column whose first-row header names a phone (`Điện thoại`, `SĐT`,
/// `Di động`, `Phone`, `Mobile`) a 9-digit number gets its 0 back. A phone kept with a
/// custom number format (`0000000000`) elsewhere, and dates stored as serial numbers, are
/// not reconstructed: that needs `styles.xml`.
struct SpreadsheetReader {
    var limits: DocumentLimits

    func read(_ package: inout OfficePackage, mainPart: String, url: String) throws(DocumentReadError) -> DocumentContent {
        guard let workbook = try package.part(mainPart) else {
            throw DocumentReadError(.unreadable, "the package has no \(mainPart)")
        }
        let directory = mainPart.split(separator: "/").dropLast().joined(separator: "/")
        let relationshipsPath = "\(directory)/_rels/\(mainPart.split(separator: "/").last ?? "").rels"
        let targets = try Self.relationshipTargets(try package.part(relationshipsPath) ?? [], directory: directory)
        let sheets = try Self.sheets(workbook, part: mainPart)
        var sharedStrings: [String] = []
        if let path = targets.values.first(where: { $0.hasSuffix("sharedStrings.xml") }), let bytes = try package.part(path) {
            sharedStrings = try Self.sharedStrings(bytes)
        }

        var collector = BlockCollector(limits: limits)
        for sheet in sheets where collector.hasRoom {
            guard let path = targets[sheet.relationship], let bytes = try package.part(path) else { continue }
            try Self.collectCells(bytes, part: path, sheet: sheet.name, sharedStrings: sharedStrings, into: &collector)
        }
        let (metadata, _) = try DocumentMetadata.officeProperties(in: &package)
        return DocumentContent(
            format: .xlsx, metadata: metadata, sheetCount: sheets.count, isTruncated: collector.isTruncated,
            document: HTMLDocument(url: url, title: metadata.title, blocks: collector.blocks))
    }

    /// Sheet names with their relationship ids, in workbook order (hidden sheets too).
    private static func sheets(_ workbook: [UInt8], part: String) throws(DocumentReadError) -> [(name: String, relationship: String)] {
        var sheets: [(name: String, relationship: String)] = []
        try parse(workbook, part: part) { event in
            guard case .start("sheet", let attributes) = event, let name = attributes["name"], let id = attributes["id"]
            else { return }
            sheets.append((name, id))
        }
        return sheets
    }

    /// Relationship id to part path, targets resolved against the workbook's folder.
    private static func relationshipTargets(_ bytes: [UInt8], directory: String) throws(DocumentReadError) -> [String: String] {
        guard !bytes.isEmpty else { return [:] }
        var targets: [String: String] = [:]
        try parse(bytes, part: "workbook relationships") { event in
            guard case .start("Relationship", let attributes) = event, let id = attributes["Id"],
                let target = attributes["Target"], attributes["TargetMode"] != "External"
            else { return }
            targets[id] = resolve(target, against: directory)
        }
        return targets
    }

    /// `worksheets/sheet1.xml` against `xl` is `xl/worksheets/sheet1.xml`; `/xl/…` is absolute.
    private static func resolve(_ target: String, against directory: String) -> String {
        var parts = target.hasPrefix("/") ? [] : directory.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }

    /// Each `si` item's text: its `t` runs, phonetic guides (`rPh`) left out.
    private static func sharedStrings(_ bytes: [UInt8]) throws(DocumentReadError) -> [String] {
        var strings: [String] = []
        var current: String?
        var inText = false
        var inPhonetic = false
        try parse(bytes, part: "sharedStrings.xml") { event in
            switch event {
            case .start("si", _): current = ""
            case .start("rPh", _): inPhonetic = true
            case .start("t", _): inText = !inPhonetic
            case .text(let text) where inText: current? += text
            case .end("t"): inText = false
            case .end("rPh"): inPhonetic = false
            case .end("si"): strings.append(current ?? "")
            default: break
            }
        }
        return strings
    }

    private static func collectCells(
        _ bytes: [UInt8], part: String, sheet: String, sharedStrings: [String], into collector: inout BlockCollector
    ) throws(DocumentReadError) {
        var walk = SheetWalk(sheet: sheet, sharedStrings: sharedStrings)
        try parse(bytes, part: part) { event in walk.handle(event, into: &collector) }
    }

    private static func parse(_ bytes: [UInt8], part: String, _ visit: (XMLStreamReader.Event) -> Void) throws(DocumentReadError) {
        do {
            try XMLStreamReader.read(bytes, visit)
        } catch {
            throw DocumentReadError(.unreadable, "\(part) is not well-formed XML", cause: "\(error)")
        }
    }
}
