import ExposureCore

/// Something that picks findings by kind and, optionally, subtype.
public protocol FindingMatching {
    var kind: FindingKind { get }
    /// The subtypes picked; nil picks the kind whatever its subtype.
    var subtypes: [String]? { get }
}

extension FindingMatching {
    /// Whether the finding is of the kind and, when subtypes are named, of one of them.
    public func matchesKind(of finding: Finding) -> Bool {
        matches(kind: finding.kind, subtype: finding.subtype)
    }

    /// Whether a finding of `kind` and `subtype` would be picked.
    public func matches(kind: FindingKind, subtype: String?) -> Bool {
        guard kind == self.kind else { return false }
        guard let subtypes else { return true }
        return subtype.map(subtypes.contains) ?? false
    }
}
