import ExposureCore
import Foundation

/// Renders a report as plain text for a terminal: a summary, then per person the extortion kit,
/// the checklist and the findings with their evidence.
///
/// Every page-derived string goes through ``DisplayText/clean(_:)``: a page cannot move the
/// cursor, recolour, retitle or reorder the reader's terminal. Colour is off unless asked for.
public struct TextRenderer: Sendable {
    /// How many findings to list per person (and for the agency) before summarising the rest.
    public var findingsPerPerson = 8
    /// ANSI colours; only for a terminal.
    public var colored: Bool

    public init(colored: Bool = false) { self.colored = colored }

    public func render(_ report: Report) -> String {
        let strings = ReportStrings(report.language)
        let style = TerminalStyle(enabled: colored)
        // Accepted risks are listed apart, after everything still to fix.
        let acceptedIDs = report.acceptedIDs
        var open = report
        open.findings.removeAll { acceptedIDs.contains($0.id) }
        let outline = ReportOutline(open)
        var lines = summary(report, outline, strings, style)

        for entry in outline.people {
            lines.append("")
            lines.append(style.bold("== \(clean(entry.person.name)) (\(strings.namedOn(pages: entry.pageCount))) =="))
            guard !entry.findings.isEmpty else {
                lines.append("  " + strings.nothingAttributed)
                continue
            }
            lines += kit(entry.kit, strings, style)
            if !entry.checklist.isEmpty {
                lines.append("  " + style.bold(strings.checklist))
                for item in entry.checklist {
                    lines += checklistItem(item, pages: ReportOutline.pages(of: item, for: entry), strings, style)
                }
            }
            lines.append("  " + style.bold(strings.findings))
            lines += findingList(entry.findings, strings, style)
        }
        if !outline.agencyFindings.isEmpty {
            lines.append("")
            lines.append(style.bold("== \(strings.agencyLevel) =="))
            lines += findingList(outline.agencyFindings, strings, style)
        }
        if !outline.generalChecklist.isEmpty {
            lines.append("")
            lines.append(style.bold("== \(strings.generalChecklist) =="))
            for item in outline.generalChecklist { lines += checklistItem(item, pages: item.urls, strings, style) }
        }
        let findingsByID = Dictionary(report.findings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let accepted = report.accepted.compactMap { risk in findingsByID[risk.id].map { (risk, $0) } }
        if !accepted.isEmpty {
            lines.append("")
            lines.append(style.bold("== \(strings.acceptedRisks(accepted.count)) =="))
            for (risk, finding) in accepted {
                lines += findingList([finding], strings, style)
                let until = risk.until.map { $0.formatted(.iso8601.year().month().day()) }
                lines.append("      " + style.dim(strings.accepted(reason: clean(risk.reason), until: until)))
            }
        }
        if !report.crawl.errors.isEmpty {
            lines.append("")
            lines.append(style.bold("== \(strings.errors) (\(report.crawl.errors.count)) =="))
            for error in report.crawl.errors.prefix(10) { lines.append("  \(clean(error.url)): \(clean(error.message))") }
            if report.crawl.errors.count > 10 { lines.append("  " + strings.andMore(report.crawl.errors.count - 10)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func summary(_ report: Report, _ outline: ReportOutline, _ strings: ReportStrings, _ style: TerminalStyle) -> [String] {
        let subject = report.subject.name.map(clean) ?? strings.everyone
        var lines = [style.bold("\(strings.title): \(subject)")]
        if !report.subject.aliases.isEmpty {
            lines.append("\(strings.aliases): " + report.subject.aliases.map(clean).joined(separator: ", "))
        }
        lines.append("\(strings.site): " + report.crawl.seeds.map(clean).joined(separator: ", "))
        lines.append("\(strings.date): \(strings.timestamp(report.startedAt))")
        var crawl = "\(strings.pages): " + strings.crawlFigures(report.crawl, seconds: report.finishedAt.timeIntervalSince(report.startedAt))
        let skipped = report.crawl.skipped.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        if !skipped.isEmpty {
            crawl += "; \(strings.skipped) " + skipped.map { "\($0.value) (\(strings.skipReason(clean($0.key))))" }.joined(separator: ", ")
        }
        lines.append(crawl)
        if report.crawl.pagesNotModified > 0 { lines.append(strings.unchangedPages(report.crawl.pagesNotModified)) }
        if let profile = report.profile { lines.append("\(strings.profile): \(clean(profile))") }
        lines.append("\(strings.status): " + (report.complete ? strings.complete : style.severity(.critical, strings.incomplete)))
        if report.crawl.robotsIgnored { lines.append(style.severity(.medium, "! " + strings.robotsIgnored)) }
        let counts = outline.severityCounts.map { style.severity($0.severity, "\($0.count) \(strings.severity($0.severity))") }
        let open = report.findings.count - report.accepted.count
        lines.append(
            "\(strings.findings): \(open)" + (counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")")
                + (report.accepted.isEmpty ? "" : "; " + strings.acceptedApart(report.accepted.count)))
        return lines
    }

    private func kit(_ kit: ExtortionKit, _ strings: ReportStrings, _ style: TerminalStyle) -> [String] {
        var lines = ["  " + style.bold(strings.kit)]
        let width = ExtortionKit.Ingredient.allCases.map { strings.ingredient($0).count }.max()!
        for ingredient in ExtortionKit.Ingredient.allCases {
            let name = strings.ingredient(ingredient).padding(toLength: width, withPad: " ", startingAt: 0)
            guard let findings = kit.findings[ingredient] else {
                lines.append("    \(name)  \(style.dim(strings.notFound))")
                continue
            }
            let pages = (kit.pages[ingredient] ?? []).map(pathOnly)
            lines.append("    \(name)  \(style.severity(.high, strings.exposed)): \(clean(strings.kinds(of: findings))); \(summarised(pages, strings))")
        }
        if !kit.completePages.isEmpty {
            lines.append("    " + style.severity(.critical, "! " + strings.wholeKitPages) + " " + summarised(kit.completePages.map(pathOnly), strings))
        } else if kit.exposed.count == ExtortionKit.Ingredient.allCases.count {
            lines.append("    " + style.severity(.high, "! " + strings.kitSpreadOverPages))
        }
        return lines
    }

    private func checklistItem(_ item: ChecklistItem, pages: [String], _ strings: ReportStrings, _ style: TerminalStyle) -> [String] {
        let label = style.severity(item.severity, "[\(strings.severity(item.severity).uppercased())]")
        var lines = ["    \(label) \(strings.audience(item.audience)): \(clean(item.action))"]
        if !pages.isEmpty { lines.append("      \(strings.pages(for: item.audience)): " + summarised(pages.map(pathOnly), strings)) }
        if !item.citations.isEmpty {
            lines.append("      \(strings.cites): " + item.citations.map { clean(strings.citation($0)) }.joined(separator: "; "))
        }
        return lines
    }

    private func findingList(_ findings: [Finding], _ strings: ReportStrings, _ style: TerminalStyle) -> [String] {
        var lines: [String] = []
        for finding in findings.prefix(findingsPerPerson) {
            let label = style.severity(finding.severity, "[\(strings.severity(finding.severity).uppercased())]")
            lines.append("    \(label) \(clean(strings.kind(finding.kind, subtype: finding.subtype))): \(shown(finding))")
            lines.append("      \(clean(finding.message))")
            for occurrence in finding.occurrences.prefix(3) {
                lines.append("      - \(pathOnly(occurrence.url))  \(style.dim(clean(occurrence.path)))")
                lines.append("        \"\(clean(occurrence.context))\"")
            }
            let more = max(finding.pageCount, finding.occurrences.count) - min(finding.occurrences.count, 3)
            if more > 0 { lines.append("      " + strings.andMore(more)) }
        }
        if findings.count > findingsPerPerson { lines.append("    " + strings.moreInFullReport(findings.count - findingsPerPerson)) }
        return lines
    }

    /// The first three pages and how many more: a footer number is on every page.
    private func summarised(_ pages: [String], _ strings: ReportStrings) -> String {
        pages.prefix(3).joined(separator: ", ") + (pages.count > 3 ? " " + strings.andMore(pages.count - 3) : "")
    }

    /// The value as printed; a portrait as its largest original and that original's pixel size.
    private func shown(_ finding: Finding) -> String {
        guard let image = finding.image, finding.kind == .portrait else { return clean(finding.value) }
        let size = image.width.flatMap { width in image.height.map { " (\(width)×\($0) px)" } } ?? ""
        return pathOnly(image.original) + size
    }

    private func clean(_ text: String) -> String { DisplayText.clean(text) }

    private func pathOnly(_ url: String) -> String { clean(WebLink.displayPath(url)) }
}
