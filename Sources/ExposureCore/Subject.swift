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

extension Subject {
    private enum CodingKeys: String, CodingKey { case name, aliases }

    /// Writes `name` as an explicit null in site mode: the report contract names every field.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(aliases, forKey: .aliases)
    }
}
