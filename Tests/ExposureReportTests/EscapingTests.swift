@testable import ExposureReport
import Testing

/// The escapers every renderer shares.
@Suite struct EscapingTests {
    @Test(arguments: [
        ("plain Nguyễn Văn An", "plain Nguyễn Văn An"),
        ("red\u{1B}[31mtext\u{1B}[0m", "redtext"),
        ("title\u{1B}]0;pwned\u{07}after", "titleafter"),
        ("link\u{1B}]8;;http://x\u{1B}\\here", "linkhere"),
        ("c1\u{9B}2Jcsi", "c1csi"),
        ("a\nb\tc\rd", "a b c d"),
        ("gpj\u{202E}.exe\u{2066}x\u{2069}\u{200B}", "gpj.exex"),
        ("line\u{2028}sep", "line sep"),
        ("esc at end\u{1B}", "esc at end"),
    ])
    func displayTextDropsEscapesAndControls(input: String, expected: String) {
        #expect(DisplayText.clean(input) == expected)
    }

    @Test func htmlEscapesMarkupAndQuotes() {
        #expect(HTMLEscaping.escape(#"<a href="x" onclick='y'>&</a>"#) == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    }

    @Test func markdownEscapesWhatMarkdownReads() {
        #expect(MarkdownEscaping.escape("*a* _b_ `c` [d](e) | f <g> #h !i ~j \\") == ##"\*a\* \_b\_ \`c\` \[d\]\(e\) \| f &lt;g&gt; \#h \!i \~j \\"##)
        #expect(MarkdownEscaping.escape("0912-345-678 +84") == "0912-345-678 +84")
    }

    @Test(arguments: [
        ("https://s.gov.vn/a b?x=(1)&y='2'", "https://s.gov.vn/a%20b?x=%281%29&y=%272%27"),
        ("HTTP://S.GOV.VN/\"><script>", "HTTP://S.GOV.VN/%22%3E%3Cscript%3E"),
        ("http://s.gov.vn/%C4%90", "http://s.gov.vn/%C4%90"),
    ])
    func webLinksArePercentEncoded(url: String, target: String) {
        #expect(WebLink.target(url) == target)
    }

    @Test(arguments: ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "data:text/html,x", "file:///etc/passwd", "//evil", "http:x", "java\u{0}script:x"])
    func onlyWebURLsBecomeLinks(url: String) {
        #expect(WebLink.target(url) == nil)
    }

    @Test(arguments: [
        ("plain", "plain"), ("=1+1", "'=1+1"), ("+84 912", "'+84 912"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
        ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "two lines"), ("=a,\"b\"", "\"'=a,\"\"b\"\"\""),
    ])
    func csvCellsAreQuotedAndDefused(input: String, expected: String) {
        #expect(CSVField.escape(input) == expected)
    }
}
