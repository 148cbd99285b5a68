import ExposureCore

/// The one-line message of a finding, in the report's language.
///
/// Severity is the profile's business (its rules and the extortion-kit rule); this only says
/// what is exposed, whose it is, and on how many pages.
enum Judgement {
    static func message(
        kind: FindingKind, subtype: String?, person: String?, pageCount: Int, language: Language
    ) -> String {
        let (english, vietnamese) = what(kind: kind, subtype: subtype)
        switch language {
        case .en:
            let owner = person.map { " of \($0)" } ?? " of the agency"
            return "\(english)\(owner) published on \(pageCount) page\(pageCount == 1 ? "" : "s")"
        case .vi:
            let owner = person.map { " của \($0)" } ?? " của cơ quan"
            return "\(vietnamese)\(owner) được công bố trên \(pageCount) trang"
        }
    }

    /// What a finding is, in English and in Vietnamese.
    private static func what(kind: FindingKind, subtype: String?) -> (String, String) {
        switch (kind, subtype) {
        case (.phone, "mobile"): ("Mobile number", "Số điện thoại di động")
        case (.phone, "home"): ("Home phone number", "Số điện thoại nhà riêng")
        case (.phone, "fax"): ("Fax number", "Số fax")
        case (.phone, "service"): ("Service number", "Số tổng đài")
        case (.phone, _): ("Phone number", "Số điện thoại")
        case (.email, "personal"): ("Personal email address", "Địa chỉ email cá nhân")
        case (.email, _): ("Email address", "Địa chỉ email")
        case (.address, _): ("Address", "Địa chỉ")
        case (.title, _): ("Title", "Chức danh")
        case (.workplace, _): ("Workplace", "Nơi công tác")
        case (.nationalID, _): ("National ID number", "Số CCCD/CMND")
        case (.dob, _): ("Date of birth", "Ngày sinh")
        case (.family, _): ("Family tie", "Quan hệ gia đình")
        case (.social, _): ("Social account", "Tài khoản mạng xã hội")
        case (.portrait, _): ("Portrait photo", "Ảnh chân dung")
        case (.imageMetadata, _): ("Photo metadata", "Siêu dữ liệu ảnh")
        case (.documentMetadata, _): ("Document metadata", "Siêu dữ liệu tài liệu")
        }
    }
}
