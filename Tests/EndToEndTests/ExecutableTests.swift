import ExposureReport
import Foundation
import LoopbackServer
import Testing

/// Runs the built `exposure-audit` binary as a user would.
struct Executable {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary sits beside the test bundle in the build products directory.
    static let url: URL = {
        var directory = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("exposure-audit").path),
            directory.pathComponents.count > 1
        {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("exposure-audit")
    }()

    /// Where runs record their history unless a test says otherwise: never the user's own.
    static let dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("ea-data-\(UUID().uuidString)")

    /// A process of the binary, not started, with `environment` over the test's and
    /// `XDG_DATA_HOME` in a temporary directory.
    static func process(_ arguments: [String], environment: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["XDG_DATA_HOME": dataHome.path].merging(environment) { $1 }) { $1 }
        return process
    }

    static func run(
        _ arguments: [String], environment: [String: String] = [:], interruptAfter: TimeInterval? = nil
    ) throws -> Result {
        let process = process(arguments, environment: environment)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let interruptAfter {
            DispatchQueue.global().asyncAfter(deadline: .now() + interruptAfter) { process.interrupt() }
        }
        // Read before waiting so a large report cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Checks a decoded JSON report against contract v1, field by field and type by type.
func contractViolations(_ object: Any) -> [String] {
    var problems: [String] = []
    func require<T>(_ value: Any?, _ type: T.Type, _ path: String, nullable: Bool = false) {
        if nullable, value is NSNull { return }
        if !(value is T) { problems.append("\(path): expected \(T.self), got \(String(describing: value))") }
    }
    guard let root = object as? [String: Any] else { return ["root is not an object"] }
    require(root["schema"], String.self, "schema")
    if root["schema"] as? String != "exposure-audit/report/v1" { problems.append("schema identifier") }
    require((root["tool"] as? [String: Any])?["name"], String.self, "tool.name")
    require((root["tool"] as? [String: Any])?["version"], String.self, "tool.version")
    let subject = root["subject"] as? [String: Any]
    require(subject?["name"], String.self, "subject.name", nullable: true)
    require(subject?["aliases"], [Any].self, "subject.aliases")
    for key in ["startedAt", "finishedAt"] {
        require(root[key], String.self, key)
        if let text = root[key] as? String, (try? Date.ISO8601FormatStyle().parse(text)) == nil {
            problems.append("\(key) is not ISO 8601")
        }
    }
    let crawl = root["crawl"] as? [String: Any]
    require(crawl?["seeds"], [String].self, "crawl.seeds")
    for key in ["pagesFetched", "pagesFailed", "bytesFetched"] { require(crawl?[key], Int.self, "crawl.\(key)") }
    require(crawl?["skipped"], [String: Int].self, "crawl.skipped")
    for (index, error) in (crawl?["errors"] as? [[String: Any]] ?? []).enumerated() {
        require(error["url"], String.self, "crawl.errors[\(index)].url")
        require(error["message"], String.self, "crawl.errors[\(index)].message")
    }
    let kinds: Set<String> = [
        "phone", "email", "address", "title", "workplace", "national_id", "dob", "family", "social", "portrait",
        "image_metadata", "document_metadata",
    ]
    let severities: Set<String> = ["info", "low", "medium", "high", "critical"]
    require(root["findings"], [[String: Any]].self, "findings")
    for (index, finding) in (root["findings"] as? [[String: Any]] ?? []).enumerated() {
        let path = "findings[\(index)]"
        for key in ["id", "value", "normalized"] { require(finding[key], String.self, "\(path).\(key)") }
        require(finding["person"], String.self, "\(path).person", nullable: true)
        if !kinds.contains(finding["kind"] as? String ?? "") { problems.append("\(path).kind") }
        if !severities.contains(finding["severity"] as? String ?? "") { problems.append("\(path).severity") }
        if let confidence = finding["confidence"] as? Double, !(0...1).contains(confidence) {
            problems.append("\(path).confidence out of range")
        }
        require(finding["confidence"], Double.self, "\(path).confidence")
        let occurrences = finding["occurrences"] as? [[String: Any]] ?? []
        if occurrences.isEmpty { problems.append("\(path).occurrences empty") }
        for occurrence in occurrences {
            for key in ["url", "path", "context"] { require(occurrence[key], String.self, "\(path).occurrences.\(key)") }
        }
    }
    let ids = Set((root["findings"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    require(root["people"], [[String: Any]].self, "people")
    for (index, person) in (root["people"] as? [[String: Any]] ?? []).enumerated() {
        require(person["name"], String.self, "people[\(index)].name")
        require(person["occurrences"], [[String: Any]].self, "people[\(index)].occurrences")
        for id in person["findings"] as? [String] ?? [] where !ids.contains(id) {
            problems.append("people[\(index)] names unknown finding \(id)")
        }
    }
    require(root["checklist"], [Any].self, "checklist")
    require(root["accepted"], [[String: Any]].self, "accepted")
    for (index, risk) in (root["accepted"] as? [[String: Any]] ?? []).enumerated() {
        require(risk["reason"], String.self, "accepted[\(index)].reason")
        require(risk["until"], String.self, "accepted[\(index)].until", nullable: true)
        if !ids.contains(risk["id"] as? String ?? "") { problems.append("accepted[\(index)] names unknown finding") }
    }
    return problems
}

@Suite(.serialized) struct ExecutableTests {
    @Test func scansTheSampleSiteAndWritesAValidReport() throws {
        let server = try SampleSite.serve()
        let expected = try SampleSite.expectations()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ea-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }

        let result = try Executable.run(["scan", server.baseURL + "/", "--delay", "0", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Lê Quang Vinh"))
        #expect(result.stderr.contains("Report written to"))

        let data = try Data(contentsOf: output)
        let object = try JSONSerialization.jsonObject(with: data)
        #expect(contractViolations(object) == [])
        let report = try Report.decode(jsonData: data)
        let phones = Set(report.findings.filter { $0.kind == .phone }.map(\.normalized))
        #expect(Set(expected.phones.map(\.normalized)).subtracting(phones).isEmpty)
        let emails = Set(report.findings.filter { $0.kind == .email }.map(\.normalized))
        #expect(Set(expected.emails.map(\.normalized)).subtracting(emails).isEmpty)
        for path in expected.forbidden.paths { #expect(!server.requestedPaths.contains(path)) }
        let permissions = try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func jsonToStandardOutput() throws {
        let server = try SampleSite.serve()
        let result = try Executable.run([
            "scan", server.baseURL + "/gioi-thieu/lanh-dao.html", "--max-depth", "0", "--format", "json",
            "--name", "Le Quang Vinh", "--delay", "0",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Report.decode(jsonData: Data(result.stdout.utf8))
        #expect(report.subject.name == "Le Quang Vinh")
        #expect(report.crawl.pagesFetched == 1)
        #expect(report.findings.contains { $0.normalized == "+84913472586" })
    }

    @Test(arguments: [
        (["scan", "ftp://example.gov.vn/"], Int32(64), "not an http or https URL"),
        (["scan", "--max-pages", "lots", "http://127.0.0.1/"], Int32(64), "lots"),
        (["scan", "--no-such-flag", "http://127.0.0.1/"], Int32(64), "no-such-flag"),
        (["scan", "--alias", "X", "http://127.0.0.1/"], Int32(64), "--alias needs --name"),
        (["scan", "--format", "pdf", "http://127.0.0.1/"], Int32(64), "pdf"),
    ])
    func usageErrorsGetOneClearLine(arguments: [String], status: Int32, mention: String) throws {
        let result = try Executable.run(arguments)
        #expect(result.status == status)
        #expect(result.stderr.contains(mention), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("exposure-audit: error: "))
        #expect(result.stdout.isEmpty)
    }

    @Test func unreachableSiteExitsSixtyNine() throws {
        let server = try LoopbackServer { _, writer in writer.send(status: 200) }
        let url = server.baseURL + "/"
        server.stop()
        let result = try Executable.run(["scan", url, "--delay", "0", "--quiet"])
        #expect(result.status == 69)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("exposure-audit: error: could not fetch") == true)
    }

    @Test func helpDocumentsExitCodes() throws {
        let result = try Executable.run(["scan", "--help"])
        #expect(result.status == 0)
        for code in ["64", "69", "70", "73"] { #expect(result.stdout.contains(code)) }
    }

    @Test func unwritableOutputExitsSeventyThree() throws {
        let server = try SampleSite.serve()
        let result = try Executable.run([
            "scan", server.baseURL + "/lien-he.html", "--max-depth", "0", "--delay", "0", "--quiet",
            "--output", "/nonexistent-dir/report.json",
        ])
        #expect(result.status == 73)
        #expect(result.stderr.contains("cannot write the report"))
    }

    @Test func ctrlCStopsGracefullyAndStillWritesTheReport() throws {
        // An endless, slow site: only an interrupt ends this crawl.
        let server = try LoopbackServer { request, writer in
            if request.path == "/robots.txt" || request.path == "/sitemap.xml" {
                return writer.send(status: 404, contentType: "text/plain", text: "none")
            }
            Thread.sleep(forTimeInterval: 0.2)
            let number = Int(request.path.dropFirst(3)) ?? 0
            let links = (1...5).map { "<a href='/p/\(number * 5 + $0)'>next</a>" }.joined()
            writer.send(
                contentType: "text/html; charset=utf-8",
                text: "<p>Ông Lê Quang Vinh, DĐ: 0913 472 586</p>\(links)")
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ea-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("ea-\(UUID().uuidString).sqlite").path
        let result = try Executable.run(
            [
                "scan", server.baseURL + "/p/0", "--delay", "0", "--max-depth", "1000", "--max-pages", "100000", "-o",
                output.path, "--db", db,
            ],
            interruptAfter: 2)
        #expect(result.status == 130, "\(result.stderr)")
        #expect(result.stderr.contains("Stopping"))
        let report = try Report.decode(jsonData: Data(contentsOf: output))
        #expect(report.complete == false)
        #expect(report.findings.contains { $0.normalized == "+84913472586" })
        #expect(report.crawl.pagesFetched > 1)
        // The run is recorded incomplete, with what was found.
        let history = try Executable.run(["history", "--db", db, "--format", "json"])
        let runs = (try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])?["runs"] as? [[String: Any]]
        #expect(runs?.count == 1)
        #expect(runs?.first?["complete"] as? Bool == false)
        #expect((runs?.first?["findings"] as? [String: Int])?["high"] == 1)
        #expect((runs?.first?["crawl"] as? [String: Any])?["pagesFetched"] as? Int == report.crawl.pagesFetched)
    }

    @Test func ignoringRobotsIsSaidLoudly() throws {
        let server = try SampleSite.serve()
        let result = try Executable.run([
            "scan", server.baseURL + "/lien-he.html", "--max-depth", "0", "--delay", "0", "--quiet", "--ignore-robots",
            "--format", "json",
        ])
        #expect(result.status == 0)
        #expect(result.stderr.contains("robots.txt is IGNORED"))
        let report = try Report.decode(jsonData: Data(result.stdout.utf8))
        #expect(report.crawl.robotsIgnored)
    }
}
