/// Word lists for recognising Vietnamese personal names, all in folded form.
import ExposureCore

enum VietnameseNames {
    /// Family names, lower case with diacritics (NFC): `Dương` is a family name, `Đường`
    /// (street) and `Văn` (as in `Văn bản`) are not. Names printed without any diacritics are
    /// compared by ``foldedSurnames``.
    static let surnames: Set<String> = [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
        "hồ", "ngô", "dương", "lý", "lí", "đào", "đoàn", "vương", "trịnh", "đinh", "lâm", "phùng",
        "mai", "tô", "trương", "hà", "lưu", "tạ", "cao", "chu", "châu", "thái", "triệu", "quách",
        "lương", "tăng", "lại", "kiều", "lục", "mạc", "từ", "khổng", "thân", "nông", "hứa", "tôn",
        "quan", "la", "giang", "tiêu", "doãn", "diệp", "âu", "kim", "ông", "nghiêm", "ninh", "đàm",
        "đồng", "lạc", "lò", "vi", "vy", "ma", "hầu", "khúc", "bạch", "phí", "tống", "thạch", "cù",
        "đới", "ưng", "viên", "bành", "khuất", "nhâm", "thiều", "tiết", "uông", "cấn", "cát", "giáp",
        "hàn", "lã", "lữ", "mẫn", "nhữ", "ôn", "chế", "đậu", "lạng", "lộc", "mông", "trình",
    ]

    /// ``surnames`` without diacritics, for names printed in plain ASCII (`Nguyen Van Binh`).
    static let foldedSurnames: Set<String> = Set(surnames.map(NameFolding.fold))

    /// Honorifics, forms of address, ranks and degrees that introduce a name (folded; two-word
    /// ones joined by a space): `Ông`, `Đồng chí`, `Đ/c`, `Đại tá`, `ThS.`.
    static let honorifics: Set<String> = [
        "ong", "ba", "dong chi", "d c", "anh", "chi", "co", "thay", "dai ta", "thuong ta", "trung ta",
        "thieu ta", "dai uy", "thuong uy", "trung uy", "thieu uy", "thieu tuong", "trung tuong", "ts", "ths",
        "bs", "pgs", "gs", "cn", "ks", "ds", "ls", "bsckii", "bscki", "mr", "mrs", "ms", "dr",
    ]

    /// Words that end a name, in lower case with diacritics kept: `phòng` stops a name,
    /// the given name `Phong` does not.
    static let stopWords: Set<String> = [
        "giám", "phó", "sở", "phòng", "ubnd", "hđnd", "email", "e", "fax", "đt", "sđt", "dđ", "tp",
        "điện", "chức", "chủ", "bí", "chánh", "trưởng", "tel", "mobile", "phone", "cq", "nr", "ml",
        // Function and common words, capitalised in upper-case headings and menus.
        "và", "của", "các", "những", "với", "cho", "tại", "trong", "theo", "về", "là", "có", "được",
        "ngày", "tháng", "tổ", "phủ", "bản", "mới", "nhà", "nước", 
        "ủy", "ban", "hội", "kế", "hoạch", "tác", "sự", "kiện", "tin", "tức", "hệ", "giới",
        "thiệu", "lịch", "sử", "bạ", "lãnh", "tỉnh", "huyện", "xã", "phường", "quận",
        // Common words of upper-case unit names, never syllables of a personal name.
        "ra", "vào", "dự", "án", "đầu", "xây", "dựng", "khu", "vực", "con", "cung", "tạo", "giáo",
        "dục", "học", "tế", "pháp", "động", "tải", "môi", "quản", "cháu", "vợ", "chồng",
        "cha", "mẹ", "em", "số", "đường", "phố", "thôn", "ấp", "ngõ", "hẻm", "viếng",
    ]

    /// Last words of titles, which may stand capitalised right before a name
    /// (`Phó Giám Đốc Nguyễn Văn An`); any other capitalised word there means the phrase is a
    /// unit or place name (`Phòng Quản Lý Đoàn Ra`).
    static let titleEndings: Set<String> = [
        "đốc", "tịch", "thư", "trưởng", "phòng", "ban", "viên", "tá", "úy", "uý", "tướng", "sĩ", "sư",
        "phó", "chánh", "trực", "giám",
    ]

    /// Two-word titles whose first word is also a given name (`Thư` ký, `Kế` toán).
    static let stopPairs: Set<[String]> = [
        ["thư", "ký"], ["kế", "toán"], ["chuyên", "viên"], ["cán", "bộ"], ["nhân", "dân"],
    ]

    /// Words before a name-like phrase that make it a place or an institution, not a person:
    /// `đường Trần Hưng Đạo`, `huyện Trần Văn Thời`, `trường Lê Quý Đôn` (lower case, NFC).
    static let placeCues: Set<String> = [
        "đường", "phố", "phường", "xã", "huyện", "quận", "tỉnh", "trường", "thôn", "xóm", "ấp", "bản",
        "khu", "tổ", "ngõ", "hẻm", "kiệt", "cầu", "chợ", "viện", "làng", "thị", "trấn", "tp", "tx", "tt",
        "p", "q", "thpt", "thcs", "th", "street", "st", "road", "avenue",
    ]
}
