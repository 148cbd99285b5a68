import ExposureCore

/// One person's extortion kit as their findings show it: which of a face, a private way to
/// reach them and leverage are exposed, on which pages, and which single pages hold all three.
///
/// The ingredients mirror the kit rule of the shipped profiles (`profiles/vn.yaml` and `en.yaml`):
/// face = portrait; contact = personal mobile or home phone, personal email, social account,
/// home address; leverage = title, workplace, family, home address. The report carries findings
/// and their judged severities, not the profile, and ExposureReport depends on ExposureCore
/// only; this type explains the judgement, it does not make it.
public struct ExtortionKit: Sendable, Equatable {
    /// What a finding gives a scammer towards the kit.
    public enum Ingredient: String, Sendable, CaseIterable {
        case face, contact, leverage
    }

    /// The findings giving each ingredient, in the order given.
    public private(set) var findings: [Ingredient: [Finding]] = [:]
    /// The pages showing each ingredient, each once, in first-seen order.
    public private(set) var pages: [Ingredient: [String]] = [:]
    /// Pages that alone show all three ingredients, in first-seen order.
    public private(set) var completePages: [String] = []

    /// The kit of one person's findings.
    public init(findings personFindings: [Finding]) {
        var ingredientsByPage: [String: Set<Ingredient>] = [:]
        var pageOrder: [String] = []
        for finding in personFindings {
            let given = Self.ingredients(of: finding)
            guard !given.isEmpty else { continue }
            for ingredient in Ingredient.allCases where given.contains(ingredient) {
                findings[ingredient, default: []].append(finding)
            }
            for url in finding.occurrences.map(\.url) {
                if ingredientsByPage[url] == nil { pageOrder.append(url) }
                ingredientsByPage[url, default: []].formUnion(given)
                for ingredient in given where !(pages[ingredient] ?? []).contains(url) {
                    pages[ingredient, default: []].append(url)
                }
            }
        }
        completePages = pageOrder.filter { ingredientsByPage[$0]?.count == Ingredient.allCases.count }
    }

    /// The ingredients exposed, in kit order.
    public var exposed: [Ingredient] { Ingredient.allCases.filter { findings[$0] != nil } }

    /// The ingredients a finding is; a home address is both a contact channel and leverage.
    public static func ingredients(of finding: Finding) -> Set<Ingredient> {
        switch (finding.kind, finding.subtype) {
        case (.portrait, _): [.face]
        case (.phone, "mobile"), (.phone, "home"), (.email, "personal"), (.social, _): [.contact]
        case (.address, "home"): [.contact, .leverage]
        case (.title, _), (.workplace, _), (.family, _): [.leverage]
        default: []
        }
    }
}
