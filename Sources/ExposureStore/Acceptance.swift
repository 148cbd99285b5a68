import ExposureCore
import Foundation

/// An accepted risk: a finding the team decided to leave published, why, and until when.
/// Later reports list accepted findings apart and the checklist skips them.
public struct Acceptance: Sendable, Hashable, Codable {
    /// The finding's id (``ExposureCore/Finding/id``).
    public var fingerprint: String
    public var reason: String
    /// The acceptance lapses at this instant; nil for never.
    public var until: Date?
    /// Limits the acceptance to audits of this person (any spelling); nil for every audit.
    public var subject: String?
    public var createdAt: Date

    /// Dates are kept to the whole second, as the baseline file writes them, so an acceptance
    /// reads back from a file equal to the one written.
    public init(fingerprint: String, reason: String, until: Date? = nil, subject: String? = nil, createdAt: Date = Date()) {
        self.fingerprint = fingerprint
        self.reason = reason
        self.until = until.map(Self.wholeSecond)
        self.subject = subject
        self.createdAt = Self.wholeSecond(createdAt)
    }

    /// Whether the acceptance holds at `date` for an audit of `subject` (nil: whichever audit):
    /// not lapsed, and either for every audit or for this person's.
    public func applies(at date: Date, to subject: Subject?) -> Bool {
        guard until.map({ date < $0 }) ?? true else { return false }
        guard let limitedTo = self.subject, let subject else { return true }
        return subject.name.map(NameFolding.fold) == NameFolding.fold(limitedTo)
    }

    private static func wholeSecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    private enum CodingKeys: String, CodingKey { case fingerprint, reason, until, subject, createdAt }

    /// Writes `until` and `subject` as explicit nulls: a baseline file names every field.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fingerprint, forKey: .fingerprint)
        try container.encode(reason, forKey: .reason)
        try container.encode(until, forKey: .until)
        try container.encode(subject, forKey: .subject)
        try container.encode(createdAt, forKey: .createdAt)
    }
}
