import ExposureCore
import ExposureReport
import Testing

@Suite struct ExtortionKitTests {
    private func finding(_ kind: FindingKind, _ subtype: String? = nil, on urls: [String]) -> Finding {
        Finding(
            kind: kind, subtype: subtype, value: "\(kind)", normalized: "\(kind)\(subtype ?? "")", person: "A", confidence: 1,
            severity: .low, message: "", occurrences: urls.map { Evidence(url: $0, path: "/p", context: "") })
    }

    @Test func onePageWithAllThreeIsAWholeKit() {
        let kit = ExtortionKit(findings: [
            finding(.portrait, on: ["/a"]), finding(.phone, "mobile", on: ["/a", "/b"]), finding(.title, on: ["/b", "/a"]),
        ])
        #expect(kit.exposed == [.face, .contact, .leverage])
        #expect(kit.completePages == ["/a"])
        #expect(kit.pages[.contact] == ["/a", "/b"])
    }

    @Test func threeIngredientsOnThreePagesAreNoSinglePageKit() {
        let kit = ExtortionKit(findings: [
            finding(.portrait, on: ["/a"]), finding(.email, "personal", on: ["/b"]), finding(.workplace, on: ["/c"]),
        ])
        #expect(kit.exposed.count == 3)
        #expect(kit.completePages.isEmpty)
    }

    /// Office lines, official mail and office addresses reach the agency, not the person.
    @Test(arguments: [
        (FindingKind.phone, "landline" as String?), (.phone, "fax"), (.email, "official"), (.address, "office"), (.dob, nil), (.nationalID, "cccd"),
    ])
    func agencyChannelsAreNoIngredient(kind: FindingKind, subtype: String?) {
        #expect(ExtortionKit.ingredients(of: finding(kind, subtype, on: ["/a"])).isEmpty)
    }

    @Test func aHomeAddressIsContactAndLeverage() {
        #expect(ExtortionKit.ingredients(of: finding(.address, "home", on: ["/a"])) == [.contact, .leverage])
    }
}
