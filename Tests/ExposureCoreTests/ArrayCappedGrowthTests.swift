import ExposureCore
import Testing

@Suite struct ArrayCappedGrowthTests {
    /// Growth stops at the cap: twenty 48-byte occurrences need no room for thirty-two.
    @Test func storageGrowsNoFurtherThanTheCap() {
        var occurrences: [Evidence] = []
        for index in 0..<Finding.maximumOccurrences {
            occurrences.append(Evidence(url: "http://s/\(index)", path: "/p", context: "c"), neverMoreThan: Finding.maximumOccurrences)
        }
        #expect(occurrences.count == Finding.maximumOccurrences)
        #expect(occurrences.capacity < 32)
        #expect(occurrences.map(\.url).last == "http://s/\(Finding.maximumOccurrences - 1)")
    }
}
