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
        let people = judged.map { $0.person.map(NameFolding.fold) }
        var ingredientsOnPage: [Int: Kit.Ingredients] = [:]
        for index in judged.indices where !ingredients[index].isEmpty {
            for page in Self.personPages(of: judged[index], person: people[index]) {
                ingredientsOnPage[page, default: []].formUnion(ingredients[index])
            }
        }
        for index in judged.indices where !ingredients[index].isEmpty {
            let wholeKit =
                onWholeKitPage.contains(index)
                || Self.personPages(of: judged[index], person: people[index]).contains { ingredientsOnPage[$0] == .whole }
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

    /// The person pages a finding lists, each one person (`person`, folded) on one page, as a
    /// hash: a large site's findings list tens of thousands of them. The agency's own findings
    /// make no kit.
    private static func personPages(of finding: Finding, person: String?) -> some Sequence<Int> {
        let occurrences = person == nil ? [] : finding.occurrences
        return occurrences.lazy.map { occurrence in
            var hasher = Hasher()
            hasher.combine(person)
            hasher.combine(occurrence.url)
            return hasher.finalize()
        }
    }
}

extension SeverityRules.Kit {
    /// What a finding gives a scammer towards the kit.
    public enum Ingredient: String, Sendable, Hashable, CaseIterable {
        case face, contact, leverage
    }

    /// A set of ingredients in a byte: a site's findings give one to each of thousands of
    /// person pages.
    public struct Ingredients: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public static let whole = Ingredients(rawValue: 1 << Ingredient.allCases.count - 1)

        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public init(_ ingredient: Ingredient) {
            rawValue = 1 << Ingredient.allCases.firstIndex(of: ingredient)!
        }
    }

    /// The ingredients a finding is; a home address is both a contact channel and leverage.
    public func ingredients(of finding: Finding) -> Ingredients {
        ingredients(kind: finding.kind, subtype: finding.subtype)
    }

    /// The ingredients a finding of `kind` and `subtype` is.
    public func ingredients(kind: FindingKind, subtype: String?) -> Ingredients {
        ingredients { $0.matches(kind: kind, subtype: subtype) }
    }

    /// The ingredients some finding of `kind` is, whatever its subtype.
    public func ingredients(anySubtypeOf kind: FindingKind) -> Ingredients {
        ingredients { $0.kind == kind }
    }

    private func ingredients(where isSelected: (FindingSelector) -> Bool) -> Ingredients {
        let selectors: [(Ingredient, [FindingSelector])] = [(.face, face), (.contact, contact), (.leverage, leverage)]
        return selectors.reduce(into: []) { found, selector in
            if selector.1.contains(where: isSelected) { found.insert(Ingredients(selector.0)) }
        }
    }
}
