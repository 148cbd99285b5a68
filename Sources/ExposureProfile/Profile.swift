import ExposureCore

/// An audit profile: the advisories it follows, how it judges danger, the words detectors may
/// use, and the checklist it writes.
///
/// Profiles are YAML files (`profiles/vn.yaml`, `profiles/en.yaml`); ``ProfileCatalog`` finds
/// them and `Profile(yaml:file:)` reads and checks one. Every checklist entry cites an
/// advisory's recommendation, so each action the tool asks for can be traced to who asked.
public struct Profile: Sendable, Hashable, Codable {
    /// The name the profile is chosen by (`--profile vn`); its file is `<id>.yaml`.
    public var id: String
    public var name: String
    /// The language of the sites it is meant for; reports default to it.
    public var language: Language
    /// What the profile is for, in a sentence or two.
    public var summary: String
    public var advisories: [Advisory]
    public var severity: SeverityRules
    public var lexicons: Lexicons
    public var checklist: [ChecklistEntry]

    public init(
        id: String, name: String, language: Language, summary: String, advisories: [Advisory],
        severity: SeverityRules, lexicons: Lexicons, checklist: [ChecklistEntry]
    ) {
        self.id = id
        self.name = name
        self.language = language
        self.summary = summary
        self.advisories = advisories
        self.severity = severity
        self.lexicons = lexicons
        self.checklist = checklist
    }

    /// The advisory with this key, if the profile has one.
    public func advisory(_ key: String) -> Advisory? {
        advisories.first { $0.key == key }
    }
}
