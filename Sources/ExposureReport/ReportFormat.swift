import Foundation

/// The formats a report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json

    /// The format a file name implies (`report.json` -> json), if any.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "json": self = .json
        case "txt", "text": self = .text
        default: return nil
        }
    }

    /// The report rendered in this format.
    public func render(_ report: Report) throws -> Data {
        switch self {
        case .text: Data(TextRenderer().render(report).utf8)
        case .json: try report.jsonData() + Data("\n".utf8)
        }
    }
}
