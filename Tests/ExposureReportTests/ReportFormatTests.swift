import ExposureReport
import Testing

@Suite struct ReportFormatTests {
    @Test(arguments: [
        ("audit.txt", ReportFormat.text), ("audit.md", .markdown), ("AUDIT.HTML", .html), ("audit.htm", .html),
        ("audit.json", .json), ("audit.sarif", .sarif), ("audit.sarif.json", .sarif), ("audit.csv", .csv),
        ("reports/2026.11/audit.Sarif.JSON", .sarif),
    ])
    func formatFromPath(path: String, format: ReportFormat) {
        #expect(ReportFormat(path: path) == format)
    }

    @Test(arguments: ["audit", "audit.pdf", "sarif", "audit.json.sarif.bak"])
    func noFormatFromOtherPaths(path: String) {
        #expect(ReportFormat(path: path) == nil)
    }
}
