import ExposureCore
import ExposureKit
import ExposureReport
import Foundation
import LoopbackServer
import Synchronization
import Testing

/// A site whose home page holds one real exposure and links to one hostile resource.
private struct HostileSite {
    static let goodPage = """
        <html><body><table><tr><td>Ông Lê Quang Vinh</td><td>Giám đốc</td><td>DĐ: 0913 472 586</td></tr></table>
        LINKS</body></html>
        """

    let server: LoopbackServer

    /// `links` are inserted into the home page; `route` answers every other path.
    init(links: String, route: @escaping @Sendable (LoopbackRequest, LoopbackResponseWriter) -> Void) throws {
        server = try LoopbackServer { request, writer in
            if request.path == "/" {
                writer.send(contentType: "text/html; charset=utf-8", text: HostileSite.goodPage.replacingOccurrences(of: "LINKS", with: links))
            } else if request.path == "/sitemap.xml" || request.path == "/robots.txt" {
                writer.send(status: 404, contentType: "text/plain", text: "none")
            } else {
                route(request, writer)
            }
        }
    }

    func audit(_ configure: (inout AuditConfiguration) -> Void = { _ in }) async throws -> Report {
        var configuration = AuditConfiguration(seeds: [server.baseURL + "/"], subject: Subject(name: nil))
        configuration.delay = .zero
        configuration.retryBaseDelay = .milliseconds(10)
        configure(&configuration)
        return try await Auditor(configuration: configuration).run()
    }
}

extension Report {
    /// Whether the home page's exposure survived whatever else happened.
    var keptTheGoodFinding: Bool {
        findings.contains { $0.normalized == "+84913472586" && $0.person == "Lê Quang Vinh" }
    }

    func errors(about path: String) -> [String] {
        crawl.errors.filter { $0.url.hasSuffix(path) }.map(\.message)
    }
}

private func html(_ writer: LoopbackResponseWriter, _ body: String) {
    writer.send(contentType: "text/html; charset=utf-8", text: "<html><body>\(body)</body></html>")
}

@Suite(.timeLimit(.minutes(1))) struct HostileServerTests {
    @Test func aServerDrippingOneBytePerSecondIsCutOff() async throws {
        let site = try HostileSite(links: "<a href='/drip'>drip</a>") { _, writer in
            _ = writer.write(Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".utf8))
            for _ in 0..<60 {
                guard writer.write([UInt8(ascii: "<")]) else { return }
                Thread.sleep(forTimeInterval: 1)
            }
        }
        let clock = ContinuousClock()
        let start = clock.now
        let report = try await site.audit {
            $0.requestTimeout = .seconds(2)
            $0.maxRetries = 0
        }
        #expect(clock.now - start < .seconds(15))
        #expect(report.keptTheGoodFinding)
        #expect(report.errors(about: "/drip").first?.contains("timed out") == true)
    }

    @Test func anEndlessBodyHitsTheSizeCap() async throws {
        let site = try HostileSite(links: "<a href='/endless'>endless</a>") { _, writer in
            _ = writer.write(Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".utf8))
            let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 64 * 1024)
            while writer.write(chunk) {}
        }
        let report = try await site.audit()
        #expect(report.keptTheGoodFinding)
        #expect(report.errors(about: "/endless").first?.contains("exceeds") == true)
    }

    @Test func aGzipBombIsStoppedAtTheCapOnDecodedBytes() async throws {
        let bomb = try systemGzip([UInt8](repeating: 0x20, count: 64 * 1024 * 1024), level: 9)
        #expect(bomb.count < 1024 * 1024)
        let site = try HostileSite(links: "<a href='/bomb'>bomb</a>") { _, writer in
            writer.send(status: 200, headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: bomb)
        }
        let report = try await site.audit()
        #expect(report.keptTheGoodFinding)
        #expect(report.errors(about: "/bomb").first?.contains("exceeds") == true)
    }

    @Test func redirectLoopsAndOffsiteRedirectsGoNowhere() async throws {
        let site = try HostileSite(links: "<a href='/loop-a'>a</a> <a href='/away'>away</a>") { request, writer in
            switch request.path {
            case "/loop-a": writer.send(status: 302, headers: [("Location", "/loop-b")])
            case "/loop-b": writer.send(status: 302, headers: [("Location", "/loop-a")])
            default: writer.send(status: 301, headers: [("Location", "http://offsite.invalid/trap")])
            }
        }
        let report = try await site.audit()
        #expect(report.keptTheGoodFinding)
        #expect(report.crawl.errors.contains { $0.message.hasPrefix("redirect loop") })
        #expect(report.crawl.skipped["offsite"] == 1)
    }

    @Test func aStormOf404sIsReportedAndTheCrawlGoesOn() async throws {
        let links = (1...150).map { "<a href='/gone/\($0)'>x</a>" }.joined()
        let site = try HostileSite(links: links + "<a href='/ok'>ok</a>") { request, writer in
            if request.path == "/ok" { return html(writer, "<p>Bà Võ Thị Lan, SĐT: 0905 318 624</p>") }
            writer.send(status: 404, contentType: "text/html", text: "missing")
        }
        let report = try await site.audit()
        #expect(report.keptTheGoodFinding)
        #expect(report.crawl.pagesFailed == 150)
        #expect(report.crawl.errors.filter { $0.message == "HTTP 404" }.count == 150)
        #expect(report.findings.contains { $0.normalized == "+84905318624" })
    }

    @Test func aStormOf500sIsRetriedThenTheServerIsGivenUp() async throws {
        let links = (1...60).map { "<a href='/broken/\($0)'>x</a>" }.joined()
        let site = try HostileSite(links: links) { _, writer in
            writer.send(status: 500, contentType: "text/html", text: "oops")
        }
        let report = try await site.audit()
        #expect(report.keptTheGoodFinding)
        #expect(report.crawl.errors.contains { $0.message.contains("gave up on this server") })
        #expect((report.crawl.skipped["host_failed"] ?? 0) > 0)
        #expect(report.crawl.errors.contains { $0.message == "HTTP 500 (after 3 attempts)" })
        // Far fewer than 60 pages x 3 attempts reached the server.
        #expect(site.server.requestedPaths.filter { $0.hasPrefix("/broken/") }.count < 60)
    }

    @Test func tooManyRequestsWithRetryAfterIsWaitedOut() async throws {
        let asked = AskedOnce()
        let site = try HostileSite(links: "<a href='/busy'>busy</a>") { _, writer in
            if asked.first() {
                writer.send(status: 429, headers: [("Retry-After", "1"), ("Content-Type", "text/plain")], body: Array("slow down".utf8))
            } else {
                html(writer, "<p>Bà Võ Thị Lan, SĐT: 0905 318 624</p>")
            }
        }
        let clock = ContinuousClock()
        let start = clock.now
        let report = try await site.audit()
        #expect(clock.now - start >= .seconds(1))
        #expect(report.findings.contains { $0.normalized == "+84905318624" })
        #expect(report.crawl.errors.isEmpty)
    }

    @Test func aRetryAfterLongerThanTheLimitIsReported() async throws {
        let site = try HostileSite(links: "<a href='/later'>later</a>") { _, writer in
            writer.send(status: 503, headers: [("Retry-After", "86400"), ("Content-Type", "text/plain")])
        }
        let report = try await site.audit()
        #expect(report.keptTheGoodFinding)
        #expect(report.errors(about: "/later").first?.contains("asks to wait 86400 s") == true)
    }

    @Test func aMalformedRobotsTxtDoesNotStopTheAudit() async throws {
        let server = try LoopbackServer { request, writer in
            switch request.path {
            case "/robots.txt":
                writer.send(
                    status: 200, headers: [("Content-Type", "text/plain")],
                    body: Array("\u{FEFF}User-agent *\nDisalow: /x\n<html>\n".utf8) + [0xFF, 0x00, 0xFE] + Array("\nDisallow /private\n".utf8))
            case "/": html(writer, HostileSite.goodPage.replacingOccurrences(of: "LINKS", with: "<a href='/private/a'>p</a>"))
            default: html(writer, "<p>Ông Trần Đức Minh, DĐ: 0358 614 290</p>")
            }
        }
        var configuration = AuditConfiguration(seeds: [server.baseURL + "/"], subject: Subject(name: nil))
        configuration.delay = .zero
        let report = try await Auditor(configuration: configuration).run()
        #expect(report.keptTheGoodFinding)
        #expect(!server.requestedPaths.contains("/private/a"))
    }

    @Test func aRobotsTxtAnswering500MeansNothingIsCrawledAndSaysWhy() async throws {
        let server = try LoopbackServer { request, writer in
            if request.path == "/robots.txt" { return writer.send(status: 500, contentType: "text/plain", text: "down") }
            html(writer, HostileSite.goodPage)
        }
        var configuration = AuditConfiguration(seeds: [server.baseURL + "/"], subject: Subject(name: nil))
        configuration.delay = .zero
        do {
            _ = try await Auditor(configuration: configuration).run()
            Issue.record("the audit must fail")
        } catch {
            #expect(error.code == .unreachable)
            #expect(error.message.contains("robots.txt answered HTTP 500"))
        }
        #expect(server.requestedPaths == ["/robots.txt"])
    }

    @Test func aPageWithFiftyThousandLinksStaysWithinBudget() async throws {
        let links = (1...50_000).map { "<a href='/p/\($0)'>\($0)</a>" }.joined(separator: " ")
        let site = try HostileSite(links: links) { _, writer in html(writer, "<p>page</p>") }
        let report = try await site.audit { $0.maxPages = 100 }
        #expect(report.keptTheGoodFinding)
        #expect(report.crawl.pages.count <= 100)
        #expect((report.crawl.skipped["budget"] ?? 0) > 49_000)
    }

    @Test func invalidUTF8AndWindows1258PagesAreRead() async throws {
        let legacyName: [UInt8] = Array("Nguy".utf8) + [0xEA, 0xDE] + Array("n V".utf8) + [0xE3] + Array("n T".utf8) + [0xE1] + Array("m".utf8)
        let site = try HostileSite(links: "<a href='/bad'>bad</a> <a href='/old'>old</a>") { request, writer in
            if request.path == "/bad" {
                let body = Array("<html><body><p>Ông Phan Văn Tâm \u{0}".utf8) + [0xFF, 0xFE, 0xC3] + Array(" DĐ: 0905 318 624</p></body></html>".utf8)
                writer.send(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: body)
            } else {
                let body = Array("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'></head><body><p>".utf8)
                    + legacyName + Array(", DD: 0914 203 587</p></body></html>".utf8)
                writer.send(status: 200, headers: [("Content-Type", "text/html")], body: body)
            }
        }
        let report = try await site.audit()
        #expect(report.keptTheGoodFinding)
        #expect(report.findings.contains { $0.normalized == "+84905318624" && $0.person == "Phan Văn Tâm" })
        #expect(report.findings.contains { $0.normalized == "+84914203587" && $0.person == "Nguyễn Văn Tám" })
        #expect(report.crawl.errors.isEmpty)
    }

    @Test func anEndlessCalendarIsBoundedByItsPatternBudget() async throws {
        let site = try HostileSite(links: "<a href='/lich?thang=1'>lịch</a>") { request, writer in
            let month = Int(request.target.split(separator: "=").last ?? "1") ?? 1
            html(writer, "<a href='/lich?thang=\(month + 1)'>sau</a> <a href='/lich?thang=\(month - 1)'>trước</a>")
        }
        let report = try await site.audit {
            $0.maxDepth = 100_000
            $0.maxPages = 5_000
        }
        #expect(report.keptTheGoodFinding)
        #expect((report.crawl.skipped["pattern_budget"] ?? 0) > 0)
        #expect(report.crawl.pagesFetched <= 202)
    }
}

/// True the first time only.
private final class AskedOnce: Sendable {
    private let asked = Mutex(false)
    func first() -> Bool { asked.withLock { value in defer { value = true }; return !value } }
}
