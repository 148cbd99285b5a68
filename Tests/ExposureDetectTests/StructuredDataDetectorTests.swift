import ExposureCore
import ExposureDetect
import ExposureHTML
import Testing

private func page(jsonLD scripts: [String], body: String = "") -> HTMLDocument {
    let head = scripts.map { "<script type=\"application/ld+json\">\($0)</script>" }.joined()
    let html = "<html lang=\"vi\"><head>\(head)</head><body>\(body)</body></html>"
    return HTMLParser.parse(Array(html.utf8), url: "https://s.gov.vn/lanh-dao")
}

/// Every item the page yields as `kind normalized -> owner key`, `-> agency` when nobody owns it,
/// with the structured data read beside the text detectors, as the page analyzer runs them.
private func owners(_ document: HTMLDocument, subject: Subject = Subject(name: nil)) -> [String] {
    let text = PageText(document)
    let structured = StructuredDataDetector(subject: subject).findings(in: text)
    let detections = PhoneDetector().detect(in: text) + EmailDetector().detect(in: text) + structured.detections
    let mentions = PersonDetector(subject: subject).mentions(in: text) + structured.mentions
    return PersonLinker.link(detections, to: mentions, in: document).map {
        "\($0.detection.kind.rawValue) \($0.detection.normalized) -> \($0.person?.key ?? "agency")"
    }
}

private let agencyGraph = #"""
    {"@context":"https://schema.org","@graph":[{"@type":"GovernmentOrganization","@id":"https://ttcds.quangninh.gov.vn/#org",
    "name":"Trung tâm Chuyển đổi số tỉnh Quảng Ninh",
    "address":{"@type":"PostalAddress","streetAddress":"Tầng 4, Trụ sở Liên cơ quan số 3, P. Hồng Hà","addressLocality":"TP. Hạ Long","addressRegion":"Quảng Ninh","postalCode":"01106","addressCountry":"VN"},
    "contactPoint":[{"@type":"ContactPoint","telephone":"+84-203-3634-886","contactType":"customer support","email":"ttcds@quangninh.gov.vn"}],
    "faxNumber":"+84-203-3634-887","sameAs":["https://www.facebook.com/chuyendoisoquangninh"],
    "employee":[
      {"@type":"Person","name":"Vũ Thị Thanh Xuân","jobTitle":"Giám đốc","telephone":"+84 915 208 347","email":"mailto:XuanVTT@quangninh.gov.vn",
       "sameAs":["https://www.facebook.com/xuan.vuthithanh.qn"],"worksFor":{"@type":"GovernmentOrganization","name":"Trung tâm Chuyển đổi số tỉnh Quảng Ninh"}},
      {"@type":"Person","name":"\u0110o\u00e0n V\u0103n Kh\u1ea3i","jobTitle":"Ph\u00f3 Gi\u00e1m \u0111\u1ed1c","telephone":"0904.316.258","email":"khaidv@gmail.com","birthDate":"1979-11-03"}
    ]}]}
    """#

@Suite struct StructuredDataDetectorTests {
    @Test func personItemsBelongToTheirPersonNode() {
        let result = owners(page(jsonLD: [agencyGraph]))
        for expected in [
            "phone +84915208347 -> vu thi thanh xuan", "email xuanvtt@quangninh.gov.vn -> vu thi thanh xuan",
            "title Giám đốc -> vu thi thanh xuan",
            "workplace Trung tâm Chuyển đổi số tỉnh Quảng Ninh -> vu thi thanh xuan",
            "phone +84904316258 -> doan van khai", "email khaidv@gmail.com -> doan van khai",
            "title Phó Giám đốc -> doan van khai",
        ] {
            #expect(result.contains(expected), "\(expected) in \(result)")
        }
    }

    /// Accounts in `sameAs` and a `birthDate` belong to the node they sit in: the agency's
    /// page to the agency, a person's to the person.
    @Test func accountsAndBirthDatesBelongToTheirNode() {
        let result = owners(page(jsonLD: [agencyGraph]))
        for expected in [
            "social https://www.facebook.com/chuyendoisoquangninh -> agency",
            "social https://www.facebook.com/xuan.vuthithanh.qn -> vu thi thanh xuan",
            "dob 1979-11-03 -> doan van khai",
        ] {
            #expect(result.contains(expected), "\(expected) in \(result)")
        }
        let escaped = #"{"@type":"Person","name":"Vũ Thanh Xuân","sameAs":["https:\/\/www.facebook.com\/xuan.vtt"]}"#
        #expect(owners(page(jsonLD: [escaped])) == ["social https://www.facebook.com/xuan.vtt -> vu thanh xuan"])
    }

    @Test func organizationDetailsStayTheAgencysBesideItsEmployees() {
        let result = owners(page(jsonLD: [agencyGraph]))
        for expected in [
            "phone +842033634886 -> agency", "phone +842033634887 -> agency", "email ttcds@quangninh.gov.vn -> agency",
            "address Tầng 4, Trụ sở Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long, Quảng Ninh, 01106, VN -> agency",
        ] {
            #expect(result.contains(expected), "\(expected) in \(result)")
        }
        #expect(!result.contains { $0.hasPrefix("phone +842033634886 -> ") && !$0.hasSuffix("-> agency") })
    }

    @Test func readsKindsSubtypesAndNamesAsTheTextDetectorsWould() {
        let document = page(jsonLD: [agencyGraph])
        let found = StructuredDataDetector().findings(in: PageText(document))
        let subtypes = found.detections.map { "\($0.kind.rawValue) \($0.normalized) \($0.subtype ?? "-")" }
        #expect(subtypes.contains("phone +84915208347 mobile"))
        #expect(subtypes.contains("phone +842033634887 fax"))
        #expect(subtypes.contains("email khaidv@gmail.com personal"))
        #expect(subtypes.contains("email ttcds@quangninh.gov.vn official"))
        // `\u` escapes and any Unicode form come out as NFC.
        #expect(found.mentions.map(\.name) == ["Vũ Thị Thanh Xuân", "Đoàn Văn Khải"])
        #expect(found.mentions.map(\.key) == ["vu thi thanh xuan", "doan van khai"])
        #expect(found.mentions[1].anchor.path == "script[type=application/ld+json][0]/@graph[0]/employee[1]")
        #expect(subtypes.contains("social https://www.facebook.com/xuan.vuthithanh.qn facebook"))
        #expect(Set(found.detections.map(\.kind)) == [.phone, .email, .address, .title, .workplace, .social, .dob])
    }

    @Test func aNameAlsoPrintedOnThePageKeepsOneKey() {
        let document = page(
            jsonLD: [agencyGraph],
            body: "<article class=\"leader-card\"><h2>Vũ Thị Thanh Xuân</h2><p>Giám đốc</p><p>ĐT: 0915.208.347</p></article>")
        let result = owners(document)
        #expect(result.filter { $0.hasPrefix("phone +84915208347") } == Array(repeating: "phone +84915208347 -> vu thi thanh xuan", count: 2))
    }

    @Test func aPersonAddressJoinsItsPartsOnce() {
        let json = #"""
            {"@context":"https://schema.org","@type":"Person","name":"Lê Minh Tuấn",
             "address":{"@type":"PostalAddress","streetAddress":"Số 12 ngõ 5 phố Huế, Q. Hai Bà Trưng","addressLocality":"Q. Hai Bà Trưng","addressRegion":"Hà Nội"},
             "contactPoint":{"@type":"ContactPoint","telephone":"tel:+84-912-345-678","email":"  tuanlm@hanoi.gov.vn "}}
            """#
        let result = owners(page(jsonLD: [json]))
        #expect(result.contains("address Số 12 ngõ 5 phố Huế, quận Hai Bà Trưng, Hà Nội -> le minh tuan"))
        #expect(result.contains("phone +84912345678 -> le minh tuan"))
        #expect(result.contains("email tuanlm@hanoi.gov.vn -> le minh tuan"))
    }

    @Test func theSubjectIsKnownByAnAlias() {
        let json = #"{"@type":"Person","name":"Ba Trần","telephone":"0913 472 586"}"#
        let result = owners(page(jsonLD: [json]), subject: Subject(name: "Trần Văn Ba", aliases: ["Ba Trần"]))
        #expect(result == ["phone +84913472586 -> tran van ba"])
    }

    @Test(arguments: ["Person", "schema:Person", "https://schema.org/Person", "http://schema.org/Person"])
    func readsEveryWayOfWritingTheType(type: String) {
        let json = #"{"@type":"\#(type)","name":"Lê Minh Tuấn","telephone":"0913 472 586"}"#
        #expect(owners(page(jsonLD: [json])) == ["phone +84913472586 -> le minh tuan"])
    }

    @Test func aPersonWithoutANameOwnsNothing() {
        let json = #"{"@type":"Person","telephone":"0913 472 586"}"#
        #expect(owners(page(jsonLD: [json])) == ["phone +84913472586 -> agency"])
    }

    @Test(arguments: [
        #"{"@type" "Person","name":"Lê Minh Tuấn","telephone":"0913 472 586"}"#,
        #"{"@type":"Person","name":"Lê Minh Tuấn","telephone":"0913 472 586"}}"#,
        #"{"@type":"Person","name":"Lê Minh Tuấn""#,
        "<!-- -->",
        "null",
        #""Lê Minh Tuấn""#,
        #"{"@type":["Person"],"name":42,"telephone":{"x":1},"email":["không có"],"address":7,"jobTitle":null}"#,
        #"{"@type":"Person","name":"  ","telephone":"N/A","email":"mailto:"}"#,
    ])
    func malformedOrOddJSONLDYieldsNothing(script: String) {
        let found = StructuredDataDetector().findings(in: PageText(page(jsonLD: [script])))
        #expect(found.detections.isEmpty)
        #expect(found.mentions.isEmpty)
    }

    @Test func deepNestingIsCutOff() {
        let person = #"{"@type":"Person","name":"Lê Minh Tuấn","telephone":"0913 472 586"}"#
        let shallow = String(repeating: "[", count: 10) + person + String(repeating: "]", count: 10)
        let deep = String(repeating: "[", count: 40) + person + String(repeating: "]", count: 40)
        let hostile = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let detector = StructuredDataDetector()
        #expect(detector.mentions(in: PageText(HTMLDocument(url: "https://s.gov.vn/", jsonLD: [shallow]))).count == 1)
        #expect(detector.mentions(in: PageText(HTMLDocument(url: "https://s.gov.vn/", jsonLD: [deep]))).isEmpty)
        #expect(detector.detect(in: PageText(HTMLDocument(url: "https://s.gov.vn/", jsonLD: [hostile]))).isEmpty)
    }

    @Test func theNodesWalkedOnOnePageAreCapped() {
        let person = #"{"@type":"Person","name":"Lê Minh Tuấn"}"#
        let script = "[" + Array(repeating: person, count: 8_000).joined(separator: ",") + "]"
        let mentions = StructuredDataDetector().mentions(in: PageText(HTMLDocument(url: "https://s.gov.vn/", jsonLD: [script, script])))
        #expect(mentions.count > 1_000)
        #expect(mentions.count < 10_000)
    }

    @Test func aPageWithoutJSONLDYieldsNothing() {
        let document = page(jsonLD: [], body: "<p>Ông Lê Minh Tuấn, ĐT: 0913 472 586</p>")
        #expect(StructuredDataDetector().detect(in: document).isEmpty)
    }

    /// The parser makes an h-card a card container, so the text detectors link its items to its name.
    @Test func hCardItemsAreLinkedToTheCardsName() {
        let document = page(
            jsonLD: [],
            body: """
                <div class="main"><h1>Liên hệ</h1>
                <div class="h-card vcard org-card">
                 <h2 class="p-name p-org fn org">Sở Khoa học và Công nghệ tỉnh Bình Định</h2>
                 <p>Điện thoại: <span class="p-tel tel">0256.3821.436</span></p>
                 <p>Email: <a class="u-email email" href="mailto:vanphong@skhcn.binhdinh.gov.vn">vanphong@skhcn.binhdinh.gov.vn</a></p>
                </div>
                <h3>Lãnh đạo Sở</h3>
                <div class="people">
                 <div class="h-card vcard person">
                  <img class="u-photo photo" src="/uploads/canbo/tran-dinh-khoa.jpg" alt="Trần Đình Khoa" width="160">
                  <a class="p-name fn u-url url" href="/can-bo/tran-dinh-khoa">Trần Đình Khoa</a>
                  <span class="p-job-title title">Giám đốc Sở</span>
                  <a class="u-email email" href="mailto:khoatd@skhcn.binhdinh.gov.vn">khoatd@skhcn.binhdinh.gov.vn</a>
                  <span class="p-tel tel">(0256) 3821 437</span>
                 </div>
                 <div class="h-card vcard person">
                  <a class="p-name fn u-url url" href="/can-bo/vo-thi-le-thuy">Võ Thị Lệ Thủy</a>
                  <span class="p-job-title title">Phó Giám đốc Sở</span>
                  <a class="u-email email" href="mailto:lethuy_bd@yahoo.com.vn">lethuy_bd@yahoo.com.vn</a>
                  <span class="p-tel tel">0256.3821.438</span> - <span class="p-tel tel"><span class="type">cell</span> 0914 025 863</span>
                 </div>
                </div></div>
                """)
        let result = owners(document)
        for expected in [
            "phone +842563821437 -> tran dinh khoa", "email khoatd@skhcn.binhdinh.gov.vn -> tran dinh khoa",
            "phone +842563821438 -> vo thi le thuy", "phone +84914025863 -> vo thi le thuy",
            "email lethuy_bd@yahoo.com.vn -> vo thi le thuy",
            "phone +842563821436 -> agency", "email vanphong@skhcn.binhdinh.gov.vn -> agency",
        ] {
            #expect(result.contains(expected), "\(expected) in \(result)")
        }
    }
}
