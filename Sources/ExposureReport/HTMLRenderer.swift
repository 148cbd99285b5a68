import ExposureCore
import Foundation

/// Renders a report as one self-contained HTML file: a summary, a kit card per person, the
/// checklist by audience with the advisories quoted, the findings with evidence, the crawl.
///
/// Inline CSS only, no script, no external asset, and a Content-Security-Policy that forbids
/// them anyway. Every page-derived string goes through ``HTMLEscaping``; only http(s) pages
/// become links, opened without referrer or opener.
public struct HTMLRenderer: Sendable {
    /// No script, no fetch, no form, no base: only the inline style sheet and inline images.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    public init() {}

    public func render(_ report: Report) -> String {
        let strings = ReportStrings(report.language)
        let outline = ReportOutline(report)
        let subject = report.subject.name.map(escape) ?? strings.everyone
        var html = """
            <!DOCTYPE html>
            <html lang="\(report.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <meta name="referrer" content="no-referrer">
            <title>\(strings.title): \(subject)</title>
            <style>
            \(HTMLStyleSheet.css)
            </style>
            </head>
            <body>
            <header>
            <h1>\(strings.title)</h1>
            <p class="subject">\(subject)</p>
            </header>
            <main>

            """
        html += summary(report, outline, strings)
        html += people(outline, strings)
        html += checklist(outline, strings)
        html += findings(outline, strings)
        html += crawl(report, strings)
        html += """
            </main>
            <footer><p>\(escape(strings.generatedBy(report.tool))) \(strings.privacyNote)</p></footer>
            </body>
            </html>

            """
        return html
    }

    private func summary(_ report: Report, _ outline: ReportOutline, _ strings: ReportStrings) -> String {
        var facts: [(String, String)] = [(strings.subject, report.subject.name.map(escape) ?? strings.everyone)]
        if !report.subject.aliases.isEmpty {
            facts.append((strings.aliases, report.subject.aliases.map(escape).joined(separator: ", ")))
        }
        facts.append((strings.site, report.crawl.seeds.map { link($0, text: $0) }.joined(separator: ", ")))
        facts.append((strings.date, strings.timestamp(report.startedAt)))
        facts.append((strings.pages, escape(strings.crawlFigures(report.crawl, seconds: report.finishedAt.timeIntervalSince(report.startedAt)))))
        if let profile = report.profile { facts.append((strings.profile, escape(profile))) }
        facts.append((strings.status, report.complete ? strings.complete : "<strong>\(strings.incomplete)</strong>"))
        facts.append((strings.people, "\(report.people.count)"))
        let counts = outline.severityCounts.map { badge($0.severity, strings, text: "\($0.count) \(strings.severity($0.severity))") }
        facts.append((strings.findings, "\(report.findings.count) " + counts.joined(separator: " ")))
        var html = "<section id=\"summary\">\n<h2>\(strings.summary)</h2>\n<dl class=\"facts\">\n"
        html += facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>\n" }.joined()
        html += "</dl>\n"
        if !report.complete { html += "<p class=\"warning\">\(strings.incomplete)</p>\n" }
        if report.crawl.robotsIgnored { html += "<p class=\"warning\">\(strings.robotsIgnored)</p>\n" }
        return html + "</section>\n"
    }

    private func people(_ outline: ReportOutline, _ strings: ReportStrings) -> String {
        guard !outline.people.isEmpty else { return "" }
        // The ingredients are explained once, above the cards, not in every card.
        let legend = ExtortionKit.Ingredient.allCases.map { "<strong>\(strings.ingredient($0))</strong>: \(strings.ingredientExplanation($0))" }
        var html = "<section id=\"people\">\n<h2>\(strings.peopleHeading)</h2>\n<p class=\"muted\">\(strings.kitExplanation) "
            + legend.joined(separator: "; ") + ".</p>\n<div class=\"cards\">\n"
        for entry in outline.people {
            let severityClass = entry.highestSeverity?.rawValue ?? "info"
            html += "<div class=\"card \(severityClass)\">\n<h3>\(escape(entry.person.name)) <small>\(strings.namedOn(pages: entry.pageCount))</small></h3>\n"
            guard !entry.findings.isEmpty else {
                html += "<p class=\"muted\">\(strings.nothingAttributed)</p>\n</div>\n"
                continue
            }
            html += "<ul class=\"kit\">\n"
            for ingredient in ExtortionKit.Ingredient.allCases {
                let name = "<strong>\(strings.ingredient(ingredient))</strong>"
                guard let findings = entry.kit.findings[ingredient] else {
                    html += "<li>\(name): \(strings.notFound)</li>\n"
                    continue
                }
                let pages = (entry.kit.pages[ingredient] ?? []).map { link($0) }.joined(separator: ", ")
                html += "<li class=\"exposed\">\(name): <strong>\(strings.exposed)</strong>: \(escape(strings.kinds(of: findings))); \(pages)</li>\n"
            }
            html += "</ul>\n"
            if !entry.kit.completePages.isEmpty {
                html += "<p class=\"whole-kit\">\(strings.wholeKitPages) " + entry.kit.completePages.map { link($0) }.joined(separator: ", ") + "</p>\n"
            } else if entry.kit.exposed.count == ExtortionKit.Ingredient.allCases.count {
                html += "<p class=\"whole-kit\">\(strings.kitSpreadOverPages)</p>\n"
            } else {
                html += "<p class=\"muted\">\(strings.kitPartial(entry.kit.exposed.count))</p>\n"
            }
            html += "</div>\n"
        }
        return html + "</div>\n</section>\n"
    }

    private func checklist(_ outline: ReportOutline, _ strings: ReportStrings) -> String {
        guard !outline.checklistByAudience.isEmpty else { return "" }
        var html = "<section id=\"checklist\">\n<h2>\(strings.checklist)</h2>\n"
        for (audience, items) in outline.checklistByAudience {
            html += "<h3>\(strings.audience(audience))</h3>\n<ol class=\"items\">\n"
            for item in items {
                html += "<li>\n<p>\(badge(item.severity, strings)) \(escape(item.action))</p>\n"
                if !item.people.isEmpty {
                    html += "<p><span class=\"muted\">\(strings.peopleHeading):</span> \(item.people.map(escape).joined(separator: ", "))</p>\n"
                }
                if !item.urls.isEmpty {
                    html += "<p><span class=\"muted\">\(strings.pages(for: item.audience)):</span> \(item.urls.map { link($0) }.joined(separator: ", "))</p>\n"
                }
                for citation in item.citations {
                    html += "<blockquote>\n<p>\(escape(citation.quote))</p>\n"
                    if strings.language == .en, citation.gloss != citation.quote {
                        html += "<p class=\"muted\">\(escape(citation.gloss))</p>\n"
                    }
                    html += "<footer>— \(escape(strings.citation(citation))): <cite>\(escape(citation.title))</cite></footer>\n</blockquote>\n"
                }
                html += "</li>\n"
            }
            html += "</ol>\n"
        }
        return html + "</section>\n"
    }

    private func findings(_ outline: ReportOutline, _ strings: ReportStrings) -> String {
        var groups = outline.people.filter { !$0.findings.isEmpty }.map { (escape($0.person.name), $0.findings) }
        if !outline.agencyFindings.isEmpty { groups.append((strings.agencyLevel, outline.agencyFindings)) }
        guard !groups.isEmpty else { return "" }
        var html = "<section id=\"findings\">\n<h2>\(strings.findings)</h2>\n"
        for (heading, findings) in groups {
            html += "<h3>\(heading)</h3>\n<ul class=\"findings\">\n"
            for finding in findings {
                let pageCount = max(finding.pageCount, Set(finding.occurrences.map(\.url)).count)
                html += "<li class=\"finding\">\n<p>\(badge(finding.severity, strings)) <strong>\(escape(strings.kind(finding.kind, subtype: finding.subtype)))</strong>: \(escape(finding.value))</p>\n"
                html += "<p>\(escape(finding.message)) <span class=\"muted\">(\(strings.seenOn(pages: pageCount)); \(strings.confidence) \(strings.decimal(finding.confidence * 100))%)</span></p>\n"
                html += "<ul class=\"evidence\">\n"
                for occurrence in finding.occurrences {
                    html += "<li>\(link(occurrence.url)) <code>\(escape(occurrence.path))</code><q>\(escape(occurrence.context))</q></li>\n"
                }
                html += "</ul>\n</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    private func crawl(_ report: Report, _ strings: ReportStrings) -> String {
        var html = "<section id=\"crawl\">\n<h2>\(strings.crawl)</h2>\n<dl class=\"facts\">\n"
        html += "<dt>\(strings.site)</dt><dd>\(report.crawl.seeds.map { link($0, text: $0) }.joined(separator: ", "))</dd>\n"
        html += "<dt>\(strings.pages)</dt><dd>\(escape(strings.crawlFigures(report.crawl, seconds: report.finishedAt.timeIntervalSince(report.startedAt))))</dd>\n"
        let skipped = report.crawl.skipped.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        if !skipped.isEmpty {
            html += "<dt>\(strings.skipped)</dt><dd>" + skipped.map { "\($0.value) (\(escape(strings.skipReason($0.key))))" }.joined(separator: ", ") + "</dd>\n"
        }
        html += "</dl>\n"
        if !report.crawl.errors.isEmpty {
            html += "<h3>\(strings.errors) (\(report.crawl.errors.count))</h3>\n<ul>\n"
            html += report.crawl.errors.map { "<li>\(link($0.url, text: $0.url)): \(escape($0.message))</li>\n" }.joined()
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    /// A severity label; `text` defaults to the severity's name.
    private func badge(_ severity: Severity?, _ strings: ReportStrings, text: String? = nil) -> String {
        "<span class=\"sev \(severity?.rawValue ?? "general")\">\(text ?? strings.severity(severity))</span>"
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A link to an http(s) page showing its path (or `text`); the escaped text alone otherwise.
    private func link(_ url: String, text: String? = nil) -> String {
        let shown = escape(text ?? WebLink.displayPath(url))
        guard let target = WebLink.target(url) else { return shown }
        return "<a href=\"\(escape(target))\" rel=\"noopener noreferrer\">\(shown)</a>"
    }
}
