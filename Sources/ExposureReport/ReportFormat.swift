import Foundation

/// The formats a report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case html
    case json
    case sarif
    case csv

    /// The format a file extension implies (`json` -> json, `md` -> markdown), if any.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "json": self = .json
        case "sarif": self = .sarif
        case "csv": self = .csv
        default: return nil
        }
    }

    /// The format a file name implies, double extensions first: `audit.sarif.json` is SARIF.
    public init?(path: String) {
        let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
        if name.hasSuffix(".sarif.json") {
            self = .sarif
        } else {
            self.init(pathExtension: URL(fileURLWithPath: name).pathExtension)
        }
    }

    /// The report rendered in this format.
    public func render(_ report: Report, colored: Bool = false) throws -> Data {
        var data = Data()
        try write(report, colored: colored) { data.append($0) }
        return data
    }

    /// The report rendered in this format, handed to `sink` piece by piece.
    ///
    /// `colored` asks for ANSI colours in the text format; pass it only when writing to a terminal.
    public func write(_ report: Report, colored: Bool = false, to sink: (Data) throws -> Void) throws {
        switch self {
        case .text: try sink(Data(TextRenderer(colored: colored).render(report).utf8))
        case .markdown: try sink(Data(MarkdownRenderer().render(report).utf8))
        case .html: try sink(Data(HTMLRenderer().render(report).utf8))
        case .json:
            try report.writeJSON(to: sink)
            try sink(Data("\n".utf8))
        case .sarif: try sink(SARIFRenderer().render(report))
        case .csv: try sink(Data(CSVRenderer().render(report).utf8))
        }
    }
}
