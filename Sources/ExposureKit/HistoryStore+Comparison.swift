import ExposureCore
import ExposureReport
import ExposureStore

extension HistoryStore {
    /// The runs `exposure-audit diff` compares, older first: two given runs as they are; one
    /// given run and the complete run of its audit before it; none, the last two complete runs
    /// of the latest complete audit matching `subject` and `site` (nil: any).
    public func runsToCompare(_ given: [RunID], subject: Subject? = nil, site: String? = nil) async throws -> (RunID, RunID) {
        switch given.count {
        case 2:
            _ = try await (run(given[0]), run(given[1]))
            return (given[0], given[1])
        case 1:
            let later = try await run(given[0])
            guard let earlier = try await previousCompleteRun(before: later.id, subject: later.subject, seeds: later.seeds)
            else {
                throw StoreError(.runNotFound, "No complete run of the same audit before run \(later.id) to compare it with")
            }
            return (earlier, later.id)
        default:
            let what = [subject.map { $0.name ?? "site mode" }, site].compactMap { $0 }.joined(separator: " on ")
            guard let latest = try await runs(subject: subject, site: site).first(where: \.complete),
                let pair = try await latestTwoRuns(subject: latest.subject, seeds: latest.seeds)
            else {
                throw StoreError(
                    .runNotFound,
                    "The history has no two complete runs of the same audit\(what.isEmpty ? "" : " (\(what))") to compare; "
                        + "`exposure-audit history` lists the runs")
            }
            return pair
        }
    }

    /// The diff of two runs as a report, with the acceptances in force for the later run's subject.
    public func diffReport(from earlier: RunID, to later: RunID) async throws -> DiffReport {
        let diff = try await diff(from: earlier, to: later)
        let acceptances = try await acceptances(subject: diff.to.subject)
        return DiffReport(
            tool: .init(version: Auditor.version), subject: diff.to.subject, seeds: diff.to.seeds,
            from: DiffReport.Run(diff.from), to: DiffReport.Run(diff.to), new: diff.new, resolved: diff.resolved,
            unchanged: diff.unchanged, accepted: Auditor.accepted(diff.new + diff.unchanged, by: acceptances))
    }
}

extension DiffReport.Run {
    init(_ run: RunSummary) {
        self.init(id: run.id.rawValue, startedAt: run.startedAt, finishedAt: run.finishedAt, complete: run.complete)
    }
}
