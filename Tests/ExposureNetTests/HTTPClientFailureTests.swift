import ExposureNet
import LoopbackServer
import Testing

/// Exchanges that must fail, quickly and with the right code.
@Suite(.timeLimit(.minutes(1)))
struct HTTPClientFailureTests {
    @Test func serverThatNeverAnswersTimesOut() async throws {
        let server = try LoopbackServer { _, _ in stall() }
        let client = try HTTPClient()

        let (error, elapsed) = await measure {
            await fetchError(client, HTTPRequest(url: server.baseURL + "/", totalTimeout: .seconds(1)))
        }

        #expect(error?.code == .timeout)
        #expect(error?.message.contains("timed out after 1 s waiting for 127.0.0.1") == true)
        #expect(error?.curlCode == 28)
        #expect(elapsed < .seconds(30))
    }

    @Test func serverDrippingOneBytePerSecondTimesOut() async throws {
        let server = try LoopbackServer { _, writer in
            writer.write(Array("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n".utf8))
            for _ in 0..<10 {
                guard writer.write([UInt8(ascii: "x")]) else { return }
                stall(for: 1)
            }
        }
        let client = try HTTPClient()

        let (error, elapsed) = await measure {
            await fetchError(client, HTTPRequest(url: server.baseURL + "/", totalTimeout: .seconds(1)))
        }

        #expect(error?.code == .timeout)
        #expect(error?.message.contains("receiving the response from 127.0.0.1") == true)
        #expect(elapsed < .seconds(30))
    }

    @Test func handshakeThatNeverCompletesHitsTheConnectTimeout() async throws {
        let listener = try FullBacklogListener()
        let client = try HTTPClient()

        let (error, elapsed) = await measure {
            await fetchError(
                client,
                HTTPRequest(
                    url: "http://127.0.0.1:\(listener.port)/", connectTimeout: .milliseconds(500),
                    totalTimeout: .seconds(10)))
        }

        #expect(error?.code == .timeout)
        #expect(error?.message.contains("timed out after 500 ms connecting to 127.0.0.1") == true)
        #expect(elapsed < .seconds(30))
    }

    @Test func refusedConnectionIsConnectionFailed() async throws {
        let closedPort = try RefusingPort()
        let client = try HTTPClient()

        let error = await fetchError(client, HTTPRequest(url: "http://127.0.0.1:\(closedPort.port)/"))

        #expect(error?.code == .connectionFailed)
        #expect(error?.message.contains("port \(closedPort.port)") == true)
        #expect(error?.curlCode == 7)
    }

    @Test func serverClosingWithoutAnswerIsAProtocolError() async throws {
        let server = try LoopbackServer { _, _ in }
        let client = try HTTPClient()

        let error = await fetchError(client, HTTPRequest(url: server.baseURL + "/"))

        #expect(error?.code == .protocolError)
    }

    @Test(arguments: [
        "", "not a url", "http://", "ftp://127.0.0.1/file", "mailto:someone@127.0.0.1",
        "http://exa mple.test/", "http://127.0.0.1:99999/", "http://127.0.0.1/\u{0}hidden",
    ])
    func unusableURLsAreInvalidURL(url: String) async throws {
        let client = try HTTPClient()

        let error = await fetchError(client, HTTPRequest(url: url))

        #expect(error?.code == .invalidURL)
        #expect(error?.url == url)
        #expect(error?.message.hasPrefix("invalid URL") == true)
    }

    @Test func declaredBodyOverTheCapIsBodyTooLarge() async throws {
        let body = [UInt8](repeating: 0x61, count: 2 * 1024 * 1024)
        let server = try LoopbackServer { _, writer in writer.send(status: 200, body: body) }
        let client = try HTTPClient()

        let error = await fetchError(client, HTTPRequest(url: server.baseURL + "/", maxBodyBytes: 1024 * 1024))

        #expect(error?.code == .bodyTooLarge)
        #expect(error?.message.contains("1 MiB") == true)
    }

    @Test func undeclaredBodyOverTheCapIsBodyTooLarge() async throws {
        let server = try LoopbackServer { _, writer in
            writer.write(closeDelimitedHead() + [UInt8](repeating: 0x61, count: 2 * 1024 * 1024))
        }
        let client = try HTTPClient()

        let error = await fetchError(client, HTTPRequest(url: server.baseURL + "/", maxBodyBytes: 1024 * 1024))

        #expect(error?.code == .bodyTooLarge)
        #expect(error?.message.contains("1 MiB") == true)
    }

    @Test func oneByteOverTheCapIsBodyTooLarge() async throws {
        let server = try LoopbackServer { _, writer in
            writer.send(status: 200, body: [UInt8](repeating: 0x61, count: 1001))
        }
        let client = try HTTPClient()

        let error = await fetchError(client, HTTPRequest(url: server.baseURL + "/", maxBodyBytes: 1000))

        #expect(error?.code == .bodyTooLarge)
        #expect(error?.message.contains("1000-byte") == true)
    }

    @Test func endlessBodyStopsAtTheCap() async throws {
        let server = try LoopbackServer { _, writer in
            guard writer.write(closeDelimitedHead()) else { return }
            let chunk = [UInt8](repeating: 0x61, count: 64 * 1024)
            // Bounded so a client that never stops reading cannot keep the server busy forever.
            for _ in 0..<16_384 {
                guard writer.write(chunk) else { return }
            }
        }
        let client = try HTTPClient()

        let (error, elapsed) = await measure {
            await fetchError(client, HTTPRequest(url: server.baseURL + "/", maxBodyBytes: 1024 * 1024))
        }

        #expect(error?.code == .bodyTooLarge)
        #expect(elapsed < .seconds(10))
    }

    @Test func decompressionBombStopsAtTheDecodedCap() async throws {
        let bomb = try gzipped([UInt8](repeating: 0, count: 16 * 1024 * 1024))
        let server = try LoopbackServer { _, writer in
            writer.send(status: 200, headers: [("Content-Encoding", "gzip")], body: bomb)
        }
        let client = try HTTPClient()

        let error = await fetchError(client, HTTPRequest(url: server.baseURL + "/", maxBodyBytes: 1024 * 1024))

        #expect(bomb.count < 1024 * 1024)
        #expect(error?.code == .bodyTooLarge)
    }

    @Test(arguments: [
        HTTPHeader(name: "X-Note", value: "a\r\nInjected: yes"), HTTPHeader(name: "X-Note", value: "a\nb"),
        HTTPHeader(name: "Bad Name", value: "x"), HTTPHeader(name: "X:Y", value: "z"), HTTPHeader(name: "", value: "x"),
    ])
    func malformedRequestHeaderIsRejectedBeforeSending(header: HTTPHeader) async throws {
        let server = try LoopbackServer { _, writer in writer.send(status: 204) }
        let client = try HTTPClient()

        let error = await fetchError(client, HTTPRequest(url: server.baseURL + "/", headers: [header]))

        #expect(error?.code == .other)
        #expect(server.requests.isEmpty)
    }
}
