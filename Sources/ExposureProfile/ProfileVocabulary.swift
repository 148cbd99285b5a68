import ExposureCore

/// The names a profile field of a fixed vocabulary accepts, for error messages that list them.
///
/// Decoding a wrong name fails with the type's generic message; the field's name says which
/// vocabulary it draws from, as every such field is named the same wherever it appears.
enum ProfileVocabulary {
    static func names(forField field: String) -> [String]? {
        switch field {
        case "kind": FindingKind.allCases.map(\.rawValue)
        case "personal", "agency", "severity", "minimum": Severity.allCases.map(\.rawValue)
        case "audience": ChecklistItem.Audience.allCases.map(\.rawValue)
        case "scope": ChecklistEntry.Scope.allCases.map(\.rawValue)
        case "language": Language.allCases.map(\.rawValue)
        default: nil
        }
    }
}
