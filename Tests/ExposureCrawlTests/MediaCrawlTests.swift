import ExposureCrawl
import ExposureNet
import Foundation
import LoopbackServer
import Synchronization
import Testing

/// Documents and images: fetched under their own caps, images by their first bytes.
@Suite struct MediaCrawlTests {
    /// A page showing five images and linking a PDF; each image answers a range with 206.
    private func site() throws -> LoopbackServer {
        try LoopbackServer { request, writer in
            switch request.path {
            case "/":
                writer.send(contentType: "text/html; charset=utf-8", text: "<a href='/next'>next</a>")
            case "/next":
                writer.send(contentType: "text/html; charset=utf-8", text: "leaf")
            case "/letter.pdf":
                writer.send(status: 200, headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.4".utf8))
            default:
                let body = [UInt8](repeating: 7, count: 1000)
                let ranged = request.headers["range"] != nil
                writer.send(
                    status: ranged ? 206 : 200, headers: [("Content-Type", "image/jpeg")],
                    body: ranged ? Array(body.prefix(10)) : body)
            }
        }
    }

    private func crawl(
        _ server: LoopbackServer, configure: (inout CrawlConfiguration) -> Void
    ) async throws -> (CrawlSummary, [FetchedPage]) {
        var configuration = CrawlConfiguration(seeds: [server.baseURL + "/"])
        configuration.delay = .zero
        configuration.readSitemaps = false
        configure(&configuration)
        let client = try HTTPClient()
        defer { client.shutdown() }
        let visited = Mutex<[FetchedPage]>([])
        let base = server.baseURL
        let summary = await Crawler(client: client, configuration: configuration).run { page in
            visited.withLock { $0.append(page) }
            switch page.kind {
            case .page where page.url == base + "/":
                return [CrawlLink(base + "/next"), CrawlLink(base + "/letter.pdf", kind: .document)]
                    + (1...5).map { CrawlLink(base + "/i\($0).jpg", kind: .image) }
            case .image where page.url == base + "/i1.jpg":
                // The first bytes were not enough: the whole file, once.
                return [CrawlLink(page.url, kind: .wholeImage), CrawlLink(page.url, kind: .wholeImage)]
            default:
                return []
            }
        }
        return (summary, visited.withLock { $0 })
    }

    @Test func mediaHaveTheirOwnCapsAndDoNotSpendThePageBudget() async throws {
        let server = try site()
        let (summary, visited) = try await crawl(server) {
            $0.maxPages = 2
            $0.maxDepth = 0
            $0.maxImages = 3
        }
        #expect(summary.pagesFetched == 1, "the depth limit holds /next back, not the media")
        #expect(summary.mediaFetched == 4, "one PDF, three images")
        #expect(summary.skipped[.mediaBudget] == 3, "two images, then the whole-file fetch over the cap")
        let kinds = Dictionary(grouping: visited, by: \.kind).mapValues(\.count)
        #expect(kinds[.document] == 1)
        #expect(kinds[.image] == 3)
    }

    @Test func imagesAreAskedForByTheirFirstBytesThenWholeOnce() async throws {
        let server = try site()
        let (_, visited) = try await crawl(server) { $0.imageHeaderBytes = 10 }
        let first = server.requests.filter { $0.path == "/i1.jpg" }
        #expect(first.map { $0.headers["range"] } == ["bytes=0-9", nil])
        let whole = try #require(visited.first { $0.kind == .wholeImage })
        #expect(whole.response.status == 200 && whole.response.body.count == 1000)
        #expect(visited.filter { $0.kind == .image }.allSatisfy { $0.response.status == 206 && $0.response.body.count == 10 })
    }

    @Test(arguments: [
        ("http://s/a/b.PDF", CrawlLink.Kind.document), ("http://s/x.docx?dl=1", .document), ("http://s/p.jpeg", .image),
        ("http://s/p.webp#f", .image), ("http://s/a.html", .page), ("http://s/dir.pdf/", .page), ("http://s/", .page),
        ("https://snv.gov.vn", .page), ("http://s/a.tar.gz", .page), ("http://s/p.JPG?w=150", .image),
        ("http://s/a.pdfx", .page), ("http://s/report.xlsx", .document),
    ])
    func fileExtensionsSayWhatALinkIs(url: String, kind: CrawlLink.Kind) {
        #expect(CrawlLink.kind(ofURL: url) == kind)
    }
}
