import ExposureCore
import Foundation

/// Renders a report as a short plain-text summary a person can read in a terminal.
public struct TextRenderer: Sendable {
    /// How many findings to list per person before summarising the rest.
    public var findingsPerPerson = 8

    public init() {}

    public func render(_ report: Report) -> String {
        var lines: [String] = []
        let who = report.subject.name.map { "\(TextRenderer.safe($0))" } ?? "every person on the site"
        lines.append("exposure-audit \(report.tool.version): audit of \(who)")
        lines.append("Seeds: " + report.crawl.seeds.map(TextRenderer.safe).joined(separator: ", "))
        lines.append(crawlLine(report))
        if report.crawl.robotsIgnored {
            lines.append("WARNING: robots.txt was ignored for this audit (--ignore-robots).")
        }
        if !report.complete {
            lines.append("WARNING: the audit is incomplete; the findings below are what was found before it stopped.")
        }
        let acceptedIDs = report.acceptedIDs
        let open = report.findings.filter { !acceptedIDs.contains($0.id) }
        lines.append(severityLine(open) + (acceptedIDs.isEmpty ? "" : "; \(acceptedIDs.count) accepted, listed apart"))
        if report.crawl.pagesNotModified > 0 {
            lines.append("Unchanged since the last audit: \(report.crawl.pagesNotModified) pages (findings taken from the history)")
        }
        lines.append("")

        let byPerson = Dictionary(grouping: open.filter { $0.person != nil }, by: { $0.person! })
        for person in report.people {
            let findings = (byPerson[person.name] ?? []).sorted(by: TextRenderer.moreSevereFirst)
            let pages = max(person.pageCount, Set(person.occurrences.map(\.url)).count)
            lines.append("\(TextRenderer.safe(person.name)) (named on \(pages) page\(pages == 1 ? "" : "s"))")
            if findings.isEmpty { lines.append("  no contact details or other exposures attributed") }
            for finding in findings.prefix(findingsPerPerson) { lines.append("  " + line(for: finding)) }
            if findings.count > findingsPerPerson {
                lines.append("  … and \(findings.count - findingsPerPerson) more (see the JSON report)")
            }
        }
        let agencyLevel = open.filter { $0.person == nil }.sorted(by: TextRenderer.moreSevereFirst)
        if !agencyLevel.isEmpty {
            lines.append("Agency-level (not tied to a person)")
            for finding in agencyLevel.prefix(findingsPerPerson) { lines.append("  " + line(for: finding)) }
            if agencyLevel.count > findingsPerPerson {
                lines.append("  … and \(agencyLevel.count - findingsPerPerson) more (see the JSON report)")
            }
        }
        let findingsByID = Dictionary(report.findings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let accepted = report.accepted.compactMap { risk in findingsByID[risk.id].map { (risk, $0) } }
        if !accepted.isEmpty {
            lines.append("Accepted risks (\(accepted.count), not counted above)")
            for (risk, finding) in accepted {
                let owner = finding.person.map { " (\(TextRenderer.safe($0)))" } ?? ""
                let until = risk.until.map { ", until \($0.formatted(.iso8601.year().month().day()))" } ?? ""
                lines.append("  " + line(for: finding) + owner)
                lines.append("           accepted: \(TextRenderer.safe(risk.reason))\(until)")
            }
        }
        if !report.crawl.errors.isEmpty {
            lines.append("")
            lines.append("Errors (\(report.crawl.errors.count))")
            for error in report.crawl.errors.prefix(10) {
                lines.append("  \(TextRenderer.safe(error.url)): \(TextRenderer.safe(error.message))")
            }
            if report.crawl.errors.count > 10 { lines.append("  … and \(report.crawl.errors.count - 10) more") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func crawlLine(_ report: Report) -> String {
        let crawl = report.crawl
        let seconds = report.finishedAt.timeIntervalSince(report.startedAt)
        var line = "Crawl: \(crawl.pagesFetched) page\(crawl.pagesFetched == 1 ? "" : "s") fetched"
        line += ", \(crawl.pagesFailed) failed, \(TextRenderer.byteCount(crawl.bytesFetched))"
        line += String(format: " in %.1f s", seconds)
        let skipped = crawl.skipped.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        if !skipped.isEmpty {
            line += "; skipped " + skipped.map { "\($0.value) (\($0.key))" }.joined(separator: ", ")
        }
        return line
    }

    private func severityLine(_ findings: [Finding]) -> String {
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = findings.count { $0.severity == severity }
            return count == 0 ? nil : "\(count) \(severity.rawValue)"
        }
        return "Findings: \(findings.count)" + (counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")")
    }

    func line(for finding: Finding) -> String {
        let label = finding.severity.rawValue.uppercased().padding(toLength: 8, withPad: " ", startingAt: 0)
        let kind = finding.subtype.map { "\(finding.kind.rawValue)/\($0)" } ?? finding.kind.rawValue
        let pages = Set(finding.occurrences.map(\.url)).sorted()
        var where_ = pages.first.map(TextRenderer.pathOnly) ?? ""
        let total = max(finding.pageCount, pages.count)
        if total > 1 { where_ += " (+\(total - 1) more)" }
        return "\(label) \(kind) \(TextRenderer.safe(shown(finding)))  \(where_)"
    }

    /// A portrait reads as its original's path and pixel size; anything else as its value.
    private func shown(_ finding: Finding) -> String {
        guard finding.kind == .portrait, let image = finding.image else { return finding.value }
        let size = image.width.flatMap { width in image.height.map { " (\(width)×\($0) px)" } } ?? ""
        return TextRenderer.pathOnly(image.original) + size
    }

    static func moreSevereFirst(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.kind != rhs.kind { return lhs.kind.rawValue < rhs.kind.rawValue }
        return lhs.normalized < rhs.normalized
    }

    /// The path and query of a URL, which is what a reader recognises on their own site.
    static func pathOnly(_ url: String) -> String {
        guard let components = URLComponents(string: url), !components.percentEncodedPath.isEmpty else {
            return safe(url)
        }
        let query = components.percentEncodedQuery.map { "?\($0)" } ?? ""
        return safe(components.percentEncodedPath + query)
    }

    /// Strips control characters (terminal escape sequences included) from page-derived text.
    public static func safe(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                        ? " " : scalar
                }))
    }

    static func byteCount(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return String(format: "%.1f KiB", Double(bytes) / 1024) }
        return String(format: "%.1f MiB", Double(bytes) / 1024 / 1024)
    }
}
