import ExposureCrawl
import ExposureNet
import Foundation
import LoopbackServer
import Synchronization
import Testing

/// A small site with the shapes a crawler must handle: robots rules, depth, redirects, loops.
private func startSite() throws -> LoopbackServer {
    try LoopbackServer { request, writer in
        func html(_ body: String) { writer.send(contentType: "text/html; charset=utf-8", text: "<html><body>\(body)</body></html>") }
        switch request.path {
        case "/robots.txt":
            writer.send(contentType: "text/plain", text: "User-agent: *\nDisallow: /private/\n")
        case "/":
            html("""
                <a href="/a">a</a> <a href="b">b</a> <a href="/private/x">private</a>
                <a href="http://elsewhere.invalid/">offsite</a> <a href="/deep1">deep</a>
                <a href="/redirect">redirect</a> <a href="/loop1">loop</a> <a href="/missing">missing</a>
                <a href="/to-offsite">to offsite</a> <a href="/doc.pdf">pdf</a> <a href="mailto:x@y.vn">mail</a>
                """)
        case "/a", "/b": html("<a href='/'>home</a> <a href='/a#frag'>self</a>")
        case "/deep1": html("<a href='/deep2'>deeper</a>")
        case "/deep2": html("<a href='/deep3'>deepest</a>")
        case "/redirect": writer.send(status: 302, headers: [("Location", "/a")])
        case "/loop1": writer.send(status: 301, headers: [("Location", "/loop2")])
        case "/loop2": writer.send(status: 301, headers: [("Location", "/loop1")])
        case "/to-offsite": writer.send(status: 302, headers: [("Location", "http://elsewhere.invalid/x")])
        case "/doc.pdf": writer.send(status: 200, headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.4".utf8))
        default: writer.send(status: 404, contentType: "text/html", text: "not found")
        }
    }
}

private func crawl(_ server: LoopbackServer, configure: (inout CrawlConfiguration) -> Void = { _ in })
    async throws -> (CrawlSummary, [String])
{
    var configuration = CrawlConfiguration(seeds: [server.baseURL + "/"])
    configuration.delay = .zero
    configuration.maxDepth = 2
    configure(&configuration)
    let client = try HTTPClient()
    defer { client.shutdown() }
    let visited = VisitLog()
    let summary = await Crawler(client: client, configuration: configuration).run { page in
        visited.append(page.url)
        let body = String(decoding: page.response.body, as: UTF8.self)
        return body.matches(of: /href=["']([^"']+)["']/).compactMap {
            CrawlLink(CanonicalURL.resolve(String($0.output.1), against: page.url) ?? String($0.output.1))
        }
    }
    return (summary, visited.urls)
}

private final class VisitLog: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ url: String) { storage.withLock { $0.append(url) } }
    var urls: [String] { storage.withLock { $0 } }
}

@Suite struct CrawlerTests {
    @Test func obeysRobotsScopeDepthAndDedupe() async throws {
        let server = try startSite()
        let (summary, visited) = try await crawl(server)
        let paths = Set(visited.map { String($0.dropFirst(server.baseURL.count)) })
        // The PDF reaches the visitor too, to be read; its links are not looked for.
        #expect(paths == ["/", "/a", "/b", "/deep1", "/deep2", "/doc.pdf"])
        #expect(!server.requestedPaths.contains("/private/x"))
        #expect(!server.requestedPaths.contains("/deep3"))
        #expect(summary.skipped[.robots] == 1)
        #expect(summary.skipped[.depth] == 1)
        #expect(summary.skipped[.offsite] == 2)  // one link, one redirect
        // /a is fetched once although it is linked three times and redirected to once.
        #expect(server.requestedPaths.filter { $0 == "/a" }.count == 1)
        #expect(summary.complete)
    }

    @Test func recordsFailuresAndNonHTMLPages() async throws {
        let server = try startSite()
        let (summary, _) = try await crawl(server)
        let messages = summary.errors.map(\.message)
        #expect(messages.contains { $0.hasPrefix("redirect loop") })
        #expect(summary.errors.contains { $0.url.hasSuffix("/missing") && $0.message == "HTTP 404" })
        let pdf = summary.pages.first { $0.url.hasSuffix("/doc.pdf") }
        #expect(pdf?.contentType == "application/pdf")
        #expect(pdf?.bytes == 8)
    }

    @Test func pageBudgetStopsTheCrawl() async throws {
        let server = try startSite()
        let (summary, visited) = try await crawl(server) { $0.maxPages = 3 }
        #expect(summary.pages.count + summary.pagesFailed <= 3)
        #expect(visited.count <= 3)
        #expect((summary.skipped[.budget] ?? 0) > 0)
    }

    @Test func ignoringRobotsFetchesDisallowedPages() async throws {
        let server = try startSite()
        _ = try await crawl(server) { $0.obeyRobots = false }
        #expect(server.requestedPaths.contains("/private/x"))
        #expect(!server.requestedPaths.contains("/robots.txt"))
    }

    @Test func robotsServerErrorMeansDisallowAll() async throws {
        let server = try LoopbackServer { request, writer in
            if request.path == "/robots.txt" {
                writer.send(status: 500, contentType: "text/plain", text: "oops")
            } else {
                writer.send(contentType: "text/html", text: "<a href='/x'>x</a>")
            }
        }
        let (summary, visited) = try await crawl(server)
        #expect(visited.isEmpty)
        // The seed and the guessed /sitemap.xml are both refused.
        #expect(summary.skipped[.robots] == 2)
        #expect(server.requestedPaths == ["/robots.txt"])
        #expect(summary.errors.count == 1)
        #expect(summary.errors.first?.message.contains("HTTP 500") == true)
    }

    @Test func unreachableSeedIsReportedNotThrown() async throws {
        let server = try LoopbackServer { _, writer in writer.send(status: 200) }
        let deadURL = server.baseURL + "/"
        server.stop()
        var configuration = CrawlConfiguration(seeds: [deadURL])
        configuration.obeyRobots = false
        let client = try HTTPClient()
        defer { client.shutdown() }
        let summary = await Crawler(client: client, configuration: configuration).run { _ in [] }
        #expect(summary.pagesFetched == 0)
        #expect(summary.errors.count == 1)
    }
}
