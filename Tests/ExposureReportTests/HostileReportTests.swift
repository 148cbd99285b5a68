import ExposureCore
import ExposureReport
import Foundation
import Testing

/// A report whose every page-derived string is hostile (markup, event handlers, script URLs,
/// quotes, backticks, pipes, line breaks, terminal escapes, bidi overrides, formulas) must
/// inject nothing into any format, in either language.
@Suite struct HostileReportTests {
    /// What no human-readable output may contain: ESC, other C0 and C1 controls but the line
    /// break, bidi embeddings, overrides and isolates.
    static func forbiddenScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    @Test(arguments: Language.allCases)
    func textHasNoEscapesAndForgesNoLines(language: Language) throws {
        let text = String(decoding: try ReportFormat.text.render(TestReports.hostile(language)), as: UTF8.self)
        #expect(!text.unicodeScalars.contains(where: Self.forbiddenScalar))
        #expect(text.contains("line break"))
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("| forged") || $0.hasPrefix("break") })
        #expect(text.contains("[31mRED") == false)
    }

    @Test(arguments: Language.allCases)
    func markdownHasNoRawHTMLNoScriptLinksAndIntactTables(language: Language) throws {
        let markdown = String(decoding: try ReportFormat.markdown.render(TestReports.hostile(language)), as: UTF8.self)
        #expect(!markdown.unicodeScalars.contains(where: Self.forbiddenScalar))
        let targets = markdown.matches(of: /\]\(<([^>]*)>\)/).map { String($0.output.1) }
        #expect(!targets.isEmpty)
        for target in targets {
            #expect(target.hasPrefix("http://") || target.hasPrefix("https://"), "link to \(target)")
            #expect(!target.contains { " \"'<>()`\\".contains($0) }, "unencoded \(target)")
        }
        let outsideTargets = markdown.replacing(/\]\(<[^>]*>\)/, with: "](TARGET)")
        #expect(!outsideTargets.contains("<"), "raw HTML in Markdown")
        #expect(markdown.contains("&lt;script&gt;"))
        // Every table row has as many cells as its table's header: no page pipe splits a cell.
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            let cells = Self.cellBorders(in: line)
            if let columns { #expect(cells == columns, "row \(line)") } else { columns = cells }
        }
        #expect(!markdown.split(separator: "\n").contains { $0.hasPrefix("| forged") })
    }

    /// The pipes of a Markdown table row that are not backslash-escaped.
    static func cellBorders(in line: Substring) -> Int {
        var borders = 0
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                borders += 1
            }
        }
        return borders
    }

    static let allowedTags: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "main", "section", "footer", "h1", "h2",
        "h3", "p", "dl", "dt", "dd", "div", "ul", "ol", "li", "span", "strong", "small", "a", "blockquote", "cite", "code", "q",
    ]
    static let allowedAttributes: Set<String> = ["lang", "charset", "name", "content", "http-equiv", "class", "id", "href", "rel"]

    @Test(arguments: Language.allCases)
    func htmlHasOnlyItsOwnTagsAndSafeLinks(language: Language) throws {
        let html = String(decoding: try ReportFormat.html.render(TestReports.hostile(language)), as: UTF8.self)
        #expect(!html.unicodeScalars.contains(where: Self.forbiddenScalar))
        let tags = html.matches(of: /<\/?([A-Za-z!][A-Za-z0-9]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/)
        // Every `<` opens one of those tags: none is left over for page text.
        #expect(tags.count == html.count { $0 == "<" })
        for tag in tags {
            #expect(Self.allowedTags.contains(tag.output.1.lowercased()), "tag \(tag.output.0)")
            if tag.output.1 == "!DOCTYPE" { continue }
            for attribute in String(tag.output.2).matches(of: /([a-z-]+)(?:="([^"]*)")?/) {
                let name = String(attribute.output.1)
                #expect(Self.allowedAttributes.contains(name), "attribute \(name) in \(tag.output.0)")
                if name == "href", let value = attribute.output.2 {
                    #expect(value.hasPrefix("http://") || value.hasPrefix("https://"), "href \(value)")
                    #expect(tag.output.2.contains(#"rel="noopener noreferrer""#))
                }
            }
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains(#"content="default-src 'none'; style-src 'unsafe-inline'"#))
        #expect(!html.lowercased().contains("<script"))
    }

    @Test(arguments: Language.allCases)
    func jsonAndSARIFParseAndKeepTheValues(language: Language) throws {
        let report = TestReports.hostile(language)
        #expect(try Report.decode(jsonData: ReportFormat.json.render(report)) == report)
        let sarif = try #require(JSONSerialization.jsonObject(with: ReportFormat.sarif.render(report)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.findings.count)
        for (result, finding) in zip(results, report.findings) {
            #expect((result["properties"] as? [String: Any])?["value"] as? String == finding.value)
            let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
            #expect(!message.unicodeScalars.contains(where: Self.forbiddenScalar))
        }
    }

    @Test(arguments: Language.allCases)
    func csvKeepsItsColumnsAndStartsNoFormula(language: Language) throws {
        let report = TestReports.hostile(language)
        let data = try ReportFormat.csv.render(report)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let rows = try CSVParsing.rows(String(decoding: data.dropFirst(3), as: UTF8.self))
        #expect(rows.count == 1 + report.findings.map(\.occurrences.count).reduce(0, +))
        for row in rows {
            #expect(row.count == 10, "\(row)")
            for cell in row {
                #expect(!cell.unicodeScalars.contains(where: Self.forbiddenScalar))
                if let first = cell.first { #expect(!"=+-@\t\r".contains(first), "formula cell \(cell)") }
            }
        }
        #expect(rows.dropFirst().contains { $0[5] == "'=HYPERLINK(\"http://evil\")" })
    }
}
