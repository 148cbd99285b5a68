import ExposureCore

extension SeverityRules {
    /// The findings with the severity these rules give them.
    ///
    /// Each finding takes the first matching rule's severity (or the fallback), the personal
    /// one when it belongs to a person. Then, per person and page, when that person's findings
    /// on one page give a face, a contact channel and leverage, each of those findings rises
    /// to the kit's severity: that page alone is all a scammer needs. `adjust` may change a
    /// finding's base severity first, from what the rules cannot see (a portrait's pixel size).
    /// `onWholeKitPage` names, by index, findings known to lie on such a page that their
    /// occurrences no longer list (a finding lists only its first pages).
    public func judged(
        _ findings: [Finding], adjustingBase adjust: (Finding, Severity) -> Severity = { $1 },
        onWholeKitPage: Set<Int> = []
    ) -> [Finding] {
        var judged = findings.map { finding in
            var finding = finding
            finding.severity = adjust(finding, baseSeverity(of: finding))
            return finding
        }
        let ingredients = judged.map { kit.ingredients(of: $0) }
        var ingredientsOnPage: [PersonPage: Set<Kit.Ingredient>] = [:]
        for (finding, found) in zip(judged, ingredients) where !found.isEmpty {
            for page in PersonPage.all(of: finding) { ingredientsOnPage[page, default: []].formUnion(found) }
        }
        for index in judged.indices where !ingredients[index].isEmpty {
            let wholeKit =
                onWholeKitPage.contains(index)
                || PersonPage.all(of: judged[index]).contains { ingredientsOnPage[$0]?.count == Kit.Ingredient.allCases.count }
            if wholeKit { judged[index].severity = max(judged[index].severity, kit.severity) }
        }
        return judged
    }

    /// The severity of a finding by kind, subtype and owner alone.
    public func baseSeverity(of finding: Finding) -> Severity {
        let personal = finding.person != nil
        guard let rule = rules.first(where: { $0.matchesKind(of: finding) }) else {
            return personal ? fallback.personal : fallback.agency
        }
        return personal ? rule.personal : rule.agency
    }

    /// One person on one page; the agency's own findings make no kit.
    private struct PersonPage: Hashable {
        var person: String
        var url: String

        static func all(of finding: Finding) -> [PersonPage] {
            guard let person = finding.person.map(NameFolding.fold) else { return [] }
            return finding.occurrences.map { PersonPage(person: person, url: $0.url) }
        }
    }
}

extension SeverityRules.Kit {
    /// What a finding gives a scammer towards the kit.
    public enum Ingredient: String, Sendable, Hashable, CaseIterable {
        case face, contact, leverage
    }

    /// The ingredients a finding is; a home address is both a contact channel and leverage.
    public func ingredients(of finding: Finding) -> Set<Ingredient> {
        ingredients(kind: finding.kind, subtype: finding.subtype)
    }

    /// The ingredients a finding of `kind` and `subtype` is.
    public func ingredients(kind: FindingKind, subtype: String?) -> Set<Ingredient> {
        ingredients { $0.matches(kind: kind, subtype: subtype) }
    }

    /// The ingredients some finding of `kind` is, whatever its subtype.
    public func ingredients(anySubtypeOf kind: FindingKind) -> Set<Ingredient> {
        ingredients { $0.kind == kind }
    }

    private func ingredients(where isSelected: (FindingSelector) -> Bool) -> Set<Ingredient> {
        let selectors: [(Ingredient, [FindingSelector])] = [(.face, face), (.contact, contact), (.leverage, leverage)]
        return Set(selectors.filter { $0.1.contains(where: isSelected) }.map(\.0))
    }
}
