import ExposureHTML

/// Reads Word and Excel 97-2003 files with catdoc's `catdoc` and `xls2csv`, as child processes
/// like poppler's tools (a time cap, an output cap, the input in a 0600 temporary file).
///
/// These formats keep their metadata in an OLE property stream that neither tool prints, so
/// the content has none; the text is what matters for the detectors.
struct LegacyOfficeReader: Sendable {
    var limits: DocumentLimits
    var tools: DocumentTools

    func read(
        _ bytes: [UInt8], format: DocumentFormat, url: String, deadline: ContinuousClock.Instant
    ) async throws(DocumentReadError) -> DocumentContent {
        let file = try TemporaryFile(bytes, suffix: format == .doc ? ".doc" : ".xls")
        let runner = ToolRunner(deadline: deadline, outputLimit: limits.maximumToolOutputBytes)
        let output =
            format == .doc
            ? try await runner.run(tools.catdoc, ["-d", "utf-8", "-w", file.path])
            : try await runner.run(tools.xls2csv, ["-d", "utf-8", "-q", "0", "-c", "\t", file.path])
        guard output.status == 0 || output.isTruncated else {
            throw DocumentReadError(.unreadable, "catdoc could not read the file", cause: output.firstErrorLine)
        }
        var collector = BlockCollector(limits: limits)
        if output.isTruncated { collector.markTruncated() }
        let text = String(decoding: output.standardOutput, as: UTF8.self)
        var sheetCount: Int?
        if format == .doc {
            for (index, paragraph) in text.split(whereSeparator: \.isNewline).enumerated() where collector.hasRoom {
                let path = "/doc/p[\(index + 1)]"
                collector.append(String(paragraph), path: path, container: Container(kind: .paragraph, path: path))
            }
        } else {
            let sheets = text.split(separator: "\u{0C}").filter { !$0.trimmingWhitespace.isEmpty }
            sheetCount = sheets.count
            for (index, sheet) in sheets.enumerated() {
                Self.collectRows(sheet, sheet: "sheet\(index + 1)", into: &collector)
            }
        }
        return DocumentContent(
            format: format, sheetCount: sheetCount, isTruncated: collector.isTruncated,
            document: HTMLDocument(url: url, blocks: collector.blocks))
    }

    /// One tab-separated row per line: `/xls/sheet1/B4`, each row a `.tableRow` container.
    private static func collectRows(_ sheet: Substring, sheet name: String, into collector: inout BlockCollector) {
        for (rowIndex, line) in sheet.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let rowPath = "/xls/\(name)/row[\(rowIndex + 1)]"
            for (column, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                guard collector.hasRoom else { return }
                collector.append(
                    String(cell), path: "/xls/\(name)/\(SheetWalk.columnName(column + 1))\(rowIndex + 1)",
                    container: Container(kind: .tableRow, path: rowPath, cell: column))
            }
        }
    }
}
