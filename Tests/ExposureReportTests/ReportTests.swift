import ExposureCore
import ExposureReport
import Foundation
import Testing

func sampleReport(personName: String = "Nguyễn Văn An") -> Report {
    let mobile = Finding(
        kind: .phone, subtype: "mobile", value: "0912.345.678", normalized: "+84912345678", person: personName,
        confidence: 0.86, severity: .high, message: "Mobile number of \(personName) published on 1 page",
        occurrences: [Evidence(url: "http://s.gov.vn/lanh-dao", path: "/html/body/table/tr[2]/td[3]", context: "DĐ: 0912.345.678")])
    let switchboard = Finding(
        kind: .phone, subtype: "landline", value: "0233 3852 100", normalized: "+842333852100", person: nil,
        confidence: 0.95, severity: .info, message: "Phone number of the agency published on 1 page",
        occurrences: [Evidence(url: "http://s.gov.vn/", path: "/html/body/footer/p", context: "Tổng đài: 0233 3852 100")])
    return Report(
        tool: .init(version: "0.1.0"), subject: Subject(name: nil),
        startedAt: Date(timeIntervalSince1970: 1_700_000_000), finishedAt: Date(timeIntervalSince1970: 1_700_000_012),
        complete: true,
        crawl: .init(
            seeds: ["http://s.gov.vn/"], pagesFetched: 2, pagesFailed: 1, bytesFetched: 4096,
            skipped: ["robots": 1, "offsite": 0, "depth": 0, "budget": 0],
            errors: [.init(url: "http://s.gov.vn/x", message: "HTTP 404")],
            pages: [Page(url: "http://s.gov.vn/", status: 200, contentType: "text/html", bytes: 2048, depth: 0)]),
        findings: [mobile, switchboard],
        people: [.init(name: personName, occurrences: [.init(url: "http://s.gov.vn/lanh-dao")], findings: [mobile.id])])
}

@Suite struct ReportJSONTests {
    @Test func jsonFollowsContractV1() throws {
        let data = try sampleReport().jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema"] as? String == "exposure-audit/report/v1")
        #expect((object["tool"] as? [String: Any])?["name"] as? String == "exposure-audit")
        let subject = try #require(object["subject"] as? [String: Any])
        #expect(subject["name"] is NSNull)
        #expect(object["startedAt"] as? String == "2023-11-14T22:13:20Z")
        let crawl = try #require(object["crawl"] as? [String: Any])
        for key in ["seeds", "pagesFetched", "pagesFailed", "bytesFetched", "skipped", "errors"] {
            #expect(crawl[key] != nil, "crawl.\(key) missing")
        }
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        for finding in findings {
            for key in ["id", "kind", "value", "normalized", "person", "confidence", "severity", "occurrences"] {
                #expect(finding[key] != nil, "finding.\(key) missing")
            }
        }
        #expect(findings[1]["person"] is NSNull)
        #expect(object["checklist"] as? [Any] != nil)
    }

    /// Pages and findings are encoded one by one and spliced in: the bytes must be exactly
    /// those of encoding the whole report, with one, several or no elements, strings with
    /// escaped line breaks, and a person whose finding list sits at another depth.
    @Test(arguments: [0, 1, 3])
    func splicedEncodingEqualsWholeEncoding(elements: Int) throws {
        var report = sampleReport()
        let page = report.crawl.pages[0]
        report.crawl.pages = PageList(
            (0..<elements).map { index in
                var page = page
                page.url += "tin-tuc/\(index)"
                return page
            })
        let finding = report.findings[0]
        report.findings = (0..<elements).map { index in
            var finding = finding
            finding.message = "line one\nline \(index) \"quoted\" / slash"
            return finding
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        #expect(try report.jsonData() == encoder.encode(report))
        #expect(try Report.decode(jsonData: report.jsonData()) == report)
    }

    /// Pages and findings are written by hand: every field, absent or null, every escape and
    /// number reads as `JSONEncoder` writes it, hostile text included.
    @Test(arguments: Language.allCases)
    func handWrittenElementsAreJSONEncodersBytes(language: Language) throws {
        var report = TestReports.hostile(language)
        report.crawl.pages = PageList(
            report.crawl.seeds.enumerated().map { index, url in
                Page(
                    url: url, status: index % 2 == 0 ? 200 : nil, contentType: index % 3 == 0 ? nil : "text/html\u{8}\u{C}\u{0}",
                    bytes: index * 1000, depth: index)
            })
        report.findings += TestReports.kit(language).findings + [portrait]
        for (index, confidence) in [0, 1, 0.1 + 0.2, 1e-7, 0.86, 12_345_678.9, -2].enumerated() {
            report.findings[index].confidence = confidence
        }
        report.findings[1].occurrences = []
        report.findings[2].image = ImageReference(url: "http://s/a.jpg\t", width: 10)
        report.findings[3].image = ImageReference(url: "http://s/b.jpg", original: "http://s/b-full.jpg", height: 20)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        #expect(try report.jsonData() == encoder.encode(report))
    }

    @Test func aNaNConfidenceIsAnError() {
        var report = sampleReport()
        report.findings[0].confidence = .nan
        #expect(throws: EncodingError.self) { try report.jsonData() }
    }

    @Test func roundTrips() throws {
        let report = sampleReport()
        #expect(try Report.decode(jsonData: report.jsonData()) == report)
    }

    @Test func aPortraitCarriesItsImageAndOtherFindingsNoImageField() throws {
        var report = sampleReport()
        report.findings.append(portrait)
        let object = try #require(try JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings[0]["image"] == nil)
        let image = try #require(findings[2]["image"] as? [String: Any])
        #expect(image["url"] as? String == "http://s.gov.vn/u/an-150x150.jpg")
        #expect(image["original"] as? String == "http://s.gov.vn/u/an.jpg")
        #expect(image["width"] as? Int == 1200 && image["height"] as? Int == 1600)
        #expect(try Report.decode(jsonData: report.jsonData()) == report)
    }
}

/// A leader's portrait: a thumbnail on the page, a 1200×1600 original behind it.
let portrait = Finding(
    kind: .portrait, subtype: "portrait", value: "http://s.gov.vn/u/an.jpg", normalized: "http://s.gov.vn/u/an.jpg",
    person: "Nguyễn Văn An", confidence: 0.9, severity: .high, message: "Portrait of Nguyễn Văn An published on 1 page",
    occurrences: [Evidence(url: "http://s.gov.vn/lanh-dao", path: "/html/body/table/tr[2]/td[1]/a/img", context: "Nguyễn Văn An")],
    image: ImageReference(url: "http://s.gov.vn/u/an-150x150.jpg", original: "http://s.gov.vn/u/an.jpg", width: 1200, height: 1600))

@Suite struct TextRendererTests {
    @Test func summarisesPeopleFindingsAndErrors() {
        let text = TextRenderer().render(sampleReport())
        #expect(text.contains("every person on the site"))
        #expect(text.contains("2 fetched, 1 failed"))
        #expect(text.contains("skipped 1 (robots.txt)"))
        #expect(text.contains("== Nguyễn Văn An (named on 1 page) =="))
        #expect(text.contains("[HIGH] Phone number (mobile): 0912.345.678"))
        #expect(text.contains("Agency-level"))
        #expect(text.contains("http://s.gov.vn/x: HTTP 404"))
    }

    @Test func aPortraitReadsAsItsOriginalAndPixelSize() {
        var report = sampleReport()
        report.findings.append(portrait)
        #expect(TextRenderer().render(report).contains(": /u/an.jpg (1200×1600 px)"))
    }

    @Test func pageTextCannotDriveTheTerminal() {
        let hostile = "Evil\u{1B}[2J\u{1B}]0;pwned\u{07}Name\u{202E}"
        let text = TextRenderer().render(sampleReport(personName: hostile))
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
        #expect(text.contains("EvilName"))
    }

    @Test func incompleteAuditsSaySo() {
        var report = sampleReport()
        report.complete = false
        #expect(TextRenderer().render(report).contains("INCOMPLETE"))
    }
}

@Suite struct ReportFileTests {
    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("report-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func writesPiecesOwnerOnlyAndLeavesNothingElse() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("audit.json").path
        try ReportFile.write(to: path) { sink in
            try ReportFormat.json.write(sampleReport(), to: sink)
        }
        #expect(FileManager.default.contents(atPath: path) == (try ReportFormat.json.render(sampleReport())))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["audit.json"])
    }

    /// A report that fails half-way leaves the previous file as it was and no partial file.
    @Test func aFailedWriteKeepsThePreviousReport() throws {
        struct Stop: Error {}
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("audit.json").path
        try ReportFile.write(to: path) { sink in try sink(Data("old".utf8)) }
        #expect(throws: Stop.self) {
            try ReportFile.write(to: path) { sink in
                try sink(Data("new, half".utf8))
                throw Stop()
            }
        }
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["audit.json"])
    }
}
