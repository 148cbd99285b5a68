import ExposureCore
import Testing

@Suite struct OccurrenceFingerprintTests {
    let finding = Fingerprint.finding(kind: .phone, normalized: "+84912345678", person: "Nguyễn Văn An")

    @Test(arguments: [
        "https://snv.example.gov.vn/lanh-dao?id=3",
        "HTTPS://SNV.Example.gov.vn/lanh-dao?id=3#top",
        "http://snv.example.gov.vn:80/lanh-dao?id=3",
        "https://snv.example.gov.vn:443/lanh-dao?utm_source=zalo&id=3&fbclid=x",
        "https://snv.example.gov.vn/lanh-dao;jsessionid=AB12?id=3",
    ])
    func theSamePageGivesTheSameID(url: String) {
        #expect(
            Fingerprint.occurrence(findingID: finding, url: url)
                == Fingerprint.occurrence(findingID: finding, url: "https://snv.example.gov.vn/lanh-dao?id=3"))
        #expect(Fingerprint.pageKey(url) == "snv.example.gov.vn/lanh-dao?id=3")
    }

    @Test(arguments: [
        "https://snv.example.gov.vn/Lanh-Dao?id=3",  // paths are case-sensitive
        "https://snv.example.gov.vn/lanh-dao?id=4",
        "https://snv.example.gov.vn:8443/lanh-dao?id=3",
        "https://other.example.gov.vn/lanh-dao?id=3",
    ])
    func anotherPageGivesAnotherID(url: String) {
        #expect(
            Fingerprint.occurrence(findingID: finding, url: url)
                != Fingerprint.occurrence(findingID: finding, url: "https://snv.example.gov.vn/lanh-dao?id=3"))
    }

    @Test func anotherFindingOnTheSamePageGivesAnotherID() {
        let other = Fingerprint.finding(kind: .email, normalized: "an@snv.gov.vn", person: "Nguyễn Văn An")
        let url = "https://snv.example.gov.vn/"
        #expect(Fingerprint.occurrence(findingID: finding, url: url) != Fingerprint.occurrence(findingID: other, url: url))
        #expect(Fingerprint.occurrence(findingID: finding, url: url).count == 16)
        #expect(Fingerprint.pageKey("https://snv.example.gov.vn") == "snv.example.gov.vn/")
    }
}
