@testable import ExposureCrawl
import Testing

@Suite struct CanonicalURLTests {
    @Test(arguments: [
        ("HTTP://Example.GOV.vn:80/a/./b/../c?x=1#top", "http://example.gov.vn/a/c?x=1"),
        ("https://example.gov.vn:443", "https://example.gov.vn/"),
        ("https://example.gov.vn:8443/", "https://example.gov.vn:8443/"),
        ("http://example.gov.vn/%7euser/%c3%a1", "http://example.gov.vn/~user/%C3%A1"),
        ("http://user:pw@example.gov.vn/p?", "http://example.gov.vn/p"),
        ("http://example.gov.vn/a/b/..", "http://example.gov.vn/a/"),
    ])
    func canonicalizes(input: String, expected: String) {
        #expect(CanonicalURL.canonicalize(input) == expected)
    }

    @Test(arguments: ["mailto:a@b.vn", "tel:+84912345678", "javascript:void(0)", "ftp://x.vn/", "not a url"])
    func rejectsNonHTTP(input: String) {
        #expect(CanonicalURL.canonicalize(input) == nil)
    }

    @Test(arguments: [
        ("../lien-he.html", "http://s.gov.vn/gioi-thieu/lanh-dao.html", "http://s.gov.vn/lien-he.html"),
        ("/tin-tuc/", "http://s.gov.vn/a/b", "http://s.gov.vn/tin-tuc/"),
        ("?page=2", "http://s.gov.vn/tin-tuc/index.html", "http://s.gov.vn/tin-tuc/index.html?page=2"),
        ("//cdn.s.gov.vn/x.png", "https://s.gov.vn/", "https://cdn.s.gov.vn/x.png"),
        ("  b.html#frag ", "http://s.gov.vn/a/", "http://s.gov.vn/a/b.html"),
    ])
    func resolvesRelativeLinks(reference: String, base: String, expected: String) {
        #expect(CanonicalURL.resolve(reference, against: base) == expected)
    }

    @Test func authorityOriginAndPath() {
        let url = "https://s.gov.vn/a/b?c=d"
        #expect(CanonicalURL.authority(of: url) == "s.gov.vn:443")
        #expect(CanonicalURL.origin(of: "http://127.0.0.1:8080/x") == "http://127.0.0.1:8080")
        #expect(CanonicalURL.pathAndQuery(of: url) == "/a/b?c=d")
    }

    @Test func scopeIsTheSeedsSitesWithOrWithoutWww() {
        let scope = CrawlScope(seeds: ["https://www.snv.quangtri.gov.vn/"])
        #expect(scope.contains("http://snv.quangtri.gov.vn/lien-he"))
        #expect(scope.contains("https://www.snv.quangtri.gov.vn/a"))
        #expect(!scope.contains("https://quangtri.gov.vn/"))
        #expect(!scope.contains("https://evil.example/snv.quangtri.gov.vn"))
    }
}
