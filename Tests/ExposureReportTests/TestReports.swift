import ExposureCore
import ExposureReport
import Foundation

/// Reports the tests render: small hand-built ones, the sample site's audit, and a hostile one.
enum TestReports {
    /// Where this test target's sources are: fixtures and goldens are read from the checkout.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The repository root, for `schemas/`.
    static let repository = directory.deletingLastPathComponent().deletingLastPathComponent()

    /// The audit of the bundled sample site (`make demo`), with fixed times and port.
    static func sampleSite(_ language: Language) throws -> Report {
        try Report.decode(jsonData: sampleSiteJSON(language))
    }

    static func sampleSiteJSON(_ language: Language) throws -> Data {
        try Data(contentsOf: sampleSiteURL(language))
    }

    /// Made with `exposure-audit scan <sample site> --lang LANG --format json`, then the port set
    /// to 8080 and the times to 2026-11-23T08:00:00Z and 08:00:03Z.
    static func sampleSiteURL(_ language: Language) -> URL {
        directory.appendingPathComponent("Fixtures/sample-site.\(language.rawValue).json")
    }

    /// One official with a whole kit on one page, an agency switchboard, a checklist with
    /// citations and general advice, an error, an interrupted crawl with robots.txt ignored.
    static func kit(_ language: Language) -> Report {
        let vi = language == .vi
        let name = "Trần Thị Bình"
        let leaders = "https://snv.example.gov.vn/lanh-dao?id=2&tab=1"
        func finding(_ kind: FindingKind, _ subtype: String?, _ value: String, _ severity: Severity, _ urls: [String], path: String) -> Finding {
            Finding(
                kind: kind, subtype: subtype, value: value, normalized: value.lowercased(), person: name, confidence: 0.9,
                severity: severity, message: vi ? "\(value) của \(name) công khai" : "\(value) of \(name) published",
                occurrences: urls.map { Evidence(url: $0, path: path, context: "Phó Giám đốc \(name) · \(value)") })
        }
        let portrait = finding(.portrait, nil, "anh-binh-3000px.jpg", .critical, [leaders], path: "/html/body/div[2]/img")
        let mobile = finding(.phone, "mobile", "0912 345 678", .critical, [leaders, "https://snv.example.gov.vn/danh-ba"], path: "/html/body/table/tr[3]/td[4]")
        let title = finding(.title, nil, "Phó Giám đốc", .critical, [leaders], path: "/html/body/div[2]/p[1]")
        let home = finding(.address, "home", "12 Lê Lợi, Đông Hà", .high, ["https://snv.example.gov.vn/tin-tuc/1"], path: "/html/body/article/p[7]")
        let switchboard = Finding(
            kind: .phone, subtype: "landline", value: "0233 3852 100", normalized: "+842333852100", person: nil, confidence: 0.95,
            severity: .info, message: vi ? "Số điện thoại của cơ quan" : "Phone number of the agency",
            occurrences: [Evidence(url: "https://snv.example.gov.vn/", path: "/html/body/footer/p", context: "Tổng đài: 0233 3852 100")],
            pageCount: 40)
        let citation = ChecklistItem.Citation(
            advisory: "A002", agency: "Công an tỉnh Đắk Lắk", number: "83/CAT-PA05", date: "2025-07-08",
            title: "Cảnh giác trước thủ đoạn cắt ghép “ảnh nóng”",
            quote: "Không cung cấp thông tin cá nhân như số điện thoại, địa chỉ, đơn vị công tác, số CCCD trên các trang mạng xã hội công khai.",
            gloss: "Do not give personal information such as your phone number, address, unit of work or citizen ID number on public social network pages.")
        let undated = ChecklistItem.Citation(
            advisory: "A000", agency: "Sở TTTT Đắk Nông", number: nil, date: nil, title: "Cảnh báo", quote: "Không chuyển tiếp hình ảnh giả.",
            gloss: "Never forward fabricated images.")
        let checklist = [
            ChecklistItem(
                id: "web.break-up-extortion-kit", audience: .webTeam, severity: .critical,
                action: vi ? "Bỏ số di động khỏi trang lãnh đạo; thay ảnh gốc bằng ảnh nhỏ." : "Remove the mobile from the leaders' page; serve a small photo.",
                findings: [portrait.id, mobile.id, title.id], people: [name], urls: [leaders, "https://snv.example.gov.vn/danh-ba"],
                citations: [citation]),
            ChecklistItem(
                id: "person.if-threatened", audience: .person, severity: nil,
                action: vi ? "Nếu bị đe dọa: bình tĩnh, không chuyển tiền, báo công an." : "If threatened: stay calm, never pay, call the police.",
                findings: [], people: [], urls: [], citations: [undated]),
        ]
        return Report(
            tool: .init(version: "0.1.0"), profile: "vn", language: language, subject: Subject(name: name, aliases: ["Tran Thi Binh"]),
            startedAt: Date(timeIntervalSince1970: 1_795_420_800), finishedAt: Date(timeIntervalSince1970: 1_795_420_865.5),
            complete: false,
            crawl: .init(
                seeds: ["https://snv.example.gov.vn/"], pagesFetched: 41, pagesFailed: 1, bytesFetched: 3_500_000,
                skipped: ["robots": 2, "depth": 0, "budget": 5], errors: [.init(url: "https://snv.example.gov.vn/x.pdf", message: "HTTP 404")],
                pages: [Page(url: "https://snv.example.gov.vn/", status: 200, contentType: "text/html", bytes: 20_000, depth: 0)],
                robotsIgnored: true),
            findings: [mobile, title, portrait, home, switchboard],
            people: [
                .init(name: name, occurrences: [.init(url: leaders)], pageCount: 3, findings: [portrait.id, mobile.id, title.id, home.id]),
                .init(name: "Lê Văn Cường", occurrences: [.init(url: "https://snv.example.gov.vn/tin-tuc/1")], findings: []),
            ],
            checklist: checklist)
    }

    /// Everything page-derived is hostile: markup, event handlers, script URLs, quotes, backticks,
    /// pipes, line breaks, terminal escapes and bidi overrides.
    static let hostileStrings = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)", "`rm -rf`|x|",
        "line\nbreak\r\n| forged | row |", "\u{1B}[31mRED\u{1B}[0m\u{1B}]0;title\u{07}", "abc\u{202E}gpj.exe\u{2066}x\u{2069}",
        "=HYPERLINK(\"http://evil\")", "[link](javascript:alert(1)) ![img](x) **bold** # h", "&amp; &lt;b&gt;",
    ]

    static func hostile(_ language: Language) -> Report {
        let evil = hostileStrings.joined(separator: " ")
        let urls = [
            "javascript:alert(document.cookie)", "https://evil.example/\"><script>alert(1)</script>?q='x'`y`|z",
            "data:text/html,<script>alert(1)</script>", "JaVaScRiPt:alert(1)", "http://a.example/(x) <b>",
        ]
        let findings = hostileStrings.enumerated().map { index, text in
            Finding(
                kind: FindingKind.allCases[index % FindingKind.allCases.count], subtype: index % 2 == 0 ? text : nil, value: text,
                normalized: "n\(index)", person: index % 3 == 0 ? nil : evil, confidence: 0.5,
                severity: Severity.allCases[index % Severity.allCases.count], message: "\(text) message",
                occurrences: urls.map { Evidence(url: $0, path: "/html/body/\(text)", context: evil) })
        }
        let citation = ChecklistItem.Citation(
            advisory: evil, agency: evil, number: evil, date: evil, title: evil, quote: evil, gloss: evil)
        return Report(
            tool: .init(version: "0.1.0"), profile: evil, language: language, subject: Subject(name: evil, aliases: hostileStrings),
            startedAt: Date(timeIntervalSince1970: 1_795_420_800), finishedAt: Date(timeIntervalSince1970: 1_795_420_801),
            complete: true,
            crawl: .init(
                seeds: urls, pagesFetched: 1, pagesFailed: 1, bytesFetched: 1, skipped: [evil: 1],
                errors: urls.map { .init(url: $0, message: evil) }, pages: []),
            findings: findings,
            people: [.init(name: evil, occurrences: urls.map { .init(url: $0) }, findings: findings.filter { $0.person != nil }.map(\.id))],
            checklist: [
                ChecklistItem(
                    id: "web.x", audience: .webTeam, severity: .high, action: evil, findings: findings.map(\.id), people: [evil],
                    urls: urls, citations: [citation])
            ])
    }
}
