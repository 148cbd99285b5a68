/// One CSV cell per RFC 4180, safe to open in a spreadsheet.
///
/// Control and invisible formatting characters are cleaned first, as everywhere page text is shown.
/// A cell starting with `=`, `+`, `-`, `@`, tab or carriage return is a formula to Excel and
/// LibreOffice (`=HYPERLINK(...)`, `=cmd|...`): it gets a leading `'`, which spreadsheets show as
/// text. Cells holding a comma, a quote or a line break are quoted, inner quotes doubled.
enum CSVField {
    static func escape(_ text: String) -> String {
        var cell = DisplayText.clean(text)
        if let first = cell.unicodeScalars.first, formulaStarts.contains(first) { cell = "'" + cell }
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return cell
        }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
