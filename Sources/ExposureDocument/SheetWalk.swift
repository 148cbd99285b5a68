import ExposureCore
import ExposureHTML

/// Where the spreadsheet reader is in one worksheet part, and the cell it is reading.
struct SheetWalk {
    let sheet: String
    let sharedStrings: [String]
    private var row = 0
    private var column = 0
    private var isFirstRow = true
    /// Columns whose first-row header names a phone.
    private var phoneColumns: Set<Int> = []
    private var cellType: String?
    private var cellValue = ""
    private var inValue = false
    private var inPhonetic = false

    /// Folded header words that mark a phone column.
    private static let phoneHeaderCues = ["dien thoai", "sdt", "so dt", "di dong", "phone", "mobile"]

    init(sheet: String, sharedStrings: [String]) {
        self.sheet = sheet
        self.sharedStrings = sharedStrings
    }

    mutating func handle(_ event: XMLStreamReader.Event, into collector: inout BlockCollector) {
        switch event {
        case .start("row", let attributes):
            if row > 0 { isFirstRow = false }
            row = attributes["r"].flatMap { Int($0) } ?? row + 1
            column = 0
        case .start("c", let attributes):
            column = attributes["r"].flatMap(Self.columnIndex) ?? column + 1
            cellType = attributes["t"]
            cellValue = ""
        case .start("v", _), .start("t", _): inValue = !inPhonetic
        case .start("rPh", _): inPhonetic = true
        case .end("rPh"): inPhonetic = false
        case .end("v"), .end("t"): inValue = false
        case .text(let text) where inValue: cellValue += text
        case .end("c"): closeCell(into: &collector)
        default: break
        }
    }

    private mutating func closeCell(into collector: inout BlockCollector) {
        guard let text = cellText() else { return }
        if isFirstRow, Self.phoneHeaderCues.contains(where: NameFolding.fold(text).contains) {
            phoneColumns.insert(column)
        }
        let rowPath = "/xlsx/\(sheet)/row[\(row)]"
        collector.append(
            text, path: "/xlsx/\(sheet)/\(Self.columnName(column))\(row)",
            container: Container(kind: .tableRow, path: rowPath, cell: column - 1))
    }

    /// The cell's text by its type; booleans and errors are not text worth reading.
    private func cellText() -> String? {
        switch cellType {
        case "s": Int(cellValue.trimmingWhitespace).flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil }
        case "inlineStr", "str": cellValue
        case "b", "e": nil
        default: restoredPhone(cellValue.trimmingWhitespace)
        }
    }

    /// A 9-digit number in a phone column with its leading 0 back (`912345678` → `0912345678`).
    private func restoredPhone(_ number: String) -> String {
        guard phoneColumns.contains(column), number.count == 9, number.first != "0",
            number.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return number }
        return "0" + number
    }

    /// `B4` → 2 (1-based column), from the letters before the row number.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) else { break }
            index = index * 26 + Int(scalar.value) - 64
        }
        return index > 0 ? index : nil
    }

    /// 2 → `B`, 28 → `AB`.
    static func columnName(_ index: Int) -> String {
        var index = index
        var name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }
}
