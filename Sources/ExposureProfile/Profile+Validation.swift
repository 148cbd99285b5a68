import ExposureCore

/// A rule of profiles the Swift types cannot state, broken at a field.
struct FieldProblem: Sendable, Hashable {
    var path: FieldPath
    var message: String
}

extension Profile {
    /// Every broken rule: blank texts, repeated keys and ids, citations of advisories or
    /// recommendations the profile does not have, subtypes no detector gives.
    func validationProblems() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        let root = FieldPath()
        if id.isEmpty || !id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            problems.append(FieldProblem(path: root.appending("id"), message: "use lower-case letters, digits and `-` only"))
        }
        problems += blank([("name", name), ("summary", summary)], at: root)

        let advisoriesPath = root.appending("advisories")
        problems += repeated(advisories.map(\.key), named: "key", at: advisoriesPath)
        for (index, advisory) in advisories.enumerated() {
            let path = advisoriesPath.appending(index)
            problems += blank([("key", advisory.key), ("agency", advisory.agency), ("title", advisory.title)], at: path)
            let recommendationsPath = path.appending("recommendations")
            if advisory.recommendations.isEmpty {
                problems.append(FieldProblem(path: recommendationsPath, message: "an advisory quotes at least one recommendation"))
            }
            problems += repeated(advisory.recommendations.map(\.id), named: "id", at: recommendationsPath)
            for (index, recommendation) in advisory.recommendations.enumerated() {
                problems += blank(
                    [("id", recommendation.id), ("quote", recommendation.quote), ("gloss", recommendation.gloss)],
                    at: recommendationsPath.appending(index))
            }
        }

        let severityPath = root.appending("severity")
        for (index, rule) in severity.rules.enumerated() {
            problems += subtypeProblems(of: rule, at: severityPath.appending("rules").appending(index))
        }
        for (name, selectors) in [("face", severity.kit.face), ("contact", severity.kit.contact), ("leverage", severity.kit.leverage)] {
            let path = severityPath.appending("kit").appending(name)
            if selectors.isEmpty { problems.append(FieldProblem(path: path, message: "name at least one kind of finding")) }
            for (index, selector) in selectors.enumerated() {
                problems += subtypeProblems(of: selector, at: path.appending(index))
            }
        }

        let checklistPath = root.appending("checklist")
        problems += repeated(checklist.map(\.id), named: "id", at: checklistPath)
        for (index, entry) in checklist.enumerated() {
            problems += entryProblems(entry, at: checklistPath.appending(index))
        }
        return problems
    }

    private func entryProblems(_ entry: ChecklistEntry, at path: FieldPath) -> [FieldProblem] {
        var problems = blank([("id", entry.id)], at: path)
        problems += blank([("vi", entry.action.vi), ("en", entry.action.en)], at: path.appending("action"))
        if entry.cites.isEmpty {
            problems.append(FieldProblem(path: path.appending("cites"), message: "cite at least one recommendation"))
        }
        for (index, reference) in entry.cites.enumerated() {
            let citePath = path.appending("cites").appending(index)
            guard let advisory = advisory(reference.advisory) else {
                let keys = advisories.map(\.key).joined(separator: ", ")
                problems.append(
                    FieldProblem(
                        path: citePath.appending("advisory"),
                        message: "unknown advisory `\(reference.advisory)` (the profile has \(keys))"))
                continue
            }
            if advisory.recommendation(reference.recommendation) == nil {
                let ids = advisory.recommendations.map(\.id).joined(separator: ", ")
                problems.append(
                    FieldProblem(
                        path: citePath.appending("recommendation"),
                        message: "\(advisory.key) has no recommendation `\(reference.recommendation)` (it has \(ids))"))
            }
        }
        if case .findings(let triggers) = entry.triggers {
            let triggersPath = path.appending("triggers")
            if triggers.isEmpty {
                problems.append(FieldProblem(path: triggersPath, message: "give at least one trigger, or `always`"))
            }
            for (index, trigger) in triggers.enumerated() {
                problems += subtypeProblems(of: trigger, at: triggersPath.appending(index))
            }
        }
        return problems
    }

    private func subtypeProblems(of matcher: some FindingMatching, at path: FieldPath) -> [FieldProblem] {
        guard let subtypes = matcher.subtypes else { return [] }
        let subtypesPath = path.appending("subtypes")
        if subtypes.isEmpty {
            return [FieldProblem(path: subtypesPath, message: "empty: leave `subtypes` out to take every subtype")]
        }
        let known = matcher.kind.knownSubtypes
        return subtypes.enumerated().compactMap { index, subtype in
            guard !known.contains(subtype) else { return nil }
            let choices = known.isEmpty ? "\(matcher.kind.rawValue) has no subtypes" : "use one of \(known.joined(separator: ", "))"
            return FieldProblem(
                path: subtypesPath.appending(index), message: "unknown \(matcher.kind.rawValue) subtype `\(subtype)`: \(choices)")
        }
    }

    private func blank(_ fields: [(name: String, text: String)], at path: FieldPath) -> [FieldProblem] {
        fields.compactMap { field in
            field.text.allSatisfy(\.isWhitespace)
                ? FieldProblem(path: path.appending(field.name), message: "must not be empty") : nil
        }
    }

    /// Every repeat of a value after its first, at the repeating element.
    private func repeated(_ values: [String], named field: String, at path: FieldPath) -> [FieldProblem] {
        var seen: [String: Int] = [:]
        return values.enumerated().compactMap { index, value in
            guard let first = seen[value] else {
                seen[value] = index
                return nil
            }
            return FieldProblem(
                path: path.appending(index).appending(field), message: "`\(value)` repeats \(path)[\(first)]")
        }
    }
}
