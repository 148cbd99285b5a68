import ExposureCore

/// Renders a report's findings as CSV for spreadsheets: one row per occurrence of a finding.
///
/// UTF-8 with a byte order mark (without it Excel reads Vietnamese as mojibake), CRLF line
/// ends and RFC 4180 quoting, every cell guarded against formula injection by ``CSVField``.
/// Header and severity are in the report's language; id, kind and subtype stay codes, which
/// filters and scripts can rely on in either language.
public struct CSVRenderer: Sendable {
    public static let byteOrderMark = "\u{FEFF}"

    public init() {}

    public func render(_ report: Report) -> String {
        let strings = ReportStrings(report.language)
        var rows = [strings.csvHeader]
        for finding in report.findings {
            for occurrence in finding.occurrences {
                rows.append([
                    finding.id, finding.kind.rawValue, finding.subtype ?? "", strings.severity(finding.severity),
                    finding.person ?? "", finding.value, occurrence.url, occurrence.path, occurrence.context, finding.message,
                ])
            }
        }
        return Self.byteOrderMark + rows.map { $0.map(CSVField.escape).joined(separator: ",") + "\r\n" }.joined()
    }
}
