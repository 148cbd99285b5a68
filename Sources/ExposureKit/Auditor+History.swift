import ExposureCore
import ExposureProfile
import ExposureReport
import ExposureStore
import Foundation

/// An audit's report with what the history makes of it.
public struct AuditOutcome: Sendable {
    /// The report, accepted findings listed in ``Report/accepted``.
    public var report: Report
    /// The run recorded; nil without a history.
    public var run: RunID?
    /// The complete run of the same subject and seeds the findings were compared with; nil
    /// when there is none (or no history), and then every finding is new.
    public var previousRun: RunID?
    /// Findings absent from ``previousRun``, accepted ones left out, most severe first.
    public var newFindings: [Finding]
    /// The first history failure; the report is complete without it, the history is not.
    public var historyFailure: StoreError?

    /// New findings of `severity` or worse: what `--fail-on` and `--notify-command` act on.
    public func newFindings(atLeast severity: Severity) -> [Finding] {
        newFindings.filter { $0.severity >= severity }
    }
}

extension Auditor {
    /// Runs the audit and, with a `history`, records it there (see ``AuditRecorder``), first
    /// adding `baseline`'s acceptances to it; then lists the accepted findings in the report
    /// and singles out the findings new since the previous complete run of the same audit.
    ///
    /// - Parameter conditional: ask for pages the history can replay conditionally; false
    ///   fetches and parses every page again.
    /// - Throws: ``AuditError`` as ``run(log:progress:recorder:)`` does, or ``StoreError``
    ///   when the history cannot be opened for the run; history failures after that are
    ///   returned in ``AuditOutcome/historyFailure``.
    public func run(
        history: HistoryStore?, baseline: Baseline? = nil, conditional: Bool = true,
        log: @escaping @Sendable (String) -> Void = { _ in },
        progress: (@Sendable (AuditProgress) -> Void)? = nil
    ) async throws -> AuditOutcome {
        let subject = configuration.subject
        guard let history else {
            var report = try await run(log: log, progress: progress)
            try accept(Self.accepted(report.findings, by: baseline?.acceptances(at: Date(), subject: subject) ?? []), in: &report)
            return AuditOutcome(
                report: report, run: nil, previousRun: nil,
                newFindings: report.findings.filter { !report.acceptedIDs.contains($0.id) }, historyFailure: nil)
        }
        if let baseline { try await history.importBaseline(baseline) }
        let recorder = try await AuditRecorder.begin(configuration, in: history, conditional: conditional)
        var report: Report
        do {
            report = try await run(log: log, progress: progress, recorder: recorder)
        } catch {
            await recorder.abandon()
            throw error
        }
        // Storing the run and comparing with the previous one touch different rows: the
        // comparison reads while the run is written (WAL lets readers through).
        let audited = report
        async let stored: Void = recorder.finish(with: audited)
        var outcome = AuditOutcome(report: report, run: recorder.run, previousRun: nil, newFindings: [], historyFailure: nil)
        do {
            try accept(Self.accepted(report.findings, by: try await history.acceptances(subject: subject)), in: &report)
            outcome.report = report
            outcome.previousRun = try await history.previousCompleteRun(
                before: recorder.run, subject: subject, seeds: try configuration.crawlConfiguration().seeds)
            var earlier: Set<String> = []
            if let previous = outcome.previousRun { earlier = try await history.findingIDs(in: previous) }
            outcome.newFindings = report.findings.filter { !earlier.contains($0.id) && !report.acceptedIDs.contains($0.id) }
        } catch {
            outcome.historyFailure = error as? StoreError ?? StoreError(.database, "\(error)")
            outcome.newFindings = report.findings.filter { !report.acceptedIDs.contains($0.id) }
        }
        await stored
        outcome.historyFailure = recorder.failure ?? outcome.historyFailure
        return outcome
    }

    /// Names `risks` in the report as accepted and writes its checklist again without their
    /// findings: an accepted risk calls for no action.
    func accept(_ risks: [Report.AcceptedRisk], in report: inout Report) throws(AuditError) {
        report.accepted = risks
        guard !risks.isEmpty else { return }
        let acceptedIDs = report.acceptedIDs
        report.checklist = try configuration.resolvedProfile().checklist(
            for: report.findings.filter { !acceptedIDs.contains($0.id) }, language: report.language)
    }

    /// The report's entries for the findings these acceptances cover.
    static func accepted(_ findings: [Finding], by acceptances: [Acceptance]) -> [Report.AcceptedRisk] {
        let byID = Dictionary(acceptances.map { ($0.fingerprint, $0) }, uniquingKeysWith: { first, _ in first })
        return findings.compactMap { finding in
            byID[finding.id].map { Report.AcceptedRisk(id: finding.id, reason: $0.reason, until: $0.until) }
        }
    }
}
