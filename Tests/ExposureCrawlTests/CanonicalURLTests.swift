@testable import ExposureCrawl
import Foundation
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

    /// URLs read by hand (``PlainCanonicalURL``) must read as `URLComponents` reads them; the
    /// others are left to it.
    @Test(arguments: [
        "http://s.gov.vn/tin-tuc/2020/bai-1.html", "https://s.gov.vn:8443/a//b/", "http://127.0.0.1:18080/",
        "http://s.gov.vn/%C3%A1/%2F~x_y", "http://s.gov.vn/a.b/..c/.d", "http://a-b.c0.vn/", "http://s.gov.vn/%7E",
        "http://s.gov.vn/%c3%a1", "http://S.gov.vn/a", "HTTP://s.gov.vn/a", "http://s.gov.vn:80/a", "https://s.gov.vn:443/",
        "http://s.gov.vn:08080/", "http://s.gov.vn:123456/", "http://s.gov.vn:/", "http://s.gov.vn/a/./b",
        "http://s.gov.vn/a/../b", "http://s.gov.vn/a/.", "http://s.gov.vn/..", "http://s.gov.vn", "http://s.gov.vn/a?b=1",
        "http://s.gov.vn/a#x", "http://s.gov.vn/a;jsessionid=1", "http://s.gov.vn/a%", "http://s.gov.vn/a%4",
        "http://xn--nh-sa.vn/", "http://-a.vn/", "http://a-.vn/", "http://a..vn/", "http://s.gov.vn./", "http://u@s.gov.vn/",
        "http://[::1]:8080/", "http://s.gov.vn/a b", "http://s.gov.vn/ả", "http://s.gov.vn/a+b(c)", "ftp://s.gov.vn/",
    ])
    func plainURLsReadAsURLComponentsReadsThem(url: String) throws {
        #expect(CanonicalURL.canonicalize(url) == CanonicalURL.canonicalizedByComponents(url))
        guard let plain = PlainCanonicalURL(url) else { return }
        #expect(CanonicalURL.canonicalizedByComponents(url) == url)
        let components = try #require(URLComponents(string: url))
        #expect(plain.scheme == components.scheme && plain.host == components.host && plain.port == components.port)
        #expect(plain.path == components.percentEncodedPath && components.percentEncodedQuery == nil)
    }

    @Test func plainURLsAreTheCommonOnes() {
        #expect(PlainCanonicalURL("http://127.0.0.1:18080/tin-tuc/2020/so-ket-1.html")?.path == "/tin-tuc/2020/so-ket-1.html")
        #expect(CanonicalURL.authority(of: "https://s.gov.vn/a") == "s.gov.vn:443")
        #expect(CanonicalURL.origin(of: "http://s.gov.vn:8080/a/b") == "http://s.gov.vn:8080")
        #expect(PlainCanonicalURL("http://s.gov.vn/a?b=1") == nil)
    }

    @Test func theFrontierTakesAURLOnceAndAWholeImageOnceMore() {
        var frontier = Frontier()
        let url = "http://s.gov.vn/u/a.jpg"
        let added = [
            frontier.enqueue(.init(url: url, depth: 1, kind: .media(.image))),
            frontier.enqueue(.init(url: url, depth: 2, kind: .page)),
            frontier.enqueue(.init(url: url, depth: 1, kind: .media(.wholeImage))),
            frontier.enqueue(.init(url: url, depth: 1, kind: .media(.wholeImage))),
            // Equal, not identical, strings are one URL.
            frontier.enqueue(.init(url: "http://s.gov.vn/u/" + "a.jpg", depth: 1)),
            frontier.enqueue(.init(url: "http://s.gov.vn/u/b.jpg", depth: 1)),
        ]
        #expect(added == [true, false, true, false, false, true])
        #expect(frontier.hasSeen(URLFingerprint(url)) && !frontier.hasSeen(URLFingerprint("http://s.gov.vn/")))
        #expect(frontier.count == 3)
    }

    @Test func scopeIsTheSeedsSitesWithOrWithoutWww() {
        let scope = CrawlScope(seeds: ["https://www.snv.quangtri.gov.vn/"])
        #expect(scope.contains("http://snv.quangtri.gov.vn/lien-he"))
        #expect(scope.contains("https://www.snv.quangtri.gov.vn/a"))
        #expect(!scope.contains("https://quangtri.gov.vn/"))
        #expect(!scope.contains("https://evil.example/snv.quangtri.gov.vn"))
    }
}
