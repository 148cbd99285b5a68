// The history and report writes of an audit, replayed from one the crawl left behind:
//
//     exposure-bench --store HISTORY_DB REPORT_JSON [--repeat R]
//
// reads what the latest run in HISTORY_DB stored for each page of REPORT_JSON (a scan's JSON
// report with `--db HISTORY_DB`), then times, single-threaded and per page, R passes of
//   (a) `HistoryStore.record(analysedPages:)` into a fresh history, in the recorder's batches;
//   (b) `Report.writeJSON`, the report a scan writes with `--format json`.

import ExposureCore
import ExposureReport
import ExposureStore
import Foundation

/// Times the history and report writes; exits when done.
func benchmarkStore(history: String, reportPath: String, repeats: Int) async throws -> Never {
    let report = try Report.decode(jsonData: Data(contentsOf: URL(fileURLWithPath: reportPath)))
    let source = try await HistoryStore.open(path: history)
    guard let run = try await source.runs().map(\.id).max() else {
        FileHandle.standardError.write(Data("exposure-bench: no run in \(history)\n".utf8))
        exit(66)
    }
    var records: [PageRecord] = []
    for page in report.crawl.pages {
        guard let findings = try await source.pageFindings(url: page.url, analysedIn: run) else { continue }
        records.append(PageRecord(page: page, etag: nil, lastModified: nil, content: .analysed(findings)))
    }
    print("exposure-bench: \(records.count) page analyses of run \(run) in \(history), \(report.findings.count) findings")

    // The recorder's batch size (`AuditRecorder.batchSize`).
    let batchSize = 50
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("exposure-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: scratch) }
    var recordCPU = 0.0
    var reportCPU = 0.0
    var reportBytes = 0
    for pass in 0..<repeats {
        let store = try await HistoryStore.open(path: scratch.appendingPathComponent("history-\(pass).sqlite").path)
        let target = try await store.beginRun(
            subject: report.subject, seeds: report.crawl.seeds, configuration: [String: String](), toolVersion: "bench")
        var start = processCPUMilliseconds()
        for batchStart in stride(from: 0, to: records.count, by: batchSize) {
            try await store.record(
                analysedPages: Array(records[batchStart..<min(batchStart + batchSize, records.count)]), in: target)
        }
        recordCPU += processCPUMilliseconds() - start
        start = processCPUMilliseconds()
        reportBytes = 0
        try report.writeJSON { reportBytes += $0.count }
        reportCPU += processCPUMilliseconds() - start
    }
    let perPage = Double(records.count * repeats)
    print("")
    print("(c) history and report writes, \(repeats) passes")
    print("    HistoryStore.record(analysedPages:)  \(format(recordCPU / perPage)) ms/page CPU")
    print("    Report.writeJSON                     \(format(reportCPU / perPage)) ms/page CPU (\(reportBytes) bytes)")
    exit(0)
}
