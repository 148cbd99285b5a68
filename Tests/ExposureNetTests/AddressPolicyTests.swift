import ExposureNet
import Foundation
import LoopbackServer
import Testing

@Suite struct AddressPolicyTests {
    @Test(arguments: [
        ([127, 0, 0, 1], true), ([10, 1, 2, 3], true), ([172, 16, 0, 1], true), ([172, 31, 255, 255], true),
        ([192, 168, 1, 1], true), ([169, 254, 169, 254], true), ([100, 64, 0, 1], true), ([0, 0, 0, 0], true),
        ([224, 0, 0, 1], true), ([172, 32, 0, 1], false), ([8, 8, 8, 8], false), ([203, 113, 5, 9], false),
        ([100, 128, 0, 1], false),
    ] as [([UInt8], Bool)])
    func classifiesIPv4(address: [UInt8], isInternal: Bool) {
        #expect(AddressPolicy.isInternal(address) == isInternal)
    }

    @Test func classifiesIPv6() {
        var loopback = [UInt8](repeating: 0, count: 16)
        loopback[15] = 1
        #expect(AddressPolicy.isInternal(loopback))
        var mapped = [UInt8](repeating: 0, count: 16)
        mapped[10] = 0xFF
        mapped[11] = 0xFF
        mapped[12...15] = [192, 168, 0, 7]
        #expect(AddressPolicy.isInternal(mapped))
        mapped[12...15] = [8, 8, 4, 4]
        #expect(!AddressPolicy.isInternal(mapped))
        #expect(AddressPolicy.isInternal([0xFE, 0x80] + [UInt8](repeating: 0, count: 14)))
        #expect(AddressPolicy.isInternal([0xFD, 0x12] + [UInt8](repeating: 0, count: 14)))
        #expect(!AddressPolicy.isInternal([0x20, 0x01, 0x0D, 0xB8] + [UInt8](repeating: 1, count: 12)))
    }

    @Test func requestsThatMayNotReachInternalAddressesAreRefused() async throws {
        let server = try LoopbackServer { _, writer in writer.send(contentType: "text/plain", text: "secret") }
        let client = try HTTPClient()
        defer { client.shutdown() }
        var request = HTTPRequest(url: server.baseURL + "/admin")
        request.allowsInternalAddresses = false
        let error = await fetchError(client, request)
        #expect(error?.code == .internalAddress)
        #expect(error?.message.contains("127.0.0.1") == true)
        #expect(server.requests.isEmpty)
        // The same URL named by the user is fetched.
        request.allowsInternalAddresses = true
        #expect(try await client.fetch(request).status == 200)
    }

    @Test func aDrippingServerIsCutOffByTheLowSpeedLimit() async throws {
        let server = try LoopbackServer { _, writer in
            _ = writer.write(closeDelimitedHead())
            // A minute of drip: far longer than the bound below, even on a loaded machine.
            for _ in 0..<120 {
                guard writer.write([UInt8(ascii: "x")]) else { return }
                Thread.sleep(forTimeInterval: 0.5)
            }
        }
        let client = try HTTPClient()
        defer { client.shutdown() }
        var request = HTTPRequest(url: server.baseURL + "/", totalTimeout: .seconds(120))
        request.lowSpeedLimit = 100
        request.lowSpeedWindow = .seconds(1)
        let (error, elapsed) = await measure { await fetchError(client, request) }
        #expect(error?.code == .timeout)
        #expect(elapsed < .seconds(30))
    }
}
