import ExposureCore
import Foundation

/// Renders a report as GitHub-flavoured Markdown: the text report's content (summary, then per
/// person the kit, the checklist and the findings with evidence), plus the advisories quoted.
///
/// Every page-derived string goes through ``MarkdownEscaping``: a name cannot open a link, an
/// image, a code span or raw HTML, nor split a table cell. Only http(s) pages become links.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ report: Report) -> String {
        let strings = ReportStrings(report.language)
        let outline = ReportOutline(report)
        var lines = summary(report, outline, strings)
        if !outline.people.isEmpty {
            lines += ["", "## \(strings.peopleHeading)"]
        }
        for entry in outline.people {
            lines += ["", "### \(escape(entry.person.name)) (\(strings.namedOn(pages: entry.pageCount)))", ""]
            guard !entry.findings.isEmpty else {
                lines.append("_\(strings.nothingAttributed)_")
                continue
            }
            lines += kit(entry.kit, strings)
            if !entry.checklist.isEmpty {
                lines += ["", "**\(strings.checklist)**", ""]
                for item in entry.checklist {
                    lines += checklistItem(item, pages: ReportOutline.pages(of: item, for: entry), strings)
                }
            }
            lines += ["", "**\(strings.findings)**", ""]
            lines += entry.findings.flatMap { finding($0, strings) }
        }
        if !outline.agencyFindings.isEmpty {
            lines += ["", "## \(strings.agencyLevel)", ""]
            lines += outline.agencyFindings.flatMap { finding($0, strings) }
        }
        if !outline.generalChecklist.isEmpty {
            lines += ["", "## \(strings.generalChecklist)", ""]
            lines += outline.generalChecklist.flatMap { checklistItem($0, pages: $0.urls, strings) }
        }
        if !report.crawl.errors.isEmpty {
            lines += ["", "## \(strings.errors) (\(report.crawl.errors.count))", ""]
            lines += report.crawl.errors.map { "- \(link($0.url)): \(escape($0.message))" }
        }
        lines += ["", "---", "", "_\(escape(strings.generatedBy(report.tool))) \(strings.privacyNote)_"]
        return lines.joined(separator: "\n") + "\n"
    }

    private func summary(_ report: Report, _ outline: ReportOutline, _ strings: ReportStrings) -> [String] {
        let subject = report.subject.name.map(escape) ?? strings.everyone
        var rows: [(String, String)] = []
        if !report.subject.aliases.isEmpty {
            rows.append((strings.aliases, report.subject.aliases.map(escape).joined(separator: ", ")))
        }
        rows.append((strings.site, report.crawl.seeds.map { link($0, text: $0) }.joined(separator: ", ")))
        rows.append((strings.date, strings.timestamp(report.startedAt)))
        var pages = strings.crawlFigures(report.crawl, seconds: report.finishedAt.timeIntervalSince(report.startedAt))
        let skipped = report.crawl.skipped.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        if !skipped.isEmpty {
            pages += "; \(strings.skipped) " + skipped.map { "\($0.value) (\(escape(strings.skipReason($0.key))))" }.joined(separator: ", ")
        }
        rows.append((strings.pages, pages))
        if let profile = report.profile { rows.append((strings.profile, escape(profile))) }
        rows.append((strings.status, report.complete ? strings.complete : "**\(strings.incomplete)**"))
        let counts = outline.severityCounts.map { "\($0.count) \(strings.severity($0.severity))" }
        rows.append((strings.findings, "\(report.findings.count)" + (counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")")))
        var lines = ["# \(strings.title): \(subject)", "", "| | |", "|---|---|"]
        lines += rows.map { "| **\($0.0)** | \($0.1) |" }
        if report.crawl.robotsIgnored { lines += ["", "> **\(strings.robotsIgnored)**"] }
        return lines
    }

    private func kit(_ kit: ExtortionKit, _ strings: ReportStrings) -> [String] {
        var lines = [
            "**\(strings.kit).** \(strings.kitExplanation)", "",
            "| \(strings.ingredientColumn) | \(strings.exposedColumn) | \(strings.whatColumn) | \(strings.pagesColumn) |",
            "|---|---|---|---|",
        ]
        for ingredient in ExtortionKit.Ingredient.allCases {
            let name = "\(strings.ingredient(ingredient)): \(strings.ingredientExplanation(ingredient))"
            guard let findings = kit.findings[ingredient] else {
                lines.append("| \(name) | \(strings.notFound) | | |")
                continue
            }
            let pages = (kit.pages[ingredient] ?? []).map { link($0) }.joined(separator: ", ")
            lines.append("| \(name) | **\(strings.exposed)** | \(escape(strings.kinds(of: findings))) | \(pages) |")
        }
        if !kit.completePages.isEmpty {
            lines += ["", "**\(strings.wholeKitPages)** " + kit.completePages.map { link($0) }.joined(separator: ", ")]
        } else if kit.exposed.count == ExtortionKit.Ingredient.allCases.count {
            lines += ["", "**\(strings.kitSpreadOverPages)**"]
        }
        return lines
    }

    private func checklistItem(_ item: ChecklistItem, pages: [String], _ strings: ReportStrings) -> [String] {
        // Two trailing spaces end a line inside a list item without starting a paragraph.
        var lines = ["- **[\(strings.severity(item.severity).uppercased())] \(strings.audience(item.audience)):** \(escape(item.action))"]
        if !pages.isEmpty {
            lines[lines.count - 1] += "  "
            lines.append("  \(strings.pages(for: item.audience)): " + pages.map { link($0) }.joined(separator: ", "))
        }
        for citation in item.citations {
            lines.append("")
            lines.append("  > \(escape(citation.quote))")
            lines.append("  > — \(escape(strings.citation(citation))), _\(escape(citation.title))_")
        }
        return lines
    }

    private func finding(_ finding: Finding, _ strings: ReportStrings) -> [String] {
        let pageCount = max(finding.pageCount, Set(finding.occurrences.map(\.url)).count)
        var lines = [
            "- **[\(strings.severity(finding.severity).uppercased())] \(escape(strings.kind(finding.kind, subtype: finding.subtype))):** "
                + "\(escape(finding.value)) — \(escape(finding.message)) (\(strings.seenOn(pages: pageCount)))"
        ]
        for occurrence in finding.occurrences {
            lines.append("  - \(link(occurrence.url)) · \(strings.element) \(escape(occurrence.path)) · “\(escape(occurrence.context))”")
        }
        return lines
    }

    private func escape(_ text: String) -> String { MarkdownEscaping.escape(text) }

    /// A link to the page showing its path, or to `text`.
    private func link(_ url: String, text: String? = nil) -> String {
        MarkdownEscaping.link(url, text: text ?? WebLink.displayPath(url))
    }
}
