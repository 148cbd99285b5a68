import ExposureCore
import Foundation

/// Every word the renderers print themselves, in the report's language.
///
/// Findings' messages and checklist actions arrive already written in that language; this table
/// holds the rest (headings, labels, severity and kind names, explanations) so that no renderer
/// carries a literal of its own and both languages stay side by side.
public struct ReportStrings: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    private func pick(vi: String, en: String) -> String { language == .vi ? vi : en }

    // MARK: Summary

    var title: String { pick(vi: "Báo cáo rà soát thông tin cá nhân bị lộ", en: "Exposure audit") }
    var summary: String { pick(vi: "Tóm tắt", en: "Summary") }
    var subject: String { pick(vi: "Người được rà soát", en: "Subject") }
    var everyone: String { pick(vi: "mọi người có tên trên trang", en: "every person on the site") }
    var aliases: String { pick(vi: "tên khác", en: "also") }
    var site: String { pick(vi: "Trang web", en: "Site") }
    var date: String { pick(vi: "Thời gian", en: "Date") }
    var pages: String { pick(vi: "Số trang", en: "Pages") }
    var profile: String { pick(vi: "Bộ quy tắc", en: "Profile") }
    var status: String { pick(vi: "Tình trạng", en: "Status") }
    var complete: String { pick(vi: "hoàn tất", en: "complete") }
    var incomplete: String {
        pick(
            vi: "CHƯA HOÀN TẤT: báo cáo chỉ gồm những gì tìm thấy trước khi dừng",
            en: "INCOMPLETE: the report holds what was found before the audit stopped")
    }
    var robotsIgnored: String {
        pick(
            vi: "robots.txt đã bị bỏ qua trong lần rà soát này (--ignore-robots)",
            en: "robots.txt was ignored for this audit (--ignore-robots)")
    }
    var findings: String { pick(vi: "Phát hiện", en: "Findings") }
    var people: String { pick(vi: "Số người", en: "People") }
    var privacyNote: String {
        pick(
            vi: "Báo cáo chứa dữ liệu cá nhân: chỉ chia sẻ với người cần xử lý.",
            en: "This report holds personal data: share it only with those who fix the exposures.")
    }

    func generatedBy(_ tool: Report.Tool) -> String {
        pick(vi: "Tạo bởi \(tool.name) \(tool.version).", en: "Written by \(tool.name) \(tool.version).")
    }

    /// `2023-11-14 22:13 UTC` or `14/11/2023 22:13 UTC`: UTC, so that a report reads the same anywhere.
    func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let (year, month, day) = (parts.year!, parts.month!, parts.day!)
        let time = String(format: "%02d:%02d UTC", parts.hour!, parts.minute!)
        return language == .vi
            ? String(format: "%02d/%02d/%04d ", day, month, year) + time
            : String(format: "%04d-%02d-%02d ", year, month, day) + time
    }

    func decimal(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func seconds(_ value: Double) -> String { pick(vi: "\(decimal(value)) giây", en: "\(decimal(value)) s") }

    func byteCount(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return decimal(Double(bytes) / 1024) + " KiB" }
        return decimal(Double(bytes) / 1024 / 1024) + " MiB"
    }

    func crawlFigures(_ crawl: Report.Crawl, seconds elapsed: Double) -> String {
        let bytes = byteCount(crawl.bytesFetched)
        return pick(
            vi: "đã tải \(crawl.pagesFetched), lỗi \(crawl.pagesFailed), \(bytes), trong \(seconds(elapsed))",
            en: "\(crawl.pagesFetched) fetched, \(crawl.pagesFailed) failed, \(bytes), in \(seconds(elapsed))")
    }

    var skipped: String { pick(vi: "bỏ qua", en: "skipped") }

    func skipReason(_ reason: String) -> String {
        switch reason {
        case "robots": pick(vi: "robots.txt cấm", en: "robots.txt")
        case "offsite": pick(vi: "ngoài trang", en: "off site")
        case "depth": pick(vi: "quá sâu", en: "too deep")
        case "budget": pick(vi: "hết hạn mức", en: "budget")
        case "excluded": pick(vi: "bị loại trừ", en: "excluded")
        case "url_too_long": pick(vi: "URL quá dài", en: "URL too long")
        case "path_trap": pick(vi: "bẫy đường dẫn", en: "path trap")
        case "pattern_budget": pick(vi: "lặp mẫu URL", en: "URL pattern budget")
        case "host_failed": pick(vi: "máy chủ lỗi", en: "server failed")
        default: reason
        }
    }

    // MARK: Severity and kinds

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .critical: pick(vi: "nghiêm trọng", en: "critical")
        case .high: pick(vi: "cao", en: "high")
        case .medium: pick(vi: "trung bình", en: "medium")
        case .low: pick(vi: "thấp", en: "low")
        case .info: pick(vi: "thông tin", en: "info")
        }
    }

    /// The severity of a checklist item, which has none when it is advice given whatever was found.
    func severity(_ severity: Severity?) -> String {
        severity.map { self.severity($0) } ?? pick(vi: "chung", en: "general")
    }

    func kind(_ kind: FindingKind) -> String {
        switch kind {
        case .phone: pick(vi: "Số điện thoại", en: "Phone number")
        case .email: pick(vi: "Thư điện tử", en: "Email address")
        case .address: pick(vi: "Địa chỉ", en: "Postal address")
        case .title: pick(vi: "Chức vụ", en: "Title")
        case .workplace: pick(vi: "Nơi công tác", en: "Workplace")
        case .nationalID: pick(vi: "Số CCCD/CMND", en: "National ID number")
        case .dob: pick(vi: "Ngày sinh", en: "Date of birth")
        case .family: pick(vi: "Người thân", en: "Family tie")
        case .social: pick(vi: "Tài khoản mạng xã hội", en: "Social account")
        case .portrait: pick(vi: "Ảnh chân dung", en: "Portrait")
        case .imageMetadata: pick(vi: "Siêu dữ liệu ảnh", en: "Image metadata")
        case .documentMetadata: pick(vi: "Siêu dữ liệu tài liệu", en: "Document metadata")
        }
    }

    /// A kind with its subtype, `Phone number (mobile)`; platform and ID names stay as they are.
    func kind(_ kind: FindingKind, subtype: String?) -> String {
        // A head-and-shoulders portrait is what the kind already says.
        guard let subtype, !(kind == .portrait && subtype == "portrait") else { return self.kind(kind) }
        return "\(self.kind(kind)) (\(self.subtype(subtype)))"
    }

    /// The distinct kinds of `findings`, `Phone number (mobile), Title`, in first-seen order.
    func kinds(of findings: [Finding]) -> String {
        var seen = Set<String>()
        return findings.map { kind($0.kind, subtype: $0.subtype) }.filter { seen.insert($0).inserted }
            .joined(separator: ", ")
    }

    private func subtype(_ subtype: String) -> String {
        switch subtype {
        case "mobile": pick(vi: "di động", en: "mobile")
        case "landline": pick(vi: "cố định", en: "landline")
        case "fax": "fax"
        case "service": pick(vi: "tổng đài dịch vụ", en: "service number")
        case "home": pick(vi: "nhà riêng", en: "home")
        case "personal": pick(vi: "cá nhân", en: "personal")
        case "official": pick(vi: "công vụ", en: "official")
        case "office": pick(vi: "cơ quan", en: "office")
        case "hometown": pick(vi: "quê quán", en: "home town")
        case "cccd", "cmnd": subtype.uppercased()
        case "spouse": pick(vi: "vợ/chồng", en: "spouse")
        case "father": pick(vi: "bố", en: "father")
        case "mother": pick(vi: "mẹ", en: "mother")
        case "parent": pick(vi: "cha mẹ", en: "parent")
        case "child": pick(vi: "con", en: "child")
        case "sibling": pick(vi: "anh chị em", en: "sibling")
        case "father-in-law": pick(vi: "bố vợ/chồng", en: "father-in-law")
        case "mother-in-law": pick(vi: "mẹ vợ/chồng", en: "mother-in-law")
        case "son-in-law": pick(vi: "con rể", en: "son-in-law")
        case "daughter-in-law": pick(vi: "con dâu", en: "daughter-in-law")
        case "facebook": "Facebook"
        case "zalo": "Zalo"
        case "telegram": "Telegram"
        case "tiktok": "TikTok"
        case "youtube": "YouTube"
        case "skype": "Skype"
        case "x": "X"
        case "instagram": "Instagram"
        case "linkedin": "LinkedIn"
        case "photo": pick(vi: "ảnh có người", en: "photo of the person")
        case "gps": pick(vi: "tọa độ GPS", en: "GPS position")
        case "capture_time": pick(vi: "thời điểm chụp", en: "time taken")
        case "camera": pick(vi: "máy ảnh", en: "camera")
        case "artist": pick(vi: "người chụp/tác giả", en: "photographer or owner")
        case "software": pick(vi: "phần mềm", en: "software")
        case "author": pick(vi: "tác giả", en: "author")
        case "last_modified_by": pick(vi: "người sửa cuối", en: "last modified by")
        case "company": pick(vi: "tổ chức", en: "company")
        case "created": pick(vi: "ngày tạo", en: "created")
        case "modified": pick(vi: "ngày sửa", en: "modified")
        default: subtype
        }
    }

    // MARK: People and the kit

    var peopleHeading: String { pick(vi: "Từng người", en: "People") }

    func namedOn(pages count: Int) -> String {
        pick(vi: "có tên trên \(count) trang", en: "named on \(count) page\(count == 1 ? "" : "s")")
    }

    var nothingAttributed: String {
        pick(
            vi: "không có thông tin liên lạc hay thông tin bị lộ nào gắn với người này",
            en: "no contact details or other exposures attributed")
    }

    var kit: String { pick(vi: "Bộ dữ liệu để tống tiền", en: "Extortion kit") }

    var kitExplanation: String {
        pick(
            vi: "Kẻ gian cần ba thứ: ảnh mặt để ghép, một cách liên lạc riêng và điểm gây sức ép.",
            en: "A scammer needs three things: a face to paste, a private way in, and leverage.")
    }

    func ingredient(_ ingredient: ExtortionKit.Ingredient) -> String {
        switch ingredient {
        case .face: pick(vi: "Khuôn mặt", en: "Face")
        case .contact: pick(vi: "Liên lạc riêng", en: "Private contact")
        case .leverage: pick(vi: "Điểm gây sức ép", en: "Leverage")
        }
    }

    func ingredientExplanation(_ ingredient: ExtortionKit.Ingredient) -> String {
        switch ingredient {
        case .face: pick(vi: "ảnh chân dung để ghép vào clip giả", en: "a portrait to paste into a fake clip")
        case .contact:
            pick(
                vi: "số di động, thư riêng, tài khoản mạng xã hội hoặc địa chỉ nhà",
                en: "a personal mobile, private email, social account or home address")
        case .leverage:
            pick(
                vi: "chức vụ, đơn vị, người thân hoặc địa chỉ nhà để đe dọa",
                en: "title, unit, family or home address to threaten them with")
        }
    }

    var exposed: String { pick(vi: "bị lộ", en: "exposed") }
    var notFound: String { pick(vi: "không thấy", en: "not found") }
    var pagesColumn: String { pick(vi: "Trang", en: "Pages") }
    var ingredientColumn: String { pick(vi: "Thành phần", en: "Ingredient") }
    var exposedColumn: String { pick(vi: "Tình trạng", en: "Status") }
    var whatColumn: String { pick(vi: "Thông tin", en: "What") }

    var wholeKitPages: String {
        pick(vi: "Trang chứa đủ cả bộ trên cùng một trang:", en: "Pages that alone hold the whole kit:")
    }
    var kitSpreadOverPages: String {
        pick(
            vi: "Cả ba thành phần đều bị lộ, trên các trang khác nhau.",
            en: "All three ingredients are exposed, on different pages.")
    }
    func kitPartial(_ exposedCount: Int) -> String {
        pick(vi: "\(exposedCount)/3 thành phần bị lộ.", en: "\(exposedCount) of 3 ingredients exposed.")
    }

    // MARK: Checklist

    var checklist: String { pick(vi: "Việc cần làm", en: "Checklist") }

    func audience(_ audience: ChecklistItem.Audience) -> String {
        switch audience {
        case .webTeam: pick(vi: "Bộ phận quản trị trang web", en: "Web team")
        case .person: pick(vi: "Người được rà soát", en: "The person")
        }
    }

    var generalChecklist: String { pick(vi: "Khuyến nghị chung", en: "For everyone") }
    var pagesToFix: String { pick(vi: "Trang cần sửa", en: "Pages to fix") }

    /// The label of a checklist item's pages: the web team fixes them, the person is shown them.
    func pages(for audience: ChecklistItem.Audience) -> String {
        audience == .webTeam ? pagesToFix : pick(vi: "Trang liên quan", en: "Pages concerned")
    }
    var cites: String { pick(vi: "Căn cứ", en: "Cites") }

    /// `Công an tỉnh Đắk Lắk, No. 83/CAT-PA05, 2025-07-08`: whatever the advisory's copy gives.
    func citation(_ citation: ChecklistItem.Citation) -> String {
        var parts = [citation.agency]
        if let number = citation.number { parts.append(pick(vi: "số \(number)", en: "No. \(number)")) }
        if let date = citation.date { parts.append(date) }
        return parts.joined(separator: ", ")
    }

    // MARK: Findings and the crawl

    var agencyLevel: String {
        pick(vi: "Thông tin của cơ quan (không gắn với cá nhân)", en: "Agency-level (not tied to a person)")
    }
    var evidence: String { pick(vi: "Bằng chứng", en: "Evidence") }
    var page: String { pick(vi: "Trang", en: "Page") }
    var element: String { pick(vi: "Phần tử", en: "Element") }
    var snippet: String { pick(vi: "Trích đoạn", en: "Snippet") }
    var value: String { pick(vi: "Giá trị", en: "Value") }
    var severityColumn: String { pick(vi: "Mức độ", en: "Severity") }
    var kindColumn: String { pick(vi: "Loại", en: "Kind") }
    var confidence: String { pick(vi: "độ tin cậy", en: "confidence") }

    func seenOn(pages count: Int) -> String {
        pick(vi: "xuất hiện trên \(count) trang", en: "seen on \(count) page\(count == 1 ? "" : "s")")
    }

    func andMore(_ count: Int) -> String { pick(vi: "… và \(count) mục khác", en: "… and \(count) more") }

    func moreInFullReport(_ count: Int) -> String {
        pick(vi: "… và \(count) mục khác (xem báo cáo JSON hoặc HTML)", en: "… and \(count) more (see the JSON or HTML report)")
    }

    var crawl: String { pick(vi: "Thu thập trang", en: "Crawl") }
    var errors: String { pick(vi: "Lỗi khi thu thập", en: "Crawl errors") }

    // MARK: History

    func acceptedRisks(_ count: Int) -> String {
        pick(vi: "Rủi ro đã chấp nhận (\(count), không tính ở trên)", en: "Accepted risks (\(count), not counted above)")
    }
    func acceptedApart(_ count: Int) -> String {
        pick(vi: "\(count) đã chấp nhận, liệt kê riêng", en: "\(count) accepted, listed apart")
    }
    func accepted(reason: String, until: String?) -> String {
        let until = until.map { pick(vi: ", đến hết \($0)", en: ", until \($0)") } ?? ""
        return pick(vi: "đã chấp nhận: \(reason)\(until)", en: "accepted: \(reason)\(until)")
    }
    func unchangedPages(_ count: Int) -> String {
        pick(
            vi: "\(count) trang không đổi từ lần kiểm tra trước (kết quả lấy từ lịch sử)",
            en: "\(count) pages unchanged since the last audit (findings taken from the history)")
    }

    // MARK: CSV

    /// The CSV header, column by column: id, kind, subtype, severity, person, value, url, path, context, message.
    var csvHeader: [String] {
        language == .vi
            ? ["mã", "loại", "loại con", "mức độ", "người", "giá trị", "url", "đường dẫn DOM", "trích đoạn", "mô tả"]
            : ["id", "kind", "subtype", "severity", "person", "value", "url", "path", "context", "message"]
    }

    // MARK: SARIF rules

    /// A rule's one-line description: what was found.
    func ruleShortDescription(_ kind: FindingKind) -> String {
        pick(vi: "\(self.kind(kind)) công khai trên trang web", en: "\(self.kind(kind)) published on a web page")
    }

    /// Why a kind of finding matters to an extortion scammer.
    func ruleFullDescription(_ kind: FindingKind) -> String {
        switch kind {
        case .phone:
            pick(
                vi: "Số di động cá nhân là kênh để kẻ gian gọi, nhắn tin, tìm tài khoản Zalo và đe dọa; số tổng đài của cơ quan thì không.",
                en: "A personal mobile lets a scammer call, text, find the Zalo account and threaten; an agency switchboard does not.")
        case .email:
            pick(
                vi: "Thư cá nhân là kênh gửi ảnh giả và lời đe dọa; hộp thư công vụ được cơ quan quản lý.",
                en: "A private mailbox is where fake pictures and threats are sent; an official mailbox is managed by the agency.")
        case .address:
            pick(
                vi: "Địa chỉ nhà riêng cho phép gửi thư đe dọa và dán ảnh giả quanh nhà.",
                en: "A home address lets a scammer post threats and paste fake pictures around the home.")
        case .title, .workplace:
            pick(
                vi: "Chức vụ và đơn vị cho kẻ gian biết nên đe dọa báo cho ai (cấp trên, cơ quan).",
                en: "Title and unit tell a scammer whom to threaten to tell (superiors, the agency).")
        case .nationalID:
            pick(
                vi: "Số định danh giúp giả mạo danh tính và làm lời đe dọa đáng tin hơn.",
                en: "An ID number helps impersonation and makes a threat look informed.")
        case .dob:
            pick(vi: "Ngày sinh giúp giả mạo danh tính.", en: "A date of birth helps impersonation.")
        case .family:
            pick(
                vi: "Người thân là đối tượng kẻ gian dọa sẽ gửi ảnh giả tới.",
                en: "Family members are whom a scammer threatens to send the fake pictures to.")
        case .social:
            pick(
                vi: "Tài khoản mạng xã hội là kênh liên lạc và là nguồn ảnh, quan hệ của người đó.",
                en: "A social account is a channel to reach the person and a source of photos and relationships.")
        case .portrait:
            pick(
                vi: "Ảnh chân dung rõ, kích thước lớn là nguyên liệu để ghép mặt vào clip giả (deepfake).",
                en: "A large, frontal portrait is the raw material for pasting a face into a fake clip (deepfake).")
        case .imageMetadata, .documentMetadata:
            pick(
                vi: "Siêu dữ liệu (tác giả, vị trí GPS, thiết bị) có thể lộ thông tin không hiện trên trang.",
                en: "Metadata (author, GPS position, device) can expose what the page does not show.")
        }
    }

    /// A rule's help: the general fix for its kind; the checklist's actions follow it.
    func ruleHelp(_ kind: FindingKind) -> String {
        switch kind {
        case .phone, .email, .address, .social:
            pick(
                vi: "Công bố số máy và hộp thư của cơ quan, không công bố liên lạc cá nhân.",
                en: "Publish the office line and the official mailbox, not personal contacts.")
        case .portrait:
            pick(vi: "Dùng ảnh nhỏ thay cho ảnh gốc độ phân giải cao.", en: "Serve a small thumbnail, not the high-resolution original.")
        case .imageMetadata, .documentMetadata:
            pick(vi: "Xóa siêu dữ liệu trước khi đăng tệp.", en: "Strip metadata before publishing files.")
        case .title, .workplace, .nationalID, .dob, .family:
            pick(
                vi: "Chỉ công bố những gì quy định yêu cầu; bỏ thông tin riêng tư.",
                en: "Publish what the rules require and nothing private.")
        }
    }

    var checklistActionsForRule: String { pick(vi: "Việc cần làm theo báo cáo này:", en: "Actions from this audit:") }
}
