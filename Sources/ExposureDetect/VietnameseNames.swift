/// Word lists for recognising Vietnamese personal names, all in folded form.
enum VietnameseNames {
    /// Family names, covering nearly all of the population (folded, so `Lê` and `Lễ` merge).
    static let surnames: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
        "ngo", "duong", "ly", "dao", "doan", "vuong", "trinh", "dinh", "lam", "phung", "mai", "to",
        "truong", "ha", "luu", "ta", "cao", "chu", "chau", "thai", "trieu", "quach", "luong", "tang",
        "lai", "kieu", "luc", "mac", "tu", "khong", "than", "nong", "hua", "ton", "quan", "la", "giang",
        "tieu", "doan", "diep", "au", "kim", "ong", "nghiem", "ninh", "dam", "dong", "lac", "lo", "vi",
        "ma", "hau", "khuc", "bach", "lam", "phi", "tong", "thach", "danh", "son", "cu", "doi", "ung",
        "vien", "yen", "banh", "che", "kha", "khuat", "lanh", "man", "nham", "sam", "thieu", "tiet",
        "van", "xa", "hong", "quang", "uong", "ca", "cam", "cat", "chuc", "dieu", "giap", "han", "hinh",
    ]

    /// Honorifics and forms of address that introduce a name.
    static let honorifics: [[String]] = [
        ["ong"], ["ba"], ["dong", "chi"], ["d", "c"], ["anh"], ["chi"], ["co"], ["thay"],
        ["dai", "ta"], ["thuong", "ta"], ["trung", "ta"], ["thieu", "ta"], ["dai", "uy"],
        ["thuong", "uy"], ["trung", "uy"], ["thieu", "uy"], ["thieu", "tuong"], ["trung", "tuong"],
        ["ts"], ["ths"], ["bs"], ["pgs"], ["gs"],
    ]

    /// Words that end a name, in lower case with diacritics kept: `phòng` stops a name,
    /// the given name `Phong` does not.
    static let stopWords: Set<String> = [
        "giám", "phó", "sở", "phòng", "ubnd", "hđnd", "email", "e", "fax", "đt", "sđt", "dđ", "tp",
        "điện", "chức", "chủ", "bí", "chánh", "trưởng", "tel", "mobile", "phone", "cq", "nr", "ml",
    ]

    /// Two-word titles whose first word is also a given name (`Thư` ký, `Kế` toán).
    static let stopPairs: Set<[String]> = [["thư", "ký"], ["kế", "toán"], ["chuyên", "viên"], ["cán", "bộ"]]

    /// Words before a name-like phrase that make it a place or an institution, not a person:
    /// `đường Trần Hưng Đạo`, `huyện Trần Văn Thời`, `trường Lê Quý Đôn` (lower case, NFC).
    static let placeCues: Set<String> = [
        "đường", "phố", "phường", "xã", "huyện", "quận", "tỉnh", "trường", "thôn", "xóm", "ấp", "bản",
        "khu", "tổ", "ngõ", "hẻm", "kiệt", "cầu", "chợ", "viện", "làng", "thị", "trấn", "tp", "tx", "tt",
        "p", "q", "thpt", "thcs", "th", "street", "st", "road", "avenue",
    ]
}
