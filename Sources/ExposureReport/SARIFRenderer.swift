import ExposureCore
import Foundation

/// Renders a report as a SARIF 2.1.0 log for code-scanning dashboards: one run, a rule per
/// finding kind, a result per finding located on its pages, with a stable fingerprint.
///
/// Levels follow severity (critical and high: error, medium: warning, low: note, info: none).
/// The checklist goes twice: each rule's help lists the actions its findings call for, which is
/// what dashboards show beside a result, and the run's properties carry every item whole, with
/// its citations, for tools. Texts are in the report's language; page text is cleaned of
/// control characters, as in every human-readable format.
public struct SARIFRenderer: Sendable {
    public static let informationURI = "https://github.com/exposure-audit/exposure-audit"
    /// The `partialFingerprints` key holding the finding's id, stable across runs.
    public static let fingerprintKey = "exposureFindingId/v1"

    public init() {}

    public func render(_ report: Report) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(log(report)) + Data("\n".utf8)
    }

    /// The rule id of a kind, e.g. `EXPOSURE/phone`.
    public static func ruleID(_ kind: FindingKind) -> String { "EXPOSURE/\(kind.rawValue)" }

    /// The SARIF level of a severity.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low: "note"
        case .info: "none"
        }
    }

    func log(_ report: Report) -> SARIFLog {
        let strings = ReportStrings(report.language)
        let kinds = FindingKind.allCases
        let kindOfFinding = Dictionary(report.findings.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        let rules = kinds.map { kind in
            let actions = report.checklist.filter { item in item.findings.contains { kindOfFinding[$0] == kind } }
                .map { "- " + DisplayText.clean($0.action) }
            let help = ([strings.ruleHelp(kind)] + (actions.isEmpty ? [] : ["", strings.checklistActionsForRule] + actions))
                .joined(separator: "\n")
            return SARIFLog.Rule(
                id: Self.ruleID(kind), shortDescription: .init(text: strings.ruleShortDescription(kind)),
                fullDescription: .init(text: strings.ruleFullDescription(kind)), help: .init(text: help),
                defaultConfiguration: .init(level: "warning"), properties: .init(tags: ["privacy", "extortion", kind.rawValue]))
        }
        let results = report.findings.map { finding in
            SARIFLog.Result(
                ruleId: Self.ruleID(finding.kind), ruleIndex: kinds.firstIndex(of: finding.kind)!,
                level: Self.level(finding.severity),
                message: .init(text: DisplayText.clean("\(finding.message): \(finding.value)")),
                locations: finding.occurrences.map(location),
                partialFingerprints: [Self.fingerprintKey: finding.id],
                properties: .init(
                    severity: finding.severity, kind: finding.kind, subtype: finding.subtype, person: finding.person,
                    value: finding.value, confidence: finding.confidence, pageCount: finding.pageCount,
                    checklist: report.checklist.filter { $0.findings.contains(finding.id) }.map(\.id)))
        }
        let notifications = report.crawl.errors.map { error in
            SARIFLog.Notification(
                message: .init(text: DisplayText.clean(error.message)),
                locations: [.init(physicalLocation: .init(artifactLocation: .init(uri: error.url)), logicalLocations: nil, message: nil)])
        }
        let run = SARIFLog.Run(
            tool: .init(
                driver: .init(
                    name: report.tool.name, version: report.tool.version, informationUri: Self.informationURI,
                    language: Self.languageTag(report.language), rules: rules)),
            language: Self.languageTag(report.language),
            invocations: [
                .init(
                    executionSuccessful: report.complete, startTimeUtc: report.startedAt, endTimeUtc: report.finishedAt,
                    toolExecutionNotifications: notifications)
            ],
            results: results,
            properties: .init(profile: report.profile, subject: report.subject, complete: report.complete, checklist: report.checklist))
        return SARIFLog(runs: [run])
    }

    private func location(_ occurrence: Evidence) -> SARIFLog.Location {
        let snippet = DisplayText.clean(occurrence.context)
        return SARIFLog.Location(
            physicalLocation: .init(artifactLocation: .init(uri: occurrence.url)),
            logicalLocations: occurrence.path.isEmpty ? nil : [.init(fullyQualifiedName: occurrence.path)],
            message: snippet.isEmpty ? nil : .init(text: snippet))
    }

    private static func languageTag(_ language: Language) -> String {
        switch language {
        case .vi: "vi-VN"
        case .en: "en"
        }
    }
}
