import ExposureCore

extension Profile {
    /// The checklist for these findings in one language, most dangerous first.
    ///
    /// One item per entry whose triggers some finding matches, plus every `always` entry.
    /// Each item lists its findings (most severe first, each once), the people they belong to
    /// and the pages to fix, and quotes the recommendations it follows. Items are ordered by
    /// the highest severity of their findings (advice without findings last), the web team's
    /// before the person's, then by id, so the same findings give the same list every run.
    public func checklist(for findings: [Finding], language: Language) -> [ChecklistItem] {
        let unique = Self.firstOfEachID(findings)
        let items = checklist.compactMap { entry -> ChecklistItem? in
            let matched: [Finding]
            switch entry.triggers {
            case .always:
                matched = []
            case .findings(let triggers):
                matched = unique.filter { finding in triggers.contains { $0.matches(finding) } }
                guard !matched.isEmpty else { return nil }
            }
            // Stable: equally severe findings keep the order they came in.
            let ordered = matched.enumerated().sorted { ($0.element.severity, $1.offset) > ($1.element.severity, $0.offset) }
                .map(\.element)
            return ChecklistItem(
                id: entry.id, audience: entry.audience, severity: ordered.first?.severity,
                action: entry.action[language], findings: ordered.map(\.id),
                people: Self.firstOfEach(ordered.compactMap(\.person)),
                urls: Self.firstOfEach(ordered.flatMap { $0.occurrences.map(\.url) }),
                citations: entry.cites.compactMap(citation))
        }
        return items.sorted(by: Self.moreUrgent)
    }

    /// The citation a reference names; validation guarantees it exists.
    private func citation(_ reference: ChecklistEntry.Reference) -> ChecklistItem.Citation? {
        guard let advisory = advisory(reference.advisory),
            let recommendation = advisory.recommendation(reference.recommendation)
        else { return nil }
        return ChecklistItem.Citation(
            advisory: advisory.key, agency: advisory.agency, number: advisory.number, date: advisory.date,
            title: advisory.title, quote: recommendation.quote, gloss: recommendation.gloss)
    }

    private static func moreUrgent(_ a: ChecklistItem, _ b: ChecklistItem) -> Bool {
        if a.severity != b.severity {
            guard let first = a.severity else { return false }
            guard let second = b.severity else { return true }
            return first > second
        }
        if a.audience != b.audience { return a.audience == .webTeam }
        return a.id < b.id
    }

    private static func firstOfEachID(_ findings: [Finding]) -> [Finding] {
        var seen = Set<String>()
        return findings.filter { seen.insert($0.id).inserted }
    }

    private static func firstOfEach(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
