import ExposureCore
import ExposureStore
import Foundation

/// Runs `body` with a new empty directory, removed afterwards.
func withTemporaryDirectory<T>(_ body: (URL) async throws -> T) async throws -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("exposure-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try await body(directory)
}

let site = "https://snv.example.gov.vn/"
let leader = "Nguyễn Văn An"
let subject = Subject(name: leader, aliases: ["Nguyen Van An"])

func mobile(of person: String = leader, on page: String = site + "lanh-dao") -> Finding {
    Finding(
        kind: .phone, subtype: "mobile", value: "0912.345.678", normalized: "+84912345678", person: person,
        confidence: 0.86, severity: .high, message: "Mobile number of \(person) published on 1 page",
        occurrences: [Evidence(url: page, path: "/html/body/table/tr[2]/td[3]", context: "DĐ: 0912.345.678")])
}

func switchboard(path: String = "/html/body/footer/p", context: String = "Tổng đài: 0233 3852 100") -> Finding {
    Finding(
        kind: .phone, subtype: "landline", value: "0233 3852 100", normalized: "+842333852100", person: nil,
        confidence: 0.95, severity: .info, message: "Phone number of the agency published on 1 page",
        occurrences: [Evidence(url: site, path: path, context: context)])
}

func portrait(of person: String = leader) -> Finding {
    Finding(
        kind: .portrait, value: site + "anh/lanh-dao.jpg", normalized: site + "anh/lanh-dao.jpg", person: person,
        confidence: 0.8, severity: .medium, message: "Portrait of \(person) published on 1 page",
        occurrences: [Evidence(url: site + "lanh-dao", path: "/html/body/img", context: person)])
}

let figures = CrawlFigures(pagesFetched: 2, pagesFailed: 1, bytesFetched: 4096, skipped: ["robots": 1, "offsite": 3])

extension HistoryStore {
    /// Begins a run of the leader's audit on the sample site, records `findings` and finishes it.
    func recordRun(
        _ findings: [Finding], subject: Subject = subject, seeds: [String] = [site], complete: Bool = true,
        startedAt: Date = Date()
    ) async throws -> RunID {
        let run = try await beginRun(
            subject: subject, seeds: seeds, profile: "vn-official", configuration: ["maxPages": 500],
            toolVersion: "0.1.0", startedAt: startedAt)
        try await record(findings: findings, in: run)
        try await finishRun(run, complete: complete, crawl: figures, finishedAt: startedAt.addingTimeInterval(60))
        return run
    }
}
