import Testing

@testable import ExposureHTML

@Suite struct DocumentMetadataTests {
    static let head = """
        <title>  Lãnh đạo Sở &#8211; Sở Tư pháp </title>
        <meta name="Description" content="Lãnh đạo Sở Tư pháp">
        <meta property="og:title" content="Lãnh đạo">
        <meta property="og:title" content="Bản sau">
        <meta property="og:image" content="https://so.example.gov.vn/logo.png">
        <meta property="article:published_time" content="2024-01-15">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport">
        <script type="application/ld+json">
        {"@type":"Person","name":"\\u0110o\\u00e0n V\\u0103n Kh\\u1ea3i","telephone":"+84 904 316 258"}
        </script>
        <script type="Application/LD+JSON; charset=utf-8">[1]</script>
        <script type="application/json">{"not":"ld"}</script>
        <link rel="canonical" href="  /gioi-thieu/lanh-dao ">
        """

    let document = parse("<html lang=\"vi-VN\"><head>\(head)</head><body><p>x</p></body></html>")

    @Test func titleAndLanguage() {
        #expect(document.title == "Lãnh đạo Sở – Sở Tư pháp")
        #expect(document.language == "vi-VN")
    }

    @Test func metaTagsKeepOrderAndLowercaseNames() {
        #expect(document.meta == [
            MetaTag(name: "description", content: "Lãnh đạo Sở Tư pháp"), MetaTag(name: "og:title", content: "Lãnh đạo"),
            MetaTag(name: "og:title", content: "Bản sau"), MetaTag(name: "og:image", content: "https://so.example.gov.vn/logo.png"),
            MetaTag(name: "article:published_time", content: "2024-01-15"), MetaTag(name: "x-ua-compatible", content: "IE=edge"),
        ])
    }

    @Test func openGraphFirstOccurrenceWins() {
        #expect(document.openGraph == [
            "og:title": "Lãnh đạo", "og:image": "https://so.example.gov.vn/logo.png", "article:published_time": "2024-01-15",
        ])
    }

    @Test func jsonLDIsKeptRaw() {
        #expect(document.jsonLD == [
            "{\"@type\":\"Person\",\"name\":\"\\u0110o\\u00e0n V\\u0103n Kh\\u1ea3i\",\"telephone\":\"+84 904 316 258\"}", "[1]",
        ])
    }

    @Test func canonicalIsResolved() {
        #expect(document.canonicalURL == "https://so.example.gov.vn/gioi-thieu/lanh-dao")
        #expect(document.baseURL == pageURL)
        #expect(document.url == pageURL)
    }

    @Test func headContentIsNoText() {
        #expect(document.texts == ["x"])
    }
}
