import ExposureNet
import LoopbackServer
import Synchronization
import Testing

/// Concurrency, cancellation and shutdown.
@Suite(.timeLimit(.minutes(1)))
struct HTTPClientLifecycleTests {
    @Test func fiftyConcurrentRequestsAllSucceed() async throws {
        let server = try LoopbackServer { request, writer in
            writer.send(status: 200, contentType: "text/plain", text: "page \(request.path)")
        }
        let client = try HTTPClient()

        let bodies = await withTaskGroup(of: (Int, String?).self) { group in
            for index in 0..<50 {
                group.addTask {
                    let response = try? await client.fetch(HTTPRequest(url: server.baseURL + "/item/\(index)"))
                    return (index, response.map { String(decoding: $0.body, as: UTF8.self) })
                }
            }
            var bodies: [Int: String] = [:]
            for await (index, body) in group { bodies[index] = body }
            return bodies
        }

        #expect(bodies.count == 50)
        for index in 0..<50 {
            #expect(bodies[index] == "page /item/\(index)")
        }
        #expect(server.requests.count == 50)
    }

    @Test func cancellingTheTaskStopsAStalledRequestPromptly() async throws {
        let server = try LoopbackServer { _, _ in stall() }
        let client = try HTTPClient()
        let url = server.baseURL + "/slow"
        let fetching = Task { await fetchError(client, HTTPRequest(url: url, totalTimeout: .seconds(20))) }
        #expect(await eventually { server.requests.count == 1 })

        let (error, elapsed) = await measure {
            fetching.cancel()
            return await fetching.value
        }

        #expect(error?.code == .cancelled)
        #expect(elapsed < .seconds(30))
    }

    @Test func alreadyCancelledTaskFailsWithoutConnecting() async throws {
        let server = try LoopbackServer { _, _ in stall() }
        let client = try HTTPClient()

        let (error, elapsed) = await measure {
            await Task {
                withUnsafeCurrentTask { $0?.cancel() }
                return await fetchError(client, HTTPRequest(url: server.baseURL + "/", totalTimeout: .seconds(3)))
            }.value
        }
        try await Task.sleep(for: .milliseconds(200))

        #expect(error?.code == .cancelled)
        #expect(elapsed < .seconds(30))
        #expect(server.requests.isEmpty)
    }

    @Test func clientKeepsWorkingAfterACancellation() async throws {
        let server = try LoopbackServer { request, writer in
            if request.path == "/slow" {
                stall()
            } else {
                writer.send(status: 200, contentType: "text/plain", text: "fine")
            }
        }
        let client = try HTTPClient()
        let stalled = Task { await fetchError(client, HTTPRequest(url: server.baseURL + "/slow")) }
        #expect(await eventually { server.requests.count == 1 })
        stalled.cancel()
        #expect(await stalled.value?.code == .cancelled)

        let response = try await client.fetch(HTTPRequest(url: server.baseURL + "/fast"))

        #expect(String(decoding: response.body, as: UTF8.self) == "fine")
    }

    @Test func shutdownFailsPendingRequestsAndLaterOnes() async throws {
        let server = try LoopbackServer { _, _ in stall() }
        let client = try HTTPClient()
        let pending = (0..<3).map { index in
            Task {
                await fetchError(client, HTTPRequest(url: server.baseURL + "/\(index)", totalTimeout: .seconds(20)))
            }
        }
        #expect(await eventually { server.requests.count == 3 })

        let (_, elapsed) = await measure { client.shutdown() }
        for task in pending {
            #expect(await task.value?.code == .cancelled)
        }
        let late = await fetchError(client, HTTPRequest(url: server.baseURL + "/late"))
        client.shutdown()

        #expect(elapsed < .seconds(30))
        #expect(late?.code == .cancelled)
        #expect(server.requests.count == 3)
    }

    @Test func releasingAClientEndsItsEngine() async throws {
        let server = try LoopbackServer { _, writer in writer.send(status: 204) }
        for _ in 0..<5 {
            let client = try HTTPClient()
            let response = try await client.fetch(HTTPRequest(url: server.baseURL + "/"))
            #expect(response.status == 204)
        }
    }
}
