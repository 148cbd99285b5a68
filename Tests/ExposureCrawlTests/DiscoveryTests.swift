import ExposureCrawl
import ExposureNet
import Foundation
import LoopbackServer
import Synchronization
import Testing

/// Runs a crawl of `server` that follows every `href` it sees and returns what it fetched.
private func crawl(
    _ server: LoopbackServer, configure: (inout CrawlConfiguration) -> Void = { _ in }
) async throws -> (summary: CrawlSummary, paths: Set<String>) {
    var configuration = CrawlConfiguration(seeds: [server.baseURL + "/"])
    configuration.delay = .zero
    configuration.retryBaseDelay = .milliseconds(5)
    configure(&configuration)
    let client = try HTTPClient()
    defer { client.shutdown() }
    let summary = await Crawler(client: client, configuration: configuration).run { page in
        String(decoding: page.response.body, as: UTF8.self).matches(of: /href=["']([^"']+)["']/).compactMap {
            CanonicalURL.resolve(String($0.output.1), against: page.url).map { CrawlLink($0) }
        }
    }
    // Pages proper: the guessed /sitemap.xml is fetched on every site.
    let paths = Set(summary.pages.filter { $0.status == 200 }.map { String($0.url.dropFirst(server.baseURL.count)) })
        .subtracting(["/sitemap.xml"])
    return (summary, paths)
}

@Suite struct SitemapDiscoveryTests {
    @Test func robotsSitemapIndexAndGzippedSitemapsAreFollowed() async throws {
        let server = try LoopbackServer { request, writer in
            let base = "http://127.0.0.1:\(request.headers["host"]?.split(separator: ":").last ?? "")"
            switch request.path {
            case "/robots.txt":
                writer.send(contentType: "text/plain", text: "User-agent: *\nAllow: /\nSitemap: \(base)/index.xml\n")
            case "/index.xml":
                writer.send(
                    contentType: "application/xml",
                    text: "<sitemapindex><sitemap><loc>\(base)/pages.xml</loc></sitemap><sitemap><loc>\(base)/more.xml.gz</loc></sitemap></sitemapindex>")
            case "/pages.xml":
                writer.send(
                    contentType: "application/xml",
                    text: "<urlset><url><loc>\(base)/only-in-sitemap</loc></url><url><loc>http://elsewhere.invalid/x</loc></url></urlset>")
            case "/more.xml.gz":
                let xml = "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>\(base)/from-gz</loc></url></urlset>"
                writer.send(status: 200, headers: [("Content-Type", "application/gzip")], body: try! systemGzip(Array(xml.utf8)))
            default:
                writer.send(contentType: "text/html", text: "<p>page</p>")
            }
        }
        let (summary, paths) = try await crawl(server)
        #expect(paths.isSuperset(of: ["/", "/only-in-sitemap", "/from-gz"]))
        #expect(!server.requestedPaths.contains("/sitemap.xml"))
        #expect(summary.skipped[.offsite] == 1)
        #expect(summary.errors.isEmpty)
    }

    @Test func sitemapXmlIsTriedWhenNoneIsAnnouncedAndItsAbsenceIsNoError() async throws {
        let server = try LoopbackServer { request, writer in
            if request.path == "/sitemap.xml" || request.path == "/robots.txt" {
                return writer.send(status: 404, contentType: "text/plain", text: "no")
            }
            writer.send(contentType: "text/html", text: "<p>home</p>")
        }
        let (summary, _) = try await crawl(server)
        #expect(server.requestedPaths.contains("/sitemap.xml"))
        #expect(summary.errors.isEmpty)
        #expect(summary.pagesFailed == 0)
    }
}

@Suite struct ScopeAndTrapTests {
    @Test func excludedPathsAndTrapsAreSkippedAndCounted() async throws {
        let long = String(repeating: "x", count: 3000)
        let server = try LoopbackServer { request, writer in
            switch request.path {
            case "/":
                writer.send(
                    contentType: "text/html",
                    text: """
                        <a href="/tim-kiem?q=a">search</a> <a href="/a/b/a/b/a/b/">loop</a>
                        <a href="/long?\(long)">long</a> <a href="/ok?utm_source=x&fbclid=y">ok</a> <a href="/ok">ok again</a>
                        """)
            default: writer.send(contentType: "text/html", text: "<p>page</p>")
            }
        }
        let (summary, paths) = try await crawl(server) { $0.excludePaths = ["/tim-kiem"] }
        #expect(paths == ["/", "/ok"])
        #expect(summary.skipped[.excluded] == 1)
        #expect(summary.skipped[.pathTrap] == 1)
        #expect(summary.skipped[.urlTooLong] == 1)
        #expect(server.requestedPaths.filter { $0.hasPrefix("/ok") } == ["/ok"])
    }

    @Test func linksToAnIncludedHostThatResolvesInternallyAreRefused() async throws {
        let server = try LoopbackServer { request, writer in
            let port = request.headers["host"]?.split(separator: ":").last ?? ""
            writer.send(contentType: "text/html", text: "<a href='http://localhost:\(port)/admin'>admin</a>")
        }
        let (summary, paths) = try await crawl(server) { $0.includeHosts = ["localhost"] }
        #expect(paths == ["/"])
        #expect(summary.errors.contains { $0.message.contains("internal address") })
        #expect(!server.requestedPaths.contains("/admin"))
    }

    @Test func byteAndTimeBudgetsStopTheCrawl() async throws {
        let server = try LoopbackServer { request, writer in
            let number = Int(request.path.dropFirst(3)) ?? 0
            let padding = String(repeating: "chữ ", count: 5000)
            writer.send(contentType: "text/html", text: "<a href='/p/\(number + 1)'>next</a><p>\(padding)</p>")
        }
        let (bytesLimited, _) = try await crawl(server) {
            $0.maxBytes = 100_000
            $0.maxDepth = 1000
        }
        #expect(bytesLimited.pagesFetched < 10)
        #expect(bytesLimited.skipped[.budget] == 1)
        let (timeLimited, _) = try await crawl(server) {
            $0.maxDuration = .milliseconds(300)
            $0.maxDepth = 100_000
            $0.maxPages = 1_000_000
        }
        #expect((timeLimited.skipped[.budget] ?? 0) >= 1)
        #expect(timeLimited.complete)
    }
}

@Suite struct TrackingParameterTests {
    @Test(arguments: [
        ("http://s.vn/a?utm_source=fb&id=3&utm_medium=x", "http://s.vn/a?id=3"),
        ("http://s.vn/a?fbclid=abc", "http://s.vn/a"),
        ("http://s.vn/a;jsessionid=ABC123?x=1", "http://s.vn/a?x=1"),
        ("http://s.vn/a?PHPSESSID=1&page=2", "http://s.vn/a?page=2"),
        ("http://s.vn/a?sid=12", "http://s.vn/a?sid=12"),
    ])
    func trackingParametersAreDropped(input: String, expected: String) {
        #expect(CanonicalURL.canonicalize(input) == expected)
    }
}
