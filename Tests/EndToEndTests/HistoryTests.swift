import ExposureReport
import ExposureStore
import Foundation
import GRDB
import LoopbackServer
import Synchronization
import Testing

/// A loopback site whose pages a test rewrites between scans; it sends an ETag per page
/// version and answers a matching `If-None-Match` with 304, as static file servers do.
final class ChangingSite: Sendable {
    private final class State: Sendable {
        let pages: Mutex<[String: String]>
        let notModified = Atomic<Int>(0)

        init(_ pages: [String: String]) { self.pages = Mutex(pages) }
    }

    private let state: State
    let server: LoopbackServer

    init(_ pages: [String: String]) throws {
        let state = State(pages)
        self.state = state
        server = try LoopbackServer { request, writer in
            guard let html = state.pages.withLock({ $0[request.path] }) else {
                return writer.send(status: 404, contentType: "text/plain", text: "none")
            }
            let etag = "\"\(String(UInt(bitPattern: html.hashValue), radix: 16))\""
            if request.headers["if-none-match"] == etag {
                state.notModified.add(1, ordering: .relaxed)
                return writer.send(status: 304, headers: [("ETag", etag)])
            }
            writer.send(contentType: "text/html; charset=utf-8", text: html, headers: [("ETag", etag)])
        }
    }

    var url: String { server.baseURL + "/" }
    var notModifiedCount: Int { state.notModified.load(ordering: .relaxed) }

    func set(_ path: String, _ html: String) { state.pages.withLock { $0[path] = html } }

    /// Two pages: the director's mobile on the home page, a deputy's email on the other.
    static func agency() throws -> ChangingSite {
        try ChangingSite([
            "/": "<html><body><p>Ông Lê Quang Vinh, Giám đốc Sở, DĐ: 0913 472 586</p><a href='/pho-giam-doc.html'>Phó Giám đốc</a></body></html>",
            "/pho-giam-doc.html": "<html><body><p>Bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở, email: thuha.nguyen@gmail.com</p><a href='/'>Trang chủ</a></body></html>",
        ])
    }
}

/// The history end to end: the real binary, a loopback site, a database in a temporary directory.
@Suite(.serialized) struct HistoryTests {
    let directory: URL
    let db: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ea-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("history.sqlite").path
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Scans `site` into the test's history and returns the exit status and the JSON report.
    func scan(_ site: ChangingSite, _ options: [String] = []) throws -> (Executable.Result, Report?) {
        let output = path("report-\(UUID().uuidString).json")
        let result = try Executable.run(["scan", site.url, "--delay", "0", "--db", db, "-o", output, "--quiet"] + options)
        return (result, try? Report.decode(jsonData: Data(contentsOf: URL(fileURLWithPath: output))))
    }

    @Test func twoScansOfAChangedSiteGiveTheRightDiff() throws {
        let site = try ChangingSite.agency()
        let (first, _) = try scan(site)
        #expect(first.status == 0, "\(first.stderr)")
        // The director's mobile comes down; the deputy's goes up beside her email, with her portrait.
        site.set("/", "<html><body><p>Ông Lê Quang Vinh, Giám đốc Sở</p><a href='/pho-giam-doc.html'>Phó Giám đốc</a></body></html>")
        site.set(
            "/pho-giam-doc.html",
            """
            <html><body><img src='/uploads/nguyen-thi-thu-ha.jpg' alt='Bà Nguyễn Thị Thu Hà' width='300' height='400'>
            <p>Bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở, email: thuha.nguyen@gmail.com, DĐ: 0987 654 321</p></body></html>
            """)
        let (second, _) = try scan(site)
        #expect(second.status == 0, "\(second.stderr)")

        let result = try Executable.run(["diff", "--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let diff = try decoder.decode(DiffReport.self, from: Data(result.stdout.utf8))
        #expect(diff.from.id == 1 && diff.to.id == 2)
        #expect(Set(diff.new.map(\.kind)) == [.phone, .portrait])
        #expect(diff.new.contains { $0.normalized == "+84987654321" })
        #expect(diff.new.allSatisfy { $0.person == "Nguyễn Thị Thu Hà" })
        #expect(diff.resolved.contains { $0.normalized == "+84913472586" && $0.person == "Lê Quang Vinh" })
        #expect(!diff.resolved.contains { $0.kind == .email })
        #expect(diff.unchanged.contains { $0.normalized == "thuha.nguyen@gmail.com" })

        let text = try Executable.run(["diff", "1", "2", "--db", db])
        #expect(text.stdout.contains("New (2)"), "\(text.stdout)")
        #expect(text.stdout.contains("0987 654 321"))
    }

    @Test func historyListsRunsWithCountsBySeverity() throws {
        let site = try ChangingSite.agency()
        _ = try scan(site)
        _ = try scan(site, ["--name", "Lê Quang Vinh"])
        let result = try Executable.run(["history", "--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let runs = object?["runs"] as? [[String: Any]] ?? []
        #expect(runs.map { $0["id"] as? Int } == [2, 1])
        #expect(runs.allSatisfy { $0["complete"] as? Bool == true })
        #expect((runs.last?["findings"] as? [String: Int])?["high"] == 1)
        let person = try Executable.run(["history", "--db", db, "--subject", "le quang vinh", "--site", site.url])
        #expect(person.stdout.split(separator: "\n").count == 2, "\(person.stdout)")  // header and run 2
    }

    @Test func unchangedSiteIsAskedConditionallyAndGivesTheSameFindings() throws {
        let site = try ChangingSite.agency()
        let (_, first) = try scan(site)
        #expect(site.notModifiedCount == 0)
        let (result, second) = try scan(site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(site.notModifiedCount == 2)
        let before = try #require(first)
        let after = try #require(second)
        #expect(after.crawl.pagesNotModified == 2)
        #expect(after.crawl.bytesFetched < before.crawl.bytesFetched)
        let summary = { (report: Report) in report.findings.map { "\($0.id) \($0.pageCount) \($0.person ?? "")" }.sorted() }
        #expect(summary(after) == summary(before))
        #expect(!before.findings.isEmpty)
        #expect(after.people.map(\.name).sorted() == before.people.map(\.name).sorted())

        // --refetch asks for every page whole.
        _ = try scan(site, ["--refetch"])
        #expect(site.notModifiedCount == 2)
    }

    @Test func acceptedFindingStaysAcceptedAndTheBaselineRoundTrips() throws {
        let site = try ChangingSite.agency()
        let (_, first) = try scan(site)
        let mobile = try #require(first?.findings.first { $0.normalized == "+84913472586" })
        let baseline = path("baseline.json")
        let accepted = try Executable.run([
            "accept", mobile.id, "--reason", "the director's published duty phone", "--until", "2099-12-31",
            "--baseline", baseline, "--db", db,
        ])
        #expect(accepted.status == 0, "\(accepted.stderr)")

        for _ in 0..<2 {
            let (result, report) = try scan(site, ["--fail-on", "high"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(report?.accepted.map(\.id) == [mobile.id])
            #expect(report?.accepted.first?.reason == "the director's published duty phone")
        }
        let text = try Executable.run(["scan", site.url, "--delay", "0", "--db", db, "--lang", "en"])
        #expect(text.stdout.contains("Accepted risks (1"), "\(text.stdout)")

        // Another machine's empty history takes the acceptance from the file, and writes it back alike.
        let otherDB = path("other.sqlite")
        let output = path("ci.json")
        let ci = try Executable.run(["scan", site.url, "--delay", "0", "--db", otherDB, "--baseline", baseline, "-o", output, "--quiet"])
        #expect(ci.status == 0, "\(ci.stderr)")
        #expect(try Report.decode(jsonData: Data(contentsOf: URL(fileURLWithPath: output))).accepted.map(\.id) == [mobile.id])
        let exported = path("exported.json")
        _ = try Executable.run(["accept", "--baseline", exported, "--db", otherDB])
        #expect(try Data(contentsOf: URL(fileURLWithPath: exported)) == Data(contentsOf: URL(fileURLWithPath: baseline)))
    }

    @Test func failOnExitsThreeOnlyForNewFindingsAtThatLevel() throws {
        let site = try ChangingSite.agency()
        // No earlier run: the director's mobile (high) is new.
        #expect(try scan(site, ["--fail-on", "high"]).0.status == 3)
        #expect(try scan(site, ["--fail-on", "high"]).0.status == 0)
        site.set(
            "/pho-giam-doc.html",
            "<html><body><p>Bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở, email: thuha.nguyen@gmail.com, DĐ: 0987 654 321</p></body></html>")
        let (critical, _) = try scan(site, ["--fail-on", "critical"])
        #expect(critical.status == 0, "\(critical.stderr)")
        // Run 3 recorded the deputy's mobile: it is no longer new.
        #expect(try scan(site, ["--fail-on", "high"]).0.status == 0)
        site.set("/", "<html><body><p>Ông Lê Quang Vinh, Giám đốc Sở, DĐ: 0913 472 586, nhà riêng: 0912 000 111</p></body></html>")
        let (gate, _) = try scan(site, ["--fail-on", "medium"])
        #expect(gate.status == 3)
        #expect(gate.stderr.contains("new findings of medium severity or worse"), "\(gate.stderr)")
        // Without a history every finding is new.
        let unrecorded = try Executable.run(["scan", site.url, "--delay", "0", "--no-history", "--fail-on", "high", "--quiet"])
        #expect(unrecorded.status == 3)
        #expect(try Executable.run(["scan", "--help"]).stdout.contains("--fail-on"))
    }

    @Test func notifyCommandGetsTheDatedReportOfNewHighFindings() throws {
        let site = try ChangingSite.agency()
        let reports = path("reports")
        let marker = path("notified")
        let result = try Executable.run([
            "scan", site.url, "--delay", "0", "--db", db, "--quiet", "--report-dir", reports,
            "--notify-command", "printf '%s %s' \"$1\" \"$EXPOSURE_AUDIT_NEW_FINDINGS\" > '\(marker)'",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: reports)
        #expect(files.count == 1 && files[0].hasPrefix("exposure-audit-") && files[0].hasSuffix(".json"), "\(files)")
        let notified = try String(contentsOfFile: marker, encoding: .utf8)
        #expect(notified == reports + "/" + files[0] + " 1")
        // Nothing new the second time: no notification.
        try FileManager.default.removeItem(atPath: marker)
        _ = try Executable.run([
            "scan", site.url, "--delay", "0", "--db", db, "--quiet", "--report-dir", reports,
            "--notify-command", "touch '\(marker)'",
        ])
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func sigkillMidCrawlLeavesEarlierRunsIntactAndItsOwnIncomplete() async throws {
        // An endless site, slow enough to be killed mid-crawl.
        let server = try LoopbackServer { request, writer in
            if request.path == "/robots.txt" || request.path == "/sitemap.xml" {
                return writer.send(status: 404, contentType: "text/plain", text: "none")
            }
            Thread.sleep(forTimeInterval: 0.01)
            let number = Int(request.path.dropFirst(3)) ?? 0
            let links = (1...5).map { "<a href='/p/\(number * 5 + $0)'>next</a>" }.joined()
            writer.send(contentType: "text/html; charset=utf-8", text: "<p>Ông Lê Quang Vinh, DĐ: 0913 472 586</p>\(links)")
        }
        let seed = server.baseURL + "/p/0"
        let earlier = try Executable.run(["scan", seed, "--delay", "0", "--db", db, "--max-pages", "20", "--quiet"])
        #expect(earlier.status == 0, "\(earlier.stderr)")

        let process = Executable.process(["scan", seed, "--delay", "0", "--db", db, "--max-depth", "1000", "--max-pages", "100000", "--quiet"])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reader = try DatabaseQueue(path: db, configuration: { var c = Configuration(); c.readonly = true; return c }())
        let deadline = Date().addingTimeInterval(60)
        while try await reader.read({ db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM page WHERE run = 2") ?? 0 }) < 100,
            Date() < deadline
        {
            try await Task.sleep(for: .milliseconds(100))
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let store = try await HistoryStore.open(path: db)
        let runs = try await store.runs()
        #expect(runs.map(\.id.rawValue) == [2, 1])
        #expect(runs.last?.complete == true)
        #expect(runs.last?.findingCount == 1)
        #expect(runs.first?.complete == false)
        #expect(runs.first?.finishedAt == nil)
        let stored = try await reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM page WHERE run = 2") ?? 0 }
        #expect(stored >= 100)
        let listing = try Executable.run(["history", "--db", db])
        #expect(listing.status == 0)
        #expect(listing.stdout.contains("INCOMPLETE"))
        // The killed run is no baseline for the next: it compares with run 1.
        let next = try Executable.run(["scan", seed, "--delay", "0", "--db", db, "--max-pages", "20"])
        #expect(next.stderr.contains("since run 1"), "\(next.stderr)")
    }

    @Test(arguments: [
        ("not-sqlite", "is not an exposure-audit history database"),
        ("newer", "written by a newer exposure-audit"),
        ("damaged", "is damaged"),
    ])
    func unusableHistoryIsAClearErrorNotACrash(kind: String, message: String) async throws {
        switch kind {
        case "not-sqlite":
            try Data("these are not the pages you are looking for\n".utf8).write(to: URL(fileURLWithPath: db))
        case "newer":
            _ = try await HistoryStore.open(path: db)
            try await DatabaseQueue(path: db).write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
            }
        default:
            let store = try await HistoryStore.open(path: db)
            for _ in 0..<3 { _ = try scan(try ChangingSite.agency()) }
            _ = store
            _ = try await DatabaseQueue(path: db).writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            // Scribble over every page after the header: the schema and the tables are gone.
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: db))
            let size = try handle.seekToEnd()
            try handle.seek(toOffset: 4096 + 100)
            try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 4196))
            try handle.close()
        }
        let site = try ChangingSite.agency()
        for arguments in [["scan", site.url, "--delay", "0", "--db", db], ["history", "--db", db], ["diff", "--db", db]] {
            let result = try Executable.run(arguments)
            #expect(result.status == 65, "\(arguments[0]): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("exposure-audit: error: "), "\(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
        #expect(site.server.requests.isEmpty)  // refused before crawling
    }

    @Test func scheduleWritesUnitsThatRepeatTheScan() throws {
        let home = path("home")
        let arguments = [
            "schedule", "--every", "weekly", "https://snv.example.gov.vn/", "--name", "Lê Quang Vinh", "--fail-on", "high",
            "--notify-command", "notify-send \"new: $1\" 100%",
        ]
        let printed = try Executable.run(arguments, environment: ["HOME": home, "XDG_DATA_HOME": home + "/data"])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains("OnCalendar=weekly"))
        #expect(printed.stdout.contains("SuccessExitStatus=3"))
        #expect(
            printed.stdout.contains(
                "\"scan\" \"https://snv.example.gov.vn/\" \"--name\" \"Lê Quang Vinh\" \"--fail-on\" \"high\" "
                    + "\"--notify-command\" \"notify-send \\\"new: $$1\\\" 100%%\" "
                    + "\"--report-dir\" \"\(home)/data/exposure-audit/reports/exposure-audit-snv.example.gov.vn-le-quang-vinh\""),
            "\(printed.stdout)")

        // The schedule's own options come before the scan's.
        let cron = try Executable.run(["schedule", "--cron"] + arguments.dropFirst())
        #expect(cron.stdout.hasPrefix("@weekly '/"), "\(cron.stdout)")
        #expect(cron.stdout.contains("'notify-send \"new: $1\" 100\\%'"), "\(cron.stdout)")

        let installed = try Executable.run(
            ["schedule", "--every", "daily", "--install", "https://snv.example.gov.vn/"], environment: ["HOME": home])
        #expect(installed.status == 0, "\(installed.stderr)")
        let units = home + "/.config/systemd/user/exposure-audit-snv.example.gov.vn"
        #expect(try String(contentsOfFile: units + ".timer", encoding: .utf8).contains("OnCalendar=daily"))
        #expect(try String(contentsOfFile: units + ".service", encoding: .utf8).contains("ExecStart="))

        let refused = try Executable.run(["schedule", "--every", "weekly", "https://x.example/", "--output", "r.json"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--report-dir"), "\(refused.stderr)")
    }
}
