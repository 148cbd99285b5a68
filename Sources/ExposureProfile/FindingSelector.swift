import ExposureCore

/// A kind of finding, optionally narrowed to subtypes: `{kind: phone, subtypes: [mobile]}`.
public struct FindingSelector: FindingMatching, Sendable, Hashable, Codable {
    public var kind: FindingKind
    public var subtypes: [String]?

    public init(kind: FindingKind, subtypes: [String]? = nil) {
        self.kind = kind
        self.subtypes = subtypes
    }
}
