import ExposureCore
import Foundation

/// Accepted risks in a file a team commits beside its publishing pipeline, so the audit in
/// CI accepts what the team accepted: `{"schema": "exposure-audit/baseline/v1", "accepted": [...]}`.
///
/// It holds fingerprints, reasons and dates, no finding values: a fingerprint is a hash, so
/// the file carries no personal data unless a reason does.
public struct Baseline: Sendable, Hashable, Codable {
    public static let schemaIdentifier = "exposure-audit/baseline/v1"

    public var schema: String = Baseline.schemaIdentifier
    public var accepted: [Acceptance]

    public init(accepted: [Acceptance]) {
        self.accepted = accepted
    }

    /// The acceptances that hold at `date` for an audit of `subject` (nil: any audit).
    public func acceptances(at date: Date, subject: Subject? = nil) -> [Acceptance] {
        accepted.filter { $0.applies(at: date, to: subject) }
    }

    /// Reads a baseline file; ``StoreError`` `.invalidBaseline` when it cannot be read or is
    /// not a baseline this build knows.
    public static func read(from path: String) throws -> Baseline {
        let baseline: Baseline
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            baseline = try decoder.decode(Baseline.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw StoreError(.invalidBaseline, "Could not read the baseline file \(path)", cause: error)
        }
        guard baseline.schema == schemaIdentifier else {
            throw StoreError(
                .invalidBaseline,
                "\(path) is a '\(baseline.schema)' file, not an exposure-audit baseline (\(schemaIdentifier))")
        }
        return baseline
    }

    /// Writes the file atomically, sorted by fingerprint and pretty-printed so that a change
    /// reads as a small diff in review.
    public func write(to path: String) throws {
        var sorted = self
        sorted.accepted.sort { ($0.fingerprint, $0.subject ?? "") < ($1.fingerprint, $1.subject ?? "") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            try (encoder.encode(sorted) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw StoreError(.invalidBaseline, "Could not write the baseline file \(path)", cause: error)
        }
    }
}
