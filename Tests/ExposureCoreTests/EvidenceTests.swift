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

@Suite struct EvidenceClipTests {
    @Test(arguments: [
        ("“Số 1” – Lê Lợi", "“Số 1” – Lê Lợi"),
        ("a\u{00A0}\u{00A0}b", "a b"),
        ("a\u{2003}b\u{3000}", "a b"),
        ("  ", ""),
        ("", ""),
        ("x\u{0085}y", "x y"),
    ])
    func collapsesEveryWhitespace(input: String, expected: String) {
        #expect(Evidence.clip(input) == expected)
    }

    @Test func shortTextIsReturnedAsIs() {
        let text = "Phó Giám đốc: 0912 345 678 — “máy lẻ” 12"
        #expect(Evidence.clip(text) == text)
    }

    @Test(arguments: [
        String(repeating: "Phòng Tổ chức ", count: 20),  // Latin and Vietnamese letters: scalars counted
        String(repeating: "a–“b” ", count: 40),  // dashes and quotes
        String(repeating: "Phe\u{0323}\u{0302}  ", count: 60),  // combining marks: characters counted
        String(repeating: "số 👨‍👩‍👧\n", count: 40),  // one character of many scalars
        String(repeating: "x", count: 160) + "\r\n",
        String(repeating: "y", count: 161),
    ])
    func longTextIsCappedAsCharacters(text: String) {
        let clipped = Evidence.clip(text)
        let collapsed = text.split(whereSeparator: { $0.unicodeScalars.allSatisfy { UTF8Scalar.isWhitespace($0.value) } })
            .joined(separator: " ")
        let expected =
            collapsed.count > Evidence.maximumContextLength
            ? String(collapsed.prefix(Evidence.maximumContextLength - 1)) + "…" : collapsed
        #expect(clipped == expected)
        #expect(clipped.count <= Evidence.maximumContextLength)
    }

    @Test func longTextOfWideCharactersIsCappedByCharacters() {
        let text = String(repeating: "ệ", count: 100)  // 300 bytes, 100 characters: under the cap
        #expect(Evidence.clip(text) == text)
        #expect(Evidence.clip(text + text).count == Evidence.maximumContextLength)
    }
}
