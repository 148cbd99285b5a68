import ExposureNet
import LoopbackServer
import Testing

/// Successful exchanges: what a response carries and what the request sends.
@Suite(.timeLimit(.minutes(1)))
struct HTTPClientResponseTests {
    @Test func returnsStatusHeadersBodyAndTransferFacts() async throws {
        let server = try LoopbackServer { _, writer in
            writer.send(
                status: 200,
                headers: [("Content-Type", "text/html; charset=utf-8"), ("X-Trace", "one"), ("x-trace", "two")],
                body: Array("<h1>Staff directory</h1>".utf8))
        }
        let client = try HTTPClient()
        let url = server.baseURL + "/staff?page=1"

        let response = try await client.fetch(HTTPRequest(url: url))

        #expect(response.status == 200)
        #expect(response.url == url)
        #expect(String(decoding: response.body, as: UTF8.self) == "<h1>Staff directory</h1>")
        #expect(response.contentType == "text/html; charset=utf-8")
        #expect(response.header("X-TRACE") == "two")
        #expect(response.header("X-Missing") == nil)
        #expect(response.httpVersion == "1.1")
        #expect(response.remoteAddress == "127.0.0.1")
        #expect(response.wireBytes > response.body.count)
        #expect(!response.isRedirect)
        #expect(response.timing.total > .zero)
        #expect(response.timing.firstByte <= response.timing.total)
        #expect(response.timing.connect <= response.timing.firstByte)
        #expect(server.requestedPaths == ["/staff?page=1"])
    }

    @Test func errorStatusesAreResponsesNotErrors() async throws {
        let server = try LoopbackServer { _, writer in
            writer.send(status: 404, contentType: "text/html", text: "<h1>404</h1>")
        }
        let client = try HTTPClient()

        let response = try await client.fetch(HTTPRequest(url: server.baseURL + "/gone"))

        #expect(response.status == 404)
        #expect(String(decoding: response.body, as: UTF8.self) == "<h1>404</h1>")
    }

    @Test func decodesGzipContentEncoding() async throws {
        let page = Array(String(repeating: "<p>Call Jane Roe at 555-0100.</p>\n", count: 3000).utf8)
        let compressed = try gzipped(page)
        let server = try LoopbackServer { _, writer in
            writer.send(
                status: 200, headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: compressed)
        }
        let client = try HTTPClient()

        let response = try await client.fetch(HTTPRequest(url: server.baseURL + "/"))

        #expect(response.body == page)
        #expect(response.header("Content-Encoding") == "gzip")
        #expect(response.wireBytes < page.count / 10)
        #expect(server.requests.first?.headers["accept-encoding"]?.contains("gzip") == true)
    }

    @Test func sendsTheUserAgentAndRequestHeaders() async throws {
        let server = try LoopbackServer { _, writer in writer.send(status: 204) }
        let client = try HTTPClient()

        _ = try await client.fetch(
            HTTPRequest(
                url: server.baseURL + "/",
                headers: [HTTPHeader(name: "Accept-Language", value: "de"), HTTPHeader(name: "X-Empty", value: "")]))

        let received = try #require(server.requests.first)
        #expect(received.method == "GET")
        #expect(received.headers["user-agent"] == UserAgent.default)
        #expect(received.headers["accept-language"] == "de")
        #expect(received.headers["x-empty"] == "")
    }

    @Test func usesTheConfiguredUserAgent() async throws {
        let server = try LoopbackServer { _, writer in writer.send(status: 204) }
        let client = try HTTPClient(configuration: .init(userAgent: "custom-agent/9"))

        _ = try await client.fetch(HTTPRequest(url: server.baseURL + "/"))

        #expect(server.requests.first?.headers["user-agent"] == "custom-agent/9")
    }

    @Test func defaultUserAgentNamesTheProject() {
        #expect(UserAgent.default == "exposure-audit/0.1.0 (+https://github.com/exposure-audit/exposure-audit)")
    }

    @Test func doesNotFollowRedirects() async throws {
        let server = try LoopbackServer { request, writer in
            if request.path == "/start" {
                writer.send(status: 302, headers: [("Location", "/next")])
            } else {
                writer.send(status: 200, contentType: "text/plain", text: "followed")
            }
        }
        let client = try HTTPClient()

        let response = try await client.fetch(HTTPRequest(url: server.baseURL + "/start"))

        #expect(response.status == 302)
        #expect(response.location == "/next")
        #expect(response.isRedirect)
        #expect(response.url == server.baseURL + "/start")
        #expect(server.requestedPaths == ["/start"])
    }

    @Test func headSendsHeadAndReturnsNoBody() async throws {
        let server = try LoopbackServer { _, writer in
            writer.send(status: 200, headers: [("Content-Type", "application/pdf"), ("Content-Length", "5000")])
        }
        let client = try HTTPClient()

        let response = try await client.fetch(HTTPRequest(url: server.baseURL + "/report.pdf", method: .head))

        #expect(response.status == 200)
        #expect(response.body.isEmpty)
        #expect(response.contentType == "application/pdf")
        #expect(server.requests.first?.method == "HEAD")
    }

    @Test func keepsOnlyTheFinalResponsesHeadersAfterInterimResponses() async throws {
        let server = try LoopbackServer { _, writer in
            writer.write(
                Array(
                    ("HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
                        + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Final: yes\r\nConnection: close\r\n\r\nok").utf8))
        }
        let client = try HTTPClient()

        let response = try await client.fetch(HTTPRequest(url: server.baseURL + "/"))

        #expect(response.status == 200)
        #expect(response.header("X-Final") == "yes")
        #expect(response.header("Link") == nil)
        #expect(String(decoding: response.body, as: UTF8.self) == "ok")
    }

    @Test func bodyExactlyAtTheCapIsAccepted() async throws {
        let body = [UInt8](repeating: UInt8(ascii: "x"), count: 4096)
        let server = try LoopbackServer { _, writer in writer.send(status: 200, body: body) }
        let client = try HTTPClient()

        let response = try await client.fetch(HTTPRequest(url: server.baseURL + "/", maxBodyBytes: 4096))

        #expect(response.body == body)
    }
}

/// Header lookups and redirect detection on hand-made responses.
struct HTTPResponseTests {
    private func response(status: Int, headers: [(String, String)]) -> HTTPResponse {
        HTTPResponse(
            url: "http://example.test/", status: status,
            headers: headers.map { HTTPHeader(name: $0.0, value: $0.1) }, body: [], wireBytes: 0,
            remoteAddress: nil, httpVersion: "1.1", timing: HTTPTiming(connect: .zero, firstByte: .zero, total: .zero))
    }

    @Test(arguments: [301, 302, 303, 307, 308])
    func redirectStatusesWithLocationAreRedirects(status: Int) {
        #expect(response(status: status, headers: [("location", "/elsewhere")]).isRedirect)
        #expect(!response(status: status, headers: []).isRedirect)
    }

    @Test(arguments: [200, 300, 304, 404])
    func otherStatusesAreNotRedirects(status: Int) {
        #expect(!response(status: status, headers: [("Location", "/elsewhere")]).isRedirect)
    }

    @Test func headerLookupIsCaseInsensitiveAndTakesTheLastOccurrence() {
        let subject = response(status: 200, headers: [("Content-Type", "text/plain"), ("content-type", "text/html")])
        #expect(subject.header("CONTENT-TYPE") == "text/html")
        #expect(subject.contentType == "text/html")
        #expect(subject.location == nil)
    }
}
