import ExposureHTML
import Testing

@Suite struct SitemapTests {
    @Test func readsAURLSet() {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc> https://s.gov.vn/a </loc><lastmod>2024-01-01</lastmod></url>
              <url><loc>https://s.gov.vn/b?x=1&amp;y=2</loc></url>
            </urlset>
            """
        #expect(Sitemap.parse(Array(xml.utf8)) == Sitemap(pages: ["https://s.gov.vn/a", "https://s.gov.vn/b?x=1&y=2"]))
    }

    @Test func readsAnIndex() {
        let xml = "<sitemapindex><sitemap><loc>https://s.gov.vn/s1.xml</loc></sitemap></sitemapindex>"
        #expect(Sitemap.parse(Array(xml.utf8)) == Sitemap(sitemaps: ["https://s.gov.vn/s1.xml"]))
    }

    @Test func readsPlainText() {
        let text = "https://s.gov.vn/a\n\nnot a url\r\nhttp://s.gov.vn/b\n"
        #expect(Sitemap.parse(Array(text.utf8)).pages == ["https://s.gov.vn/a", "http://s.gov.vn/b"])
    }

    @Test func externalEntitiesAreNotExpanded() {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <urlset><url><loc>https://s.gov.vn/&x;</loc></url></urlset>
            """
        let pages = Sitemap.parse(Array(xml.utf8)).pages
        #expect(!pages.joined().contains("root:"))
    }

    @Test func brokenXMLGivesWhatWasReadable() {
        let xml = "<urlset><url><loc>https://s.gov.vn/a</loc></url><url><loc>https://s.gov.vn/b"
        #expect(Sitemap.parse(Array(xml.utf8)).pages.first == "https://s.gov.vn/a")
    }
}
