import ExposureCore

/// How a profile judges a finding's danger: a base severity by kind and subtype, personal or
/// the agency's, raised when one page hands a scammer a whole extortion kit.
public struct SeverityRules: Sendable, Hashable, Codable {
    /// For findings no rule matches.
    public var fallback: Levels
    /// Tried in order; the first that matches a finding gives its base severity.
    public var rules: [Rule]
    public var kit: Kit

    public init(fallback: Levels, rules: [Rule], kit: Kit) {
        self.fallback = fallback
        self.rules = rules
        self.kit = kit
    }

    private enum CodingKeys: String, CodingKey {
        case fallback = "default"
        case rules, kit
    }

    /// A severity for findings tied to a person, and one for the agency's own.
    public struct Levels: Sendable, Hashable, Codable {
        public var personal: Severity
        public var agency: Severity

        public init(personal: Severity, agency: Severity) {
            self.personal = personal
            self.agency = agency
        }
    }

    /// The base severity of one kind (and subtypes) of finding.
    public struct Rule: FindingMatching, Sendable, Hashable, Codable {
        public var kind: FindingKind
        public var subtypes: [String]?
        public var personal: Severity
        public var agency: Severity

        public init(kind: FindingKind, subtypes: [String]? = nil, personal: Severity, agency: Severity) {
            self.kind = kind
            self.subtypes = subtypes
            self.personal = personal
            self.agency = agency
        }
    }

    /// The extortion kit: a face to paste, a channel to reach the person, and leverage to
    /// threaten them with. A page holding all three for one person raises them to `severity`.
    public struct Kit: Sendable, Hashable, Codable {
        public var face: [FindingSelector]
        public var contact: [FindingSelector]
        public var leverage: [FindingSelector]
        public var severity: Severity

        public init(face: [FindingSelector], contact: [FindingSelector], leverage: [FindingSelector], severity: Severity) {
            self.face = face
            self.contact = contact
            self.leverage = leverage
            self.severity = severity
        }
    }
}
