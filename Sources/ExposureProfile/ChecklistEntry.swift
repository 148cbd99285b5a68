import ExposureCore

/// A checklist action as a profile states it: who acts, what to do in both languages, the
/// recommendations it follows, and the findings that call for it.
public struct ChecklistEntry: Sendable, Hashable, Codable {
    /// Stable across releases (reports and re-audits refer to it), e.g. `web.replace-personal-mobile`.
    public var id: String
    public var audience: ChecklistItem.Audience
    public var action: LocalizedText
    /// The recommendations it follows; at least one.
    public var cites: [Reference]
    public var triggers: Triggers

    public init(
        id: String, audience: ChecklistItem.Audience, action: LocalizedText, cites: [Reference], triggers: Triggers
    ) {
        self.id = id
        self.audience = audience
        self.action = action
        self.cites = cites
        self.triggers = triggers
    }

    /// A recommendation of one of the profile's advisories.
    public struct Reference: Sendable, Hashable, Codable {
        /// The advisory's key, e.g. `A002`.
        public var advisory: String
        /// The recommendation's id within it.
        public var recommendation: String

        public init(advisory: String, recommendation: String) {
            self.advisory = advisory
            self.recommendation = recommendation
        }
    }

    /// When the entry applies: always (advice whatever was found), or when a finding matches
    /// one of its triggers. Written `triggers: always` or as a list of triggers.
    public enum Triggers: Sendable, Hashable, Codable {
        case always
        case findings([Trigger])

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let word = try? container.decode(String.self) {
                guard word == "always" else {
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "expected `always` or a list of triggers, found `\(word)`")
                }
                self = .always
            } else {
                self = .findings(try container.decode([Trigger].self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .always: try container.encode("always")
            case .findings(let triggers): try container.encode(triggers)
            }
        }
    }

    /// Findings that call for an entry: a kind (and subtypes), whose they are, how severe.
    public struct Trigger: FindingMatching, Sendable, Hashable, Codable {
        public var kind: FindingKind
        public var subtypes: [String]?
        /// Only a person's findings, or only the agency's; nil takes both.
        public var scope: Scope?
        /// The least severity that calls for the entry; nil takes any.
        public var minimum: Severity?

        public init(kind: FindingKind, subtypes: [String]? = nil, scope: Scope? = nil, minimum: Severity? = nil) {
            self.kind = kind
            self.subtypes = subtypes
            self.scope = scope
            self.minimum = minimum
        }

        /// Whether the finding calls for the entry.
        public func matches(_ finding: Finding) -> Bool {
            guard matchesKind(of: finding) else { return false }
            switch scope {
            case .personal? where finding.person == nil: return false
            case .agency? where finding.person != nil: return false
            default: break
            }
            return minimum.map { finding.severity >= $0 } ?? true
        }
    }

    /// Whose findings a trigger takes.
    public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
        case personal, agency
    }
}
