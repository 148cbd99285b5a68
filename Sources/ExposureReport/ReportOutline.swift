import ExposureCore

/// The report regrouped the way people read it: each person with their kit, their checklist
/// and their findings, the agency's own findings, and the checklist by audience.
///
/// Shared by the text, Markdown and HTML renderers, so that the three show the same content in
/// the same order.
struct ReportOutline {
    /// One person's part of the report.
    struct PersonEntry {
        var person: Report.Person
        /// Most severe first.
        var findings: [Finding]
        var kit: ExtortionKit
        /// The checklist items that concern this person, in checklist order.
        var checklist: [ChecklistItem]
        /// The most severe of their findings; nil when none is attributed.
        var highestSeverity: Severity? { findings.first?.severity }
        /// Pages naming the person, counted in full even where the occurrences are capped.
        var pageCount: Int { max(person.pageCount, Set(person.occurrences.map(\.url)).count) }
    }

    /// Most endangered first: by highest severity, then by number of findings, else report order.
    var people: [PersonEntry]
    /// Findings tied to no person, most severe first.
    var agencyFindings: [Finding]
    /// Checklist items that name no person, such as advice to the agency as a whole.
    var generalChecklist: [ChecklistItem]
    /// The checklist split by audience, web team first, each in checklist (danger) order.
    var checklistByAudience: [(audience: ChecklistItem.Audience, items: [ChecklistItem])]
    /// How many findings of each severity, most severe first, zero counts left out.
    var severityCounts: [(severity: Severity, count: Int)]

    init(_ report: Report) {
        let findingsByID = Dictionary(report.findings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = report.people.map { person in
            let findings = person.findings.compactMap { findingsByID[$0] }.sorted(by: Self.moreSevereFirst)
            let ids = Set(person.findings)
            let checklist = report.checklist.filter { item in
                item.people.contains(person.name) || item.findings.contains(where: ids.contains)
            }
            return PersonEntry(person: person, findings: findings, kit: ExtortionKit(findings: findings), checklist: checklist)
        }
        people = entries.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element, rhs.element)
            if left.highestSeverity != right.highestSeverity {
                return (left.highestSeverity.map { $0.rank } ?? -1) > (right.highestSeverity.map { $0.rank } ?? -1)
            }
            if left.findings.count != right.findings.count { return left.findings.count > right.findings.count }
            return lhs.offset < rhs.offset
        }.map(\.element)
        let attributed = Set(report.people.flatMap(\.findings))
        agencyFindings = report.findings.filter { $0.person == nil || !attributed.contains($0.id) }
            .sorted(by: Self.moreSevereFirst)
        let personal = Set(entries.flatMap { $0.checklist.map(\.id) })
        generalChecklist = report.checklist.filter { !personal.contains($0.id) }
        checklistByAudience = ChecklistItem.Audience.allCases.compactMap { audience in
            let items = report.checklist.filter { $0.audience == audience }
            return items.isEmpty ? nil : (audience, items)
        }
        severityCounts = Severity.allCases.reversed().compactMap { severity in
            let count = report.findings.count { $0.severity == severity }
            return count == 0 ? nil : (severity, count)
        }
    }

    /// Severity, then kind, then value: the order every renderer lists findings in.
    static func moreSevereFirst(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.kind != rhs.kind { return lhs.kind.rawValue < rhs.kind.rawValue }
        return lhs.normalized < rhs.normalized
    }

    /// The pages of `item` that show one of `entry`'s findings; all of its pages if none does.
    static func pages(of item: ChecklistItem, for entry: PersonEntry) -> [String] {
        let own = Set(entry.findings.filter { item.findings.contains($0.id) }.flatMap { $0.occurrences.map(\.url) })
        let mine = item.urls.filter(own.contains)
        return mine.isEmpty ? item.urls : mine
    }
}

extension Severity {
    /// 0 for info up to 4 for critical.
    var rank: Int { Severity.allCases.firstIndex(of: self)! }
}
