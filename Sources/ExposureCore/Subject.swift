/// Whom an audit is about: one named person with aliases, or everyone on the site.
public struct Subject: Sendable, Hashable, Codable {
    /// The person's name as the user typed it; nil audits every person found (site mode).
    public var name: String?
    /// Other spellings the person goes by (without diacritics, a short form, a maiden name).
    public var aliases: [String]

    public init(name: String?, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }

    /// The subject's name followed by its aliases; empty in site mode.
    public var allNames: [String] { (name.map { [$0] } ?? []) + aliases }
}
