import ExposureCore
import Testing

@Suite struct EvidenceTests {
    @Test func contextIsCollapsedAndCapped() {
        let long = String(repeating: "chữ  ", count: 200)
        let evidence = Evidence(url: "https://a.gov.vn/", path: "/html/body/p", context: long)
        #expect(evidence.context.count == Evidence.maximumContextLength)
        #expect(evidence.context.hasSuffix("…"))
        #expect(!evidence.context.contains("  "))
    }

    @Test func shortContextKeptWhole() {
        #expect(Evidence(url: "u", path: "p", context: " ĐT:\n0912 345 678 ").context == "ĐT: 0912 345 678")
    }

    @Test func severityOrder() {
        #expect(Severity.info < Severity.low)
        #expect(Severity.high < Severity.critical)
        #expect(Severity.allCases.max() == .critical)
    }
}
