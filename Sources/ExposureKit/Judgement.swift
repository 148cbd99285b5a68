import ExposureCore

/// How big a portrait's danger is, and the one-line message of a finding in the report's language.
///
/// Severity is otherwise the profile's business (its rules and the extortion-kit rule); a
/// portrait's also depends on what the profile cannot see: the pixel size of its largest
/// original and how many distinct portraits of the person are public.
enum Judgement {
    /// A portrait whose original is at least this many pixels on its short side is good
    /// material for a face swap; one under ``smallPortraitSide`` is a thumbnail.
    static let largePortraitSide = 600
    static let smallPortraitSide = 250

    /// `base` (the profile's severity for a portrait) for a large original; a step lower for a
    /// mid-sized or unmeasured one, two for a thumbnail; a step back up when the person has more
    /// than one distinct portrait out, and a step lower for a wider photo (a meeting, a
    /// ceremony). Never above `base`, never below low.
    static func portraitSeverity(base: Severity, shortSide: Int?, isPhoto: Bool, count: Int) -> Severity {
        var steps =
            switch shortSide {
            case .some(largePortraitSide...): 0
            case .some(smallPortraitSide...), nil: -1
            default: -2
            }
        if count > 1 { steps += 1 }
        if isPhoto { steps -= 1 }
        let levels = Severity.allCases.sorted()
        let index = levels.firstIndex(of: base)! + min(steps, 0)
        return levels[max(index, levels.firstIndex(of: .low)!)]
    }

    static func message(
        kind: FindingKind, subtype: String?, person: String?, pageCount: Int, image: ImageReference? = nil,
        language: Language
    ) -> String {
        let (english, vietnamese) = what(kind: kind, subtype: subtype, image: image)
        let isFile = kind == .imageMetadata || kind == .documentMetadata
        switch language {
        case .en:
            let owner = person.map { " of \($0)" } ?? (isFile ? "" : " of the agency")
            let place = isFile ? "file" : "page"
            return "\(english)\(owner) published on \(pageCount) \(place)\(pageCount == 1 ? "" : "s")"
        case .vi:
            let owner = person.map { " của \($0)" } ?? (isFile ? "" : " của cơ quan")
            return "\(vietnamese)\(owner) được công bố trên \(pageCount) \(isFile ? "tệp" : "trang")"
        }
    }

    /// What a finding is, in English and in Vietnamese.
    private static func what(kind: FindingKind, subtype: String?, image: ImageReference?) -> (String, String) {
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
        case (.portrait, let subtype):
            portraitWords(isPhoto: subtype == "photo", size: image.flatMap { image in
                image.width.flatMap { width in image.height.map { "\(width)×\($0) px" } }
            })
        case (.imageMetadata, "gps"): ("GPS position in an image's metadata", "Tọa độ GPS trong siêu dữ liệu ảnh")
        case (.imageMetadata, let subtype):
            ("Image metadata (\(subtype ?? "other"))", "Siêu dữ liệu ảnh (\(subtype ?? "khác"))")
        case (.documentMetadata, let subtype):
            ("Document metadata (\(subtype ?? "other"))", "Siêu dữ liệu tài liệu (\(subtype ?? "khác"))")
        }
    }

    private static func portraitWords(isPhoto: Bool, size: String?) -> (String, String) {
        let english = isPhoto ? "Photo" : "Portrait"
        let vietnamese = isPhoto ? "Ảnh" : "Ảnh chân dung"
        guard let size else { return (english, vietnamese) }
        return ("\(english) (\(size) original)", "\(vietnamese) (bản gốc \(size))")
    }
}
