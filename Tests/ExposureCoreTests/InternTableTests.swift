import ExposureCore
import Testing

@Suite struct InternTableTests {
    /// Each distinct value is stored once and keeps the number it got when first seen.
    @Test func valuesAreNumberedOnceInFirstSeenOrder() {
        var table = InternTable<String>()
        let numbers = ["text/html", "image/jpeg", "text/html", "application/pdf", "image/jpeg"].map { table.number(of: $0) }
        #expect(numbers == [0, 1, 0, 2, 1])
        #expect(table.count == 3)
        #expect(table[2] == "application/pdf")
    }
}
