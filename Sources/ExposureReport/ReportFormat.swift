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
        var data = Data()
        try write(report) { data.append($0) }
        return data
    }

    /// The report rendered in this format, handed to `sink` piece by piece.
    public func write(_ report: Report, to sink: (Data) throws -> Void) throws {
        switch self {
        case .text: try sink(Data(TextRenderer().render(report).utf8))
        case .json:
            try report.writeJSON(to: sink)
            try sink(Data("\n".utf8))
        }
    }
}
