import ExposureCore
import ExposureHTML
import Foundation

/// Finds the unit or agency a person works in (`Sở Nội vụ tỉnh Bình Phước`, `UBND xã Tân Lập`,
/// `Phòng Tổ chức cán bộ`, `Cedar Hollow Police Department`, `City of Westmere`): leverage for
/// an extortionist, who threatens to denounce the victim to their agency and writes to the office.
///
/// A Vietnamese unit opens with a head word from the lexicon (`Sở`, `Phòng`, `Trung tâm`, `UBND`,
/// `Công an`, ...) and runs over its name: capitalised words, the vocabulary of unit names
/// (`tổ chức cán bộ`, `giáo dục và đào tạo`), known abbreviations (`NN&PTNT`), another head
/// (`Văn phòng Sở`), then a locality (`tỉnh Bình Phước`, `xã Tân Lập`). Upper-case headings give
/// no capitals to go by, so there only the vocabulary continues a name. A head with no name after
/// it (`Giám đốc Sở`, `phòng họp`, `Phòng 203`) is no unit. An English unit ends in a unit noun
/// with capitalised words before it (`Water Division`) or a name after `of` (`Board of
/// Commissioners`), or is a department's name (`Public Works`, `Human Resources`).
///
/// The normalized form is in NFC; upper-case text is put in sentence case, a leading `UBND` or
/// `HĐND` and field abbreviations are spelled out, and a province named without its level gets it
/// (`SỞ NGOẠI VỤ HÀ NỘI` -> `Sở Ngoại vụ thành phố Hà Nội`).
public struct WorkplaceDetector: Detector {
    public init() {}

    /// English shapes are less certain than the Vietnamese lexicon, and a unit with a person
    /// named beside it is more certainly someone's workplace.
    static let vietnameseConfidence = 0.75, vietnameseBesidePersonConfidence = 0.8
    static let englishConfidence = 0.65, englishBesidePersonConfidence = 0.7

    /// Which readings a page's language allows: English shapes count unless the page says it
    /// is Vietnamese (an English subtitle such as `HA NAM DEPARTMENT OF HEALTH` repeats the
    /// Vietnamese name), and the Vietnamese lexicon unless it says it is English (`Ban`, `Bo`
    /// are English words too). The raw value tells memo entries apart.
    enum Readings: Int {
        case both, vietnameseOnly, englishOnly

        init(language: String?) {
            let language = language?.lowercased() ?? ""
            self = language.hasPrefix("vi") ? .vietnameseOnly : language.hasPrefix("en") ? .englishOnly : .both
        }

        func allow(english: Bool) -> Bool {
            switch self {
            case .both: true
            case .vietnameseOnly: !english
            case .englishOnly: english
            }
        }
    }

    /// Whether a person is named within ``personReach`` words of the unit spanning `unit`.
    static func isBesidePerson(_ unit: Range<Int>, in words: [Word]) -> Bool {
        let start = max(0, unit.lowerBound - personReach)
        return PersonCues.present(in: words[start..<min(words.count, unit.upperBound + personReach)])
    }

    /// Words either side of a unit a person beside it is looked for in.
    static let personReach = 30

    /// Whether the unit was found with a person beside it in its block, which its confidence
    /// tells: those confidences are given to such units alone.
    static func wasFoundBesidePerson(_ detection: Detection) -> Bool {
        detection.confidence == vietnameseBesidePersonConfidence || detection.confidence == englishBesidePersonConfidence
    }

    public func detect(in page: PageText) -> [Detection] {
        let blocks = page.document.blocks
        // Blocks a site repeats on every page (header, menus, footer) are read once per audit.
        let readings = Readings(language: page.document.language)
        var found = blocks.indices.flatMap { blockIndex in
            page.detections(of: self, variant: readings.rawValue, inBlock: blockIndex) {
                units(inBlock: blockIndex, of: page, readings: readings)
            }
        }
        var people = PeopleNearby(page)
        found = Self.withoutParents(found, in: page.document).filter { detection in
            [.header, .footer].contains(detection.anchor.region) || people.areNamed(with: detection)
        }
        return Self.withoutAgencyRepeats(found)
    }

    /// The units printed in one block, Vietnamese and English.
    private func units(inBlock blockIndex: Int, of page: PageText, readings: Readings) -> [Detection] {
        let block = page.document.blocks[blockIndex]
        let words = page.words(ofBlock: blockIndex)
        var scan = BlockScan(block: block, words: words)
        return scan.units().filter { readings.allow(english: $0.isEnglish) }.map { unit in
            let value = String(block.text[unit.range])
            let besidePerson = Self.isBesidePerson(unit.words, in: words)
            let confidence =
                unit.isEnglish
                ? besidePerson ? Self.englishBesidePersonConfidence : Self.englishConfidence
                : besidePerson ? Self.vietnameseBesidePersonConfidence : Self.vietnameseConfidence
            return Detection(
                kind: .workplace, subtype: nil, value: value, normalized: (unit.normalized ?? value).precomposed,
                confidence: confidence,
                anchor: page.anchor(block: blockIndex, at: unit.range.lowerBound),
                context: Self.context(around: unit.range, in: block.text))
        }
    }

    /// The text around a unit on its line, cut to the evidence's length by UTF-8 bytes and
    /// without spaces at its ends, as the evidence keeps it. Units are many on agency pages: a
    /// snippet cut by characters is walked grapheme by grapheme, then re-spaced and re-cut by
    /// the evidence scalar by scalar; this costs a slice. The bytes are read in place, by offset.
    static func context(around range: Range<String.Index>, in text: String) -> String {
        let utf8 = text.utf8
        let lower = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        let upper = utf8.distance(from: utf8.startIndex, to: range.upperBound)
        let radius = max(0, (Evidence.maximumContextLength - (upper - lower)) / 2)
        func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
            var start = lower
            for _ in 0..<radius {
                guard start > 0, bytes[start - 1] != 0x0A else { break }
                start -= 1
            }
            var end = upper
            for _ in 0..<radius {
                guard end < bytes.count, bytes[end] != 0x0A else { break }
                end += 1
            }
            // Cut between characters' bytes, never inside one (UTF-8 continuation bytes are 10xxxxxx).
            while start < lower, bytes[start] & 0xC0 == 0x80 || bytes[start] == 0x20 { start += 1 }
            while end > upper, end < bytes.count && bytes[end] & 0xC0 == 0x80 || bytes[end - 1] == 0x20 { end -= 1 }
            return start..<end
        }
        let span = text.withUTF8Bytes(cut)
        let start = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
        return String(text[start..<utf8.index(start, offsetBy: span.count)])
    }

    /// Where a detection is printed in its block's text.
    static func range(of detection: Detection, in text: String) -> Range<String.Index> {
        let start = text.utf8.index(text.startIndex, offsetBy: detection.anchor.offset)
        return start..<text.utf8.index(start, offsetBy: detection.value.utf8.count)
    }

    /// The units without the parent body a letterhead names above the agency (`UBND TỈNH THÁI
    /// NGUYÊN` over `SỞ TƯ PHÁP`, `BỘ CÔNG AN` over `CÔNG AN TỈNH KHÁNH HÒA`): no one on the
    /// page works there.
    static func withoutParents(_ detections: [Detection], in document: HTMLDocument) -> [Detection] {
        func onlySeparators(_ text: Substring) -> Bool {
            text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || "-–|·:,.".unicodeScalars.contains($0) }
        }
        func isUpperCase(_ detection: Detection) -> Bool { hasNoLowercase(detection.value) }
        var kept: [Detection] = []
        for (position, detection) in detections.enumerated() {
            if position + 1 < detections.count, let block = detection.anchor.blockIndex,
                let nextBlock = detections[position + 1].anchor.blockIndex, isUpperCase(detection),
                isUpperCase(detections[position + 1]), headsLetterheads(detection.normalized)
            {
                let text = document.blocks[block].text
                let range = range(of: detection, in: text)
                let nextText = document.blocks[nextBlock].text
                let nextRange = Self.range(of: detections[position + 1], in: nextText)
                let adjacent =
                    nextBlock == block
                    ? range.upperBound <= nextRange.lowerBound
                        && onlySeparators(text[range.upperBound..<nextRange.lowerBound])
                    : nextBlock == block + 1 && onlySeparators(text[range.upperBound...])
                        && onlySeparators(nextText[..<nextRange.lowerBound])
                if adjacent { continue }
            }
            kept.append(detection)
        }
        return kept
    }

    /// Whether a unit is a body that heads letterheads over its agencies: an elected body or
    /// party committee, a Sở, a ministry or a department (`Cục`).
    static func headsLetterheads(_ normalized: String) -> Bool {
        let folded = NameFolding.fold(normalized)
        return letterheadPrefixes.contains { folded.hasPrefix($0) }
    }

    /// The detections without body mentions of the page's own agency: the unit named in the
    /// header or footer is the agency's, and `Giám đốc Sở Tài chính` on that Sở's own site
    /// tells nothing a visitor does not already know (the title found with it does).
    static func withoutAgencyRepeats(_ detections: [Detection]) -> [Detection] {
        let agencies = detections.filter { [.header, .footer].contains($0.anchor.region) }.map {
            NameFolding.fold($0.normalized)
        }
        guard !agencies.isEmpty else { return detections }
        return detections.filter { detection in
            guard [.main, .aside].contains(detection.anchor.region) else { return true }
            let unit = NameFolding.fold(detection.normalized)
            return !agencies.contains { $0.containsBytes(unit) }
        }
    }
}

/// A unit found in a block: where it is printed and its normalized form, nil when that is
/// the printed text.
private struct FoundUnit {
    var range: Range<String.Index>
    /// The words it is made of.
    var words: Range<Int>
    var normalized: String?
    var isEnglish = false
}

/// A word of a lexicon as spelled with diacritics (`sở`, not `số`), compared with a printed
/// word byte for byte in lower, title and upper case: no lower-casing and no allocation per
/// word, which matters as every candidate word is checked.
private struct Spelling {
    let lower: String
    let folded: String
    private let forms: [[UInt8]]

    init(_ lower: String) {
        self.lower = lower
        folded = NameFolding.fold(lower)
        let title = lower.prefix(1).uppercased() + lower.dropFirst()
        forms = [Array(lower.utf8), Array(title.utf8), Array(lower.uppercased().utf8)]
    }

    /// Whether `word` is this word; a block printed without any diacritics (`Phong Ke hoach`)
    /// is `unaccented`, and there the folded form decides.
    func matches(_ word: Word, unaccented: Bool = false) -> Bool {
        guard word.folded == folded else { return false }
        if unaccented { return true }
        let bytes = word.text.utf8
        if forms.contains(where: { bytes.elementsEqual($0) }) { return true }
        // Decomposed text (NFD, windows-1258) goes the slow way.
        return word.text.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) } && word.lowercased == lower
    }
}

/// A quick test that rules out most words before a dictionary lookup: one bit per first two
/// bytes and length of the folded keys, and one per last byte and length, so a word costs a
/// few loads instead of a hash.
private struct KeyFilter {
    private let bits: [UInt32]
    private let bitsByLast: [UInt32]

    init(_ keys: some Sequence<String>) {
        var bits = [UInt32](repeating: 0, count: 128 * 128)
        var bitsByLast = [UInt32](repeating: 0, count: 128)
        for key in keys {
            let bytes = Array(key.utf8)
            guard let first = bytes.first, let last = bytes.last else { continue }
            let second = bytes.count > 1 ? bytes[1] : 0
            bits[Int(first & 0x7F) << 7 | Int(second & 0x7F)] |= 1 << min(bytes.count, 31)
            bitsByLast[Int(last & 0x7F)] |= 1 << min(bytes.count, 31)
        }
        self.bits = bits
        self.bitsByLast = bitsByLast
    }

    /// Read on the word's stored bytes: a folded word is a small string, and walking its view
    /// costs more than the test itself.
    func mayContain(_ folded: String) -> Bool {
        folded.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, first < 0x80, let last = bytes.last else { return false }
            let second = bytes.count > 1 ? bytes[1] : 0
            guard second < 0x80 else { return false }
            let length: UInt32 = 1 << min(bytes.count, 31)
            return bits[Int(first) << 7 | Int(second)] & length != 0 && bitsByLast[Int(last & 0x7F)] & length != 0
        } ?? true
    }
}

/// A set of ``Spelling``s looked up by folded form, most words ruled out by a ``KeyFilter``
/// before the lookup hashes them.
private struct Spellings {
    private let byFolded: [String: [Spelling]]
    private let filter: KeyFilter

    init(_ words: some Sequence<String>) {
        byFolded = Dictionary(grouping: words.map(Spelling.init), by: \.folded)
        filter = KeyFilter(byFolded.keys)
    }

    func contains(_ word: Word, unaccented: Bool = false) -> Bool {
        filter.mayContain(word.folded) && byFolded[word.folded]?.contains { $0.matches(word, unaccented: unaccented) } == true
    }
}

// MARK: - Lexicons

private extension WorkplaceDetector {
    /// What a head word needs after it to name a unit.
    enum HeadRole {
        /// A name (`Sở Nội vụ`, `Phòng Tổ chức cán bộ`) or a locality (`Công an huyện`).
        case named
        /// As `named`, but the head is also a personal name (`Đoàn`, `Trường`), so only the
        /// vocabulary of unit names may follow it (`Đoàn Thanh niên`, `Trường THPT`), or a
        /// school's or hospital's namesake after that.
        case namedFromLexicon
        /// An elected body (`UBND`, `Hội đồng nhân dân`): named by its locality.
        case body
        /// A unit on its own (`Huyện ủy`, `Tỉnh đoàn`), optionally with its place.
        case complete
        /// The leadership of a unit (`Ban Giám đốc`), not a unit: the unit after it is looked for.
        case board
    }

    /// A phrase of a lexicon: its words in lower case with diacritics (NFC), and folded.
    struct Phrase {
        var words: [Spelling]
        var folded: [String]
        var role: HeadRole
        /// The spelled-out form of an abbreviated head when it leads a unit (`UBND`).
        var expansion: String?
        /// Whether the head is in ``namedAfterPeople``, ``titleHeads`` or ``abbreviatedHeads``:
        /// looked up once here, not for every unit read.
        let isNamedAfterPeople: Bool, isTitleHead: Bool, isAbbreviated: Bool

        init(_ text: String, role: HeadRole = .named, expansion: String? = nil) {
            words = text.split(separator: " ").map { Spelling(String($0)) }
            folded = words.map(\.folded)
            self.role = role
            self.expansion = expansion
            isNamedAfterPeople = WorkplaceDetector.namedAfterPeople.contains(folded)
            isTitleHead = WorkplaceDetector.titleHeads.contains(folded)
            isAbbreviated = WorkplaceDetector.abbreviatedHeads.contains(folded[0])
        }
    }

    /// Phrases grouped by their first folded word, longest first.
    static func byFirstWord(_ phrases: [Phrase]) -> PhraseLexicon {
        PhraseLexicon(
            groups: Dictionary(grouping: phrases, by: { $0.folded[0] }).mapValues { sameFolded in
                Dictionary(grouping: sameFolded, by: { $0.words[0].lower }).values.map { sameFirst in
                    PhraseGroup(first: sameFirst[0].words[0], phrases: sameFirst.sorted { $0.words.count > $1.words.count })
                }
            })
    }

    /// Phrase groups by their first folded word; most words are ruled out by a ``KeyFilter``,
    /// as every word of a unit is looked up as a head and a level.
    struct PhraseLexicon {
        let groups: [String: [PhraseGroup]]
        private let filter: KeyFilter

        init(groups: [String: [PhraseGroup]]) {
            self.groups = groups
            filter = KeyFilter(groups.keys)
        }

        subscript(folded: String) -> [PhraseGroup]? {
            filter.mayContain(folded) ? groups[folded] : nil
        }
    }

    /// Phrases that open with the same word (`ban`, `ban giám đốc`, ...), longest first: the
    /// first word is spelled out once for all of them.
    struct PhraseGroup {
        var first: Spelling
        var phrases: [Phrase]
    }

    /// Heads of Vietnamese unit names. `ủy` is also printed `uỷ`, `tòa` also `toà`.
    static let vietnameseHeads = byFirstWord(
        [
            "sở", "phòng", "ban", "văn phòng", "trung tâm", "chi cục", "cục", "tổng cục", "bộ", "bộ phận", "viện",
            "học viện", "bệnh viện", "đội", "trạm", "hội", "hiệp hội", "liên đoàn", "công đoàn", "công ty",
            "tòa án", "toà án", "đài", "thanh tra", "công an", "đảng ủy", "đảng uỷ", "ủy ban", "uỷ ban", "đại học",
            "hạt", "báo", "tạp chí", "nhà xuất bản", "bộ chỉ huy", "ban chỉ huy",
        ].map { Phrase($0) }
            + ["đoàn", "trường"].map { Phrase($0, role: .namedFromLexicon) }
            + [
                Phrase("ủy ban nhân dân", role: .body), Phrase("uỷ ban nhân dân", role: .body),
                Phrase("hội đồng nhân dân", role: .body), Phrase("ubnd", role: .body, expansion: "Ủy ban nhân dân"),
                Phrase("hđnd", role: .body, expansion: "Hội đồng nhân dân"), Phrase("ubmttq", role: .body),
            ]
            + [
                "tỉnh ủy", "tỉnh uỷ", "huyện ủy", "huyện uỷ", "thành ủy", "thành uỷ", "quận ủy", "quận uỷ", "thị ủy",
                "thị uỷ", "tỉnh đoàn", "huyện đoàn", "quận đoàn", "thành đoàn", "thị đoàn",
            ].map { Phrase($0, role: .complete) }
            + [
                "ban giám đốc", "ban giám hiệu", "ban lãnh đạo", "ban thường vụ", "ban chấp hành", "ban thường trực",
                "ban chỉ đạo", "ban biên tập", "ban tổ chức", "phòng ban", "ban ngành", "sở ngành", "hội nghị",
                "hội thảo", "hội đồng", "đội ngũ", "bộ máy", "bộ luật", "trung tâm hành chính", "đoàn kết",
                "đoàn viên", "đoàn thể", "đoàn công tác", "đoàn kiểm tra", "đoàn thanh tra", "đài tưởng niệm",
            ].map { Phrase($0, role: .board) })

    /// Words before a head that make it part of another word (`cơ sở`, `cán bộ`, `trụ sở`), or
    /// make the phrase a street or a place (`đường Trường Chinh`); folded word -> folded heads.
    static let notAfter: [String: Set<String>] = [
        "co": ["so"], "tru": ["so"], "truc": ["ban"], "tong": ["dai"], "chuyen": ["vien"], "nhan": ["vien"],
        "can": ["bo"], "toan": ["bo"], "noi": ["bo"], "dong": ["bo"], "tung": ["bo"],
        "so": ["bo"], "quoc": ["phong"], "de": ["phong"], "du": ["phong"], "benh": ["vien"], "hoc": ["vien"],
        "duong": ["truong", "doan", "bo", "hoi"], "pho": ["truong", "hoi"], "quang": ["truong"],
        "thi": ["truong"], "moi": ["truong"], "hien": ["truong"], "lap": ["truong"], "chien": ["truong"],
    ]

    /// First words after a head that make a room, a verb or a place, not a unit (`Phòng họp`,
    /// `Ban hành`, `Trường hợp`, `Trường Sa`): folded head -> lower case with diacritics.
    static let notFirstQualifier: [String: Spellings] = [
        "phong": Spellings([
            "họp", "khám", "chờ", "ngủ", "trọ", "học", "thi", "máy", "tắm", "ăn", "khách", "đọc", "vệ", "làm",
        ]),
        "ban": Spellings(["hành", "đầu", "ngày", "đêm", "nãy", "bè"]),
        "truong": Spellings(["hợp", "sa", "chinh", "sơn", "giang"]),
        "bo": Spellings(["luật", "sưu", "câu", "đề", "tiêu", "quy", "sách", "ảnh"]), "hoi": Spellings(["họa", "hoạ"]),
    ]

    /// Documents whose issuer follows `của` (`Quyết định ... của UBND tỉnh`).
    static let documentWords: [[Spelling]] = [
        "quyết định", "chỉ thị", "công văn", "nghị quyết", "thông tư", "nghị định", "kế hoạch", "thông báo", "văn bản",
        "giấy phép",
    ].map { $0.split(separator: " ").map { Spelling(String($0)) } }

    /// Words read around a unit.
    static let links = Spellings(["và", "các", "về"]), titleOpeners = Spellings(["trưởng", "chánh"])
    static let issued = Spelling("cấp"), by = Spelling("do"), at = Spelling("tại"), of = Spelling("của")
    static let licence = Spelling("phép"), madeBy = Spelling("bởi"), design = [Spelling("thiết"), Spelling("kế")]
    static let delegate = [Spelling("đại"), Spelling("biểu")]
    static let surnames = Spellings(VietnameseNames.surnames)

    /// Heads a title is made of (`Trưởng phòng`, `Chánh Văn phòng`, `Chánh Thanh tra`), folded:
    /// after `trưởng` or `chánh` the title already names the unit, which is a workplace of its
    /// own only where it says where it is (`Trưởng phòng NN&PTNT huyện Hồng Dân`).
    static let titleHeads: Set<[String]> = [
        ["phong"], ["ban"], ["van", "phong"], ["thanh", "tra"], ["tram"], ["doan"],
    ]

    /// How the normalized names of bodies that head letterheads over their agencies begin
    /// (`UBND TỈNH X` over `SỞ Y`); folded.
    static let letterheadPrefixes = [
        "uy ban nhan dan ", "hoi dong nhan dan ", "ubmttq ", "so ", "bo ", "tong cuc ", "cuc ", "dang uy ",
        "tinh uy", "huyen uy", "thanh uy", "quan uy", "thi uy",
    ]

    /// Two-word terms of unit names, folded: first word -> second words.
    static let terms: [String: Set<String>] = {
        let pairs = [
            // Provincial departments and district offices.
            "noi vu", "tu phap", "ke hoach", "dau tu", "tai chinh", "cong thuong", "nong nghiep", "phat trien",
            "nong thon", "giao thong", "van tai", "xay dung", "tai nguyen", "moi truong", "thong tin",
            "truyen thong", "lao dong", "thuong binh", "xa hoi", "van hoa", "the thao", "du lich", "khoa hoc",
            "cong nghe", "giao duc", "dao tao", "y te", "ngoai vu", "dan toc", "ton giao", "quy hoach", "kien truc",
            "kinh te", "ha tang", "do thi", "tong hop", "hanh chinh", "to chuc", "can bo", "nghiep vu", "quan ly",
            "cong chuc", "vien chuc", "cai cach", "chinh quyen", "van thu", "luu tru", "thi dua", "khen thuong",
            "bo tro", "pho bien", "phap luat", "phap ly", "kiem tra", "van ban", "xuc tien", "ho tro",
            "doanh nghiep", "dang ky", "kinh doanh", "ngan sach", "cong san", "tin hoc", "thong ke", "ky thuat",
            "phuong tien", "nguoi lai", "lanh su", "doan ra", "doan vao", "an ninh", "chinh tri", "toi pham",
            "su dung", "tro giup", "nha nuoc", "phuc vu", "chuyen doi", "tap the", "tu nhan", "thanh tra",
            "tiep cong", "cong dan", "mot cua", "tiep nhan", "ket qua", "dich vu", "dai dien",
            "cong chung", "ho tich", "dia chinh", "thi hanh", "kiem sat", "nhan dan", "hoa giai", "dat dai",
            "cong trinh", "du an", "khu vuc", "cong nghiep", "che xuat", "giai phong", "mat bang", "boi thuong",
            "tai dinh", "dinh cu", "quan su", "bien phong", "canh sat", "phong chay", "chua chay", "cuu nan",
            "cuu ho", "dieu tra", "hinh su", "ma tuy", "xuat nhap", "tuyen giao", "dan van", "noi chinh",
            "mat tran", "to quoc", "phu nu", "nong dan", "cuu chien", "chien binh", "thanh nien", "lien hiep",
            "chu thap", "trong trot", "bao ve", "thuc vat", "chan nuoi", "thu y", "thuy san", "thuy loi",
            "kiem lam", "thi truong", "dan so", "gia dinh", "an toan", "ve sinh", "thuc pham", "tieu chuan",
            "do luong", "chat luong", "giam dinh", "da khoa", "chuyen khoa", "kiem soat", "benh tat", "y hoc",
            "co truyen", "san nhi", "phu san", "kham benh", "chua benh", "mam non", "tieu hoc", "trung hoc",
            "co so", "pho thong", "noi tru", "ban tru", "thuong xuyen", "nghe nghiep", "dai hoc", "cao dang",
            "trung cap", "viec lam", "bao hiem", "hai quan", "phat thanh", "truyen hinh", "bao chi", "xuat ban",
            "buu chinh", "vien thong", "dien luc", "cap nuoc", "thoat nuoc", "cay xanh", "chieu sang", "tiep dan",
            "bao tro", "quan tri", "thiet bi", "vat tu", "duoc pham", "my pham", "dieu duong", "cap cuu",
            "hoi suc", "chong doc", "xet nghiem", "chan doan", "hinh anh", "phuc hoi", "chuc nang", "nhan su",
            "tham dinh", "dau thau", "ke toan", "thong tin", "truyen thong", "doi ngoai", "hop tac", "quoc te",
            "hoi nhap", "quy chuan", "chinh sach", "tien luong", "nguoi co", "dan chu", "co quan",
            "khoi co", "ung dung", "so hoa", "du lieu", "nguon nhan", "nhan luc", "bo duong", "nang khieu",
            "chuyen biet", "thu vien", "bao tang", "di tich", "trien lam", "nghe thuat", "bien dao", "khi tuong",
            "thuy van", "dia chat", "khoang san", "nuoc sach", "moi gioi", "phap che", "thuong mai", "cong ich",
            "khai thac", "dang kiem",
            "trung uong", "tien te", "ngan hang", "phat hanh", "to tung", "hanh phap", "lap phap",
        ]
        var terms: [String: Set<String>] = [:]
        for pair in pairs {
            let words = pair.split(separator: " ").map(String.init)
            terms[words[0], default: []].insert(words[1])
        }
        return terms
    }()

    /// Terms that are also verbs (`tổ chức`, `xây dựng`): the last term of a unit only when
    /// nothing follows in the sentence, as in `Sở Tài chính tổ chức hội nghị`; folded.
    static let verbTerms: Set<String> = [
        "to chuc", "quan ly", "ho tro", "phat trien", "xay dung", "dau tu", "kiem tra", "bao ve", "dang ky",
        "tiep nhan", "phuc vu", "thong tin", "giai phong", "dieu tra", "kinh doanh", "su dung", "chuyen doi",
        "kiem soat", "xuc tien", "tro giup", "boi thuong", "cai cach", "pho bien", "thi hanh", "giam dinh",
        "hoa giai", "khen thuong", "bao hiem", "tham dinh", "hop tac", "ung dung", "phuc hoi", "cap cuu",
        "ho tich", "cong chung", "thanh tra",
    ]

    /// Lower-case terms that may open a name in mixed-case text (`Văn phòng đại diện`,
    /// `Bộ phận một cửa`); elsewhere the first word of a name is capitalised.
    static let lowercaseOpeners: Set<String> = ["dai dien", "mot cua", "tiep nhan", "tiep cong", "tiep dan"]

    /// One-word terms of unit names, lower case with diacritics: `Sở Y tế`, `Khu công nghiệp`,
    /// `chuyển đổi số`, `công nghệ cao`, `Chi cục Thuế`, `an ninh mạng`, `trả kết quả`.
    static let singleTerms = Spellings([
        "khu", "y", "dược", "thuế", "số", "cao", "vùng", "nghề", "giá", "đất", "mạng", "trả",
    ])

    /// Abbreviations of unit names by their letters folded and joined (`NN&PTNT` -> `nnptnt`),
    /// with their spelled-out form; nil keeps the abbreviation as printed.
    static let abbreviations: [String: String?] = [
        "nnptnt": "Nông nghiệp và Phát triển nông thôn", "gddt": "Giáo dục và Đào tạo",
        "khcn": "Khoa học và Công nghệ", "khdt": "Kế hoạch và Đầu tư", "tnmt": "Tài nguyên và Môi trường",
        "ldtbxh": "Lao động - Thương binh và Xã hội", "tttt": "Thông tin và Truyền thông",
        "vhttdl": "Văn hóa, Thể thao và Du lịch", "vhtt": "Văn hóa và Thông tin", "gtvt": "Giao thông vận tải",
        "tckh": "Tài chính - Kế hoạch", "ktht": "Kinh tế và Hạ tầng", "qldt": "Quản lý đô thị",
        "nnmt": "Nông nghiệp và Môi trường", "dttg": "Dân tộc và Tôn giáo", "tchc": "Tổ chức - Hành chính",
        "tccb": "Tổ chức cán bộ", "khtc": "Kế hoạch - Tài chính", "hcth": "Hành chính - Tổng hợp",
        "thpt": nil, "thcs": nil, "ptdtnt": nil, "ptdtbt": nil, "tnhh": nil, "mtv": nil, "mttq": nil, "lhpn": nil,
        "lhtn": nil, "tncs": nil,
    ]

    /// Administrative levels that place a unit (`tỉnh`, `thị xã`), lower case with diacritics.
    static let adminLevels = byFirstWord(
        ["tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "tp"].map { Phrase($0) })

    /// The provinces and centrally-run cities, folded: a unit's name may end in one without its
    /// level (`Sở Y tế Hà Nam`), which the normalized form then adds.
    static let provinces: [String: [[String]]] = {
        let names =
            [
                "an giang", "ba ria vung tau", "bac lieu", "bac giang", "bac kan", "bac ninh", "ben tre", "binh duong",
                "binh dinh", "binh phuoc", "binh thuan", "ca mau", "cao bang", "dak lak", "dak nong", "dien bien",
                "dong nai", "dong thap", "gia lai", "ha giang", "ha nam", "ha tinh", "hai duong", "hau giang",
                "hoa binh", "hung yen", "khanh hoa", "kien giang", "kon tum", "lai chau", "lam dong", "lang son",
                "lao cai", "long an", "nam dinh", "nghe an", "ninh binh", "ninh thuan", "phu tho", "phu yen",
                "quang binh", "quang nam", "quang ngai", "quang ninh", "quang tri", "soc trang", "son la", "tay ninh",
                "thai binh", "thai nguyen", "thanh hoa", "thua thien hue", "tien giang", "tra vinh", "tuyen quang",
                "vinh long", "vinh phuc", "yen bai",
            ] + centralCities
        let split = names.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        return Dictionary(grouping: split, by: { $0[0] })
    }()

    /// Cities at province level, named `thành phố` rather than `tỉnh`.
    static let centralCities = ["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"]

    /// Capitalised words that end a name: contact labels, folded.
    static let labelWords: Set<String> = [
        "email", "e", "mail", "fax", "dt", "sdt", "dd", "dtdd", "tel", "website", "web", "hotline", "mobile", "zalo",
        "facebook", "cq", "nr", "ml",
    ]

    /// Capitalised words that end a unit's name rather than continue it (lower case with
    /// diacritics): forms of address, titles (`Giám đốc`, `Chuyên viên`), and words that start
    /// the rest of a sentence or heading. Terms and heads are looked for first, so `Trung tâm`
    /// and `Văn hóa` are not stopped by `trung` and `văn`.
    static let nameStops = Spellings([
        "ông", "bà", "chị", "cô", "thầy", "đồng", "đ", "điện", "địa", "di", "ngày", "số", "tại", "của", "và", "về",
        "giám", "phó", "chủ", "bí", "chánh", "trưởng", "chuyên", "thư", "ủy", "uỷ", "cán", "nhân", "thủ", "tổng",
        "đại", "thượng", "trung", "thiếu", "hiệu", "điều", "kế", "văn", "thanh", "trang", "liên", "giới", "tin",
        "người", "lãnh", "kính", "nơi", "chịu", "cơ", "bản", "tổ", "các", "danh", "lịch", "thông", "cổng",
    ])

    /// Words that end a place name after a level (`tỉnh Bình Phước`), lower case with diacritics;
    /// titles and forms of address among them, as a name may follow the unit.
    static let placeStops = Spellings([
        "khóa", "khoá", "nhiệm", "năm", "lần", "về", "và", "của", "tại", "các", "những", "với", "theo", "đến",
        "từ", "ngày", "số", "giai", "xin", "trân", "chào", "kính", "thông", "báo", "tin", "tức", "ông", "bà",
        "chị", "giám", "phó", "chủ", "bí", "chánh", "trưởng", "chuyên", "điện", "địa", "nơi",
    ])

    /// Heads of units named after people (`Trường THPT Lê Quý Đôn`, `Bệnh viện Bạch Mai`), folded.
    static let namedAfterPeople: Set<[String]> = [["truong"], ["benh", "vien"], ["hoc", "vien"], ["dai", "hoc"]]

    /// Heads printed as abbreviations, kept in capitals inside a longer name (`Văn phòng HĐND
    /// và UBND`); folded.
    static let abbreviatedHeads: Set<String> = ["ubnd", "hdnd", "ubmttq"]
}

// MARK: - English lexicons

private extension WorkplaceDetector {
    /// Nouns that end an English unit name (`Police Department`, `Water Division`), or open one
    /// before `of` (`City of Westmere`, `Board of Commissioners`); folded.
    static let englishUnitNouns: Set<String> = [
        "department", "dept", "office", "division", "unit", "bureau", "agency", "commission", "authority",
        "council", "board", "district", "committee", "city", "town", "village", "county", "township", "borough",
    ]

    /// Unit nouns that name a place's government (`Marlow County`): before a title they make
    /// a title (`City Manager`, `County Clerk`), not a unit.
    static let englishPlaceNouns: Set<String> = ["city", "town", "village", "county", "township", "borough"]

    /// Department names, which name a unit on their own (`Public Works`, `Human Resources`); folded.
    /// One-word names (`Finance`) are read as units only where the context says so.
    static let englishDepartments: [String: [[String]]] = {
        let names = [
            "public works", "public utilities", "human resources", "community development", "parks and recreation",
            "code enforcement", "information technology", "emergency management", "economic development",
            "public safety", "animal services", "building and safety", "planning and zoning", "public health",
            "human services", "social services", "solid waste", "water resources", "city clerk", "county clerk",
            "city manager", "city attorney", "county attorney", "finance", "planning", "utilities", "engineering",
            "purchasing", "procurement", "library", "recreation", "parks", "streets", "zoning",
            "assessor", "treasury", "elections", "communications", "facilities", "transportation", "housing",
        ]
        let split = names.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        return Dictionary(grouping: split, by: { $0[0] })
    }()

    /// Department names that are also titles (`City Clerk`): a unit only as a heading that
    /// says nothing else, as a directory's section heading does.
    static let officeTitles: Set<String> = [
        "city clerk", "county clerk", "city manager", "city attorney", "county attorney",
    ]

    /// Titles, which make a department's name before them a job title (`Finance Director`) and
    /// are no part of a unit's name before `&` (`Mayor & City Council`); folded.
    static let englishJobWords: Set<String> = [
        "director", "manager", "supervisor", "coordinator", "specialist", "administrator", "officer", "analyst",
        "technician", "assistant", "chief", "superintendent", "engineer", "clerk", "inspector", "planner",
        "deputy", "head", "commander", "mayor", "sheriff", "commissioner", "chair", "treasurer", "secretary",
        "judge",
    ]

    /// Capitalised words that start a sentence or a heading, not a unit name; folded.
    static let englishStops: Set<String> = [
        "the", "a", "an", "contact", "call", "visit", "email", "our", "your", "please", "at", "in", "to", "for",
        "from", "by", "with", "about", "welcome", "mail", "send", "of", "and", "on", "all", "this", "that",
    ]
}

// MARK: - People near a unit

/// Whether a person is named with a unit in the body of the page: beside it in its block (found
/// when the block was read, thirty words either side), in its container (a table row, card or
/// list item), or, when the unit heads a section (a heading, a row of its own), in the blocks
/// after it. A unit named with no one (`Bộ phận Một cửa: 0208.3826.195`, a menu item) is the
/// agency's structure, not anyone's workplace; the agency itself is named in the header or
/// footer.
///
/// Answers for whole blocks are kept: a page names many units in the same rows and cards.
private struct PeopleNearby {
    private let page: PageText
    private let containerPaths: [String?]
    private var namesPerson: [Bool?]

    init(_ page: PageText) {
        self.page = page
        containerPaths = page.document.blocks.map { $0.container?.path }
        namesPerson = Array(repeating: nil, count: containerPaths.count)
    }

    mutating func areNamed(with detection: Detection) -> Bool {
        guard let blockIndex = detection.anchor.blockIndex else { return false }
        let block = page.document.blocks[blockIndex]
        // The words beside the unit were read with its block: looking again would find the same.
        if WorkplaceDetector.wasFoundBesidePerson(detection) { return true }
        let range = WorkplaceDetector.range(of: detection, in: block.text)
        var sharesRow = false
        if let container = block.container {
            let nearby = max(0, blockIndex - 12)..<min(containerPaths.count, blockIndex + 13)
            let sameContainer = nearby.filter { $0 != blockIndex && containerPaths[$0] == container.path }
            if sameContainer.contains(where: { names($0) }) { return true }
            sharesRow = container.kind == .tableRow && !sameContainer.isEmpty
        }
        // A section's unit stands alone in its block, after a number at most (`II. VĂN PHÒNG SỞ`);
        // a list item standing alone is a menu's or a list's, and heads nothing.
        let headsSection =
            !sharesRow && block.container?.kind != .listItem
            && (block.isHeading
                || block.text[..<range.lowerBound].unicodeScalars.allSatisfy {
                    !$0.properties.isAlphabetic || "IVX".unicodeScalars.contains($0)
                } && block.text[range.upperBound...].unicodeScalars.allSatisfy { !$0.properties.isAlphabetic })
        guard headsSection else { return false }
        // Far enough to pass a table's header row, not out of the page's part.
        let blocks = page.document.blocks
        for next in blockIndex + 1..<min(blocks.count, blockIndex + 9) {
            guard blocks[next].region == block.region else { break }
            if names(next) { return true }
        }
        return false
    }

    private mutating func names(_ blockIndex: Int) -> Bool {
        if let known = namesPerson[blockIndex] { return known }
        let words = page.words(ofBlock: blockIndex)
        let answer = PersonCues.present(in: words[...])
        namesPerson[blockIndex] = answer
        return answer
    }
}

/// Words that tell a person is named: forms of address, titles and ranks, a Vietnamese
/// family name before a given name, an English title or given name.
private enum PersonCues {
    /// Cues by their folded first word.
    static let phrases: [String: [[Spelling]]] = {
        let cues = [
            "ông", "bà", "đồng chí", "đ c", "trưởng", "phó", "chánh", "giám đốc", "bí thư", "chủ tịch", "chủ nhiệm",
            "chuyên viên", "ủy viên", "uỷ viên", "cán bộ", "công chức", "viên chức", "nhân viên", "kế toán",
            "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "bs", "ths",
            "ts", "pgs", "gs", "bsckii", "bscki",
            // A profile's field: `Nơi công tác`, `Đơn vị công tác`.
            "công tác",
        ]
        let split = cues.map { $0.split(separator: " ").map { Spelling(String($0)) } }
        return Dictionary(grouping: split, by: { $0[0].folded })
    }()

    static let placeCues = Spellings(VietnameseNames.placeCues)
    private static let cueFilter = KeyFilter(phrases.keys)
    private static let nameFilter = KeyFilter(
        VietnameseNames.foldedSurnames.union(EnglishNames.titleCues).union(EnglishNames.givenNames)
            .union(WorkplaceDetector.englishJobWords))

    static func present(in words: ArraySlice<Word>) -> Bool {
        let cueFilter = Self.cueFilter
        let nameFilter = Self.nameFilter
        for index in words.indices {
            if cueFilter.mayContain(words[index].folded), let candidates = phrases[words[index].folded] {
                for cue in candidates where index + cue.count <= words.endIndex {
                    // Words printed without diacritics (`Ong`) count too.
                    let spelled = cue.indices.allSatisfy { offset in
                        cue[offset].matches(words[index + offset], unaccented: words[index + offset].isASCII)
                    }
                    if spelled { return true }
                }
            }
            // The filter first: it costs less than decoding the word's first letter.
            guard nameFilter.mayContain(words[index].folded), words[index].isCapitalized else { continue }
            let word = words[index]
            let next = index + 1 < words.endIndex && words[index + 1].gap == " " && words[index + 1].isCapitalized
            let isASCII = word.isASCII
            if isASCII {
                if EnglishNames.titleCues.contains(word.folded)
                    || WorkplaceDetector.englishJobWords.contains(word.folded)
                    || next && EnglishNames.givenNames.contains(word.folded)
                {
                    return true
                }
            }
            // `Nguyễn Văn`, but not a place named after a person (`huyện Trần Văn Thời`) or a
            // province (`Hà Nam`).
            if next, WorkplaceDetector.surnames.contains(word, unaccented: isASCII),
                index == words.startIndex || !placeCues.contains(words[index - 1]),
                WorkplaceDetector.provinces[word.folded]?.contains(where: {
                    $0.count > 1 && $0[1] == words[index + 1].folded
                }) != true
            {
                return true
            }
        }
        return false
    }
}

// MARK: - Reading a block

/// What separates a word from the one before it, as far as unit names care.
private enum WordGap {
    case space, hyphen, comma, ampersand, apostrophe, lineBreak, other

    init(_ gap: Substring) {
        var kind = WordGap.space
        for scalar in gap.unicodeScalars {
            switch scalar {
            case "\n":
                // A line break ends a unit whatever else the gap holds.
                self = .lineBreak
                return
            case " ", "\t", "\r", "\u{A0}": continue
            case "-", "–": kind = kind == .space ? .hyphen : .other
            case ",": kind = kind == .space ? .comma : .other
            case "&": kind = kind == .space ? .ampersand : .other
            case "'", "’": kind = kind == .space ? .apostrophe : .other
            default: kind = .other
            }
        }
        self = kind
    }
}

private extension Word {
    /// Whether no letter of the word is lower case (`SỞ`, `UBND`, `Y`).
    var isAllUppercase: Bool { WorkplaceDetector.hasNoLowercase(text) }
}

extension WorkplaceDetector {
    /// Whether no letter of the text is lower case; ASCII letters are told without Unicode's
    /// property tables, which cost a lookup per scalar.
    static func hasNoLowercase(_ text: some StringProtocol) -> Bool {
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                if scalar.value >= 0x61 && scalar.value <= 0x7A { return false }
            } else if scalar.properties.isLowercase {
                return false
            }
        }
        return true
    }
}

/// One block read for units, word by word.
private struct BlockScan {
    typealias Lexicon = WorkplaceDetector

    let block: TextBlock
    let text: String
    let words: [Word]
    /// Whether every word is capitalised (a title-case heading or menu), worked out on first need.
    private var everyWordCapitalized: Bool?
    /// Whether the block is printed without diacritics (`Phong Ke hoach - Ky thuat`), so that
    /// words match by their folded form; worked out at the first head.
    private var unaccented: Bool?

    init(block: TextBlock, words: [Word]) {
        self.block = block
        text = block.text
        self.words = words
    }

    /// The units of the block, in order, none overlapping.
    mutating func units() -> [FoundUnit] {
        var units: [FoundUnit] = []
        var index = 0
        // English names reach back over capitalised words, never into a unit already found.
        var claimedUpTo = 0
        let filter = Self.candidateFilter
        while index < words.count {
            // A long word may be a heading's noun run into the next by markup (`DEPARTMENTTown`).
            guard filter.mayContain(words[index].folded) || words[index].folded.utf8.count > 10 else {
                index += 1
                continue
            }
            // A head, or the name after a head printed in lower case (`trưởng phòng Tổ chức`),
            // is capitalised.
            let mayOpenUnit = words[index].isCapitalized || index + 1 < words.count && words[index + 1].isCapitalized
            if mayOpenUnit { noteAccents() }
            if mayOpenUnit, let head = vietnameseHead(at: index) {
                if head.role != .board, let (unit, end) = vietnameseUnit(at: index, head: head) {
                    if !namesNoEmployer(from: index, to: end) { units.append(unit) }
                    index = end
                    claimedUpTo = end
                } else {
                    index += head.words.count
                }
                continue
            }
            if words[index].isCapitalized, words[index].isASCII,
                let (unit, end) = englishUnit(at: index, notBefore: claimedUpTo)
            {
                units.append(unit)
                index = end
                claimedUpTo = end
                continue
            }
            index += 1
        }
        return units
    }

    // MARK: Words

    /// Works out, once, whether the block is printed without diacritics.
    private mutating func noteAccents() {
        guard unaccented == nil else { return }
        unaccented =
            text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
            ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The first words of Vietnamese heads and English unit nouns and department names.
    private static let candidateFilter = KeyFilter(
        Set(Lexicon.vietnameseHeads.groups.keys).union(Lexicon.englishUnitNouns).union(Lexicon.englishDepartments.keys))

    /// Whether the word at `index` is `expected` (`Sở` and not `Số`); false past the ends.
    private func spells(_ index: Int, _ expected: Spelling) -> Bool {
        words.indices.contains(index) && expected.matches(words[index], unaccented: unaccented == true)
    }

    /// Whether the word at `index` is in `list`.
    private func isListed(_ index: Int, in list: Spellings) -> Bool {
        list.contains(words[index], unaccented: unaccented == true)
    }

    /// Whether the word at `index` follows the one before it with only spaces, on the same line.
    private func joins(_ index: Int) -> Bool {
        index < words.count && WordGap(words[index].gap) == .space
    }

    /// The longest phrase of `lexicon` spelled from `index`, its later words joined by spaces.
    private func phrase(at index: Int, in lexicon: Lexicon.PhraseLexicon) -> Lexicon.Phrase? {
        guard let groups = lexicon[words[index].folded] else { return nil }
        for group in groups where spells(index, group.first) {
            for phrase in group.phrases where index + phrase.words.count <= words.count {
                let rest = (1..<phrase.words.count).allSatisfy { offset in
                    words[index + offset].folded == phrase.folded[offset] && joins(index + offset)
                        && spells(index + offset, phrase.words[offset])
                }
                if rest { return phrase }
            }
        }
        return nil
    }

    /// The head of a Vietnamese unit at `index`, or nil.
    private func vietnameseHead(at index: Int) -> Lexicon.Phrase? {
        guard let head = phrase(at: index, in: Lexicon.vietnameseHeads) else { return nil }
        if index > 0, joins(index) {
            let previous = words[index - 1].folded
            // `cơ sở`, `cán bộ`, `môi trường`, `đường Trường Chinh` are no heads, and `các phòng`
            // (the departments) names none.
            if Self.notAfterFilter.mayContain(previous) && Lexicon.notAfter[previous]?.contains(head.folded[0]) == true
                || previous == "cac" || previous == "nhung"
            {
                return nil
            }
        }
        return head
    }

    private static let notAfterFilter = KeyFilter(Lexicon.notAfter.keys)

    /// The administrative level at `index` (`tỉnh`, `thị xã`), or nil.
    private func levelAt(_ index: Int) -> Lexicon.Phrase? {
        phrase(at: index, in: Lexicon.adminLevels)
    }

    private static let termFilter = KeyFilter(Lexicon.terms.keys)

    /// Whether a two-word term of unit names starts at `index`.
    private func isTerm(at index: Int) -> Bool {
        index + 1 < words.count && Self.termFilter.mayContain(words[index].folded) && joins(index + 1)
            && Lexicon.terms[words[index].folded]?.contains(words[index + 1].folded) == true
    }

    /// Whether a one-word term of unit names is at `index` (`Y`, `Thuế`).
    private func isSingleTerm(at index: Int) -> Bool {
        isListed(index, in: Lexicon.singleTerms)
    }

    /// An abbreviation at `index` (`KH&CN`, `GD&ĐT`, `LĐ-TB&XH`, `THPT`): its word count and
    /// spelled-out form (nil: kept as printed).
    private func abbreviation(at index: Int) -> (length: Int, spelled: String?)? {
        guard words[index].isAllUppercase, words[index].text.utf8.count <= 8 else { return nil }
        var key = words[index].folded
        var found: (length: Int, spelled: String?)?
        if let spelled = Lexicon.abbreviations[key] { found = (1, spelled) }
        var next = index + 1
        // Letters joined by `&`, `-` or `,` without spaces, up to four groups.
        while next < words.count, next - index < 4, words[next].isAllUppercase, words[next].gap.utf8.count == 1 {
            let gap = WordGap(words[next].gap)
            guard gap == .ampersand || gap == .hyphen || gap == .comma else { break }
            key += words[next].folded
            next += 1
            if let spelled = Lexicon.abbreviations[key] { found = (next - index, spelled) }
        }
        return found
    }

    /// The word count of a province's name at `index`, or nil.
    private func provinceLength(at index: Int) -> Int? {
        guard Self.provinceFilter.mayContain(words[index].folded), let candidates = Lexicon.provinces[words[index].folded]
        else { return nil }
        for name in candidates where index + name.count <= words.count {
            let matches = (0..<name.count).allSatisfy { offset in
                let word = words[index + offset]
                return word.folded == name[offset] && word.isCapitalized
                    && (offset == 0 || [.space, .hyphen].contains(WordGap(word.gap)))
            }
            if matches { return name.count }
        }
        return nil
    }

    private static let provinceFilter = KeyFilter(Lexicon.provinces.keys)

    /// Whether a capitalised word starts a personal name (`Nguyễn Văn`), which ends a unit.
    private func startsPersonalName(at index: Int) -> Bool {
        index + 1 < words.count && joins(index + 1) && words[index + 1].isCapitalized
            && isListed(index, in: Lexicon.surnames)
    }

    /// Whether a capitalised word may go on with a unit's name in mixed-case text: not a
    /// label, a title or a form of address (`Giám đốc`, `Ông`, `Email`), nor a word run into
    /// the next by the markup (`phápCổng`).
    private func continuesName(at index: Int) -> Bool {
        let word = words[index]
        return word.isCapitalized && !isRunIntoNext(index) && !Lexicon.labelWords.contains(word.folded)
            && !isListed(index, in: Lexicon.nameStops)
    }

    /// Whether the word is two run together by markup without a space (`phápCổng`): an ASCII
    /// capital right after an ASCII small letter, read on bytes.
    private func isRunIntoNext(_ index: Int) -> Bool {
        var afterSmallLetter = false
        for byte in words[index].text.utf8 {
            if byte >= 0x41 && byte <= 0x5A && afterSmallLetter { return true }
            afterSmallLetter = byte >= 0x61 && byte <= 0x7A
        }
        return false
    }

    /// Whether a folded word can be one Vietnamese syllable: one run of vowels and a final
    /// consonant a syllable may end in. Upper-case headings run into each other in markup
    /// (`ĐÀ NẴNGTRUNG TÂM`), and such a word is no place name.
    private static func isSyllable(_ folded: String) -> Bool {
        var vowelRuns = 0
        var inVowels = false
        var coda: [UInt8] = []
        for byte in folded.utf8 {
            let vowel = byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79
            if vowel {
                if !inVowels { vowelRuns += 1 }
                inVowels = true
                coda.removeAll()
            } else {
                if vowelRuns > 0 { coda.append(byte) }
                inVowels = false
            }
        }
        guard vowelRuns == 1 else { return vowelRuns == 0 && folded.utf8.count <= 2 }
        return coda.isEmpty
            || ["c", "ch", "m", "n", "ng", "nh", "p", "t"].contains(String(decoding: coda, as: UTF8.self))
    }

    /// Whether every word of the block is capitalised, as in a title-case heading or menu.
    private mutating func isTitleCase() -> Bool {
        if let everyWordCapitalized { return everyWordCapitalized }
        let answer = words.count >= 3 && words.allSatisfy(\.isCapitalized)
        everyWordCapitalized = answer
        return answer
    }

    /// Whether the unit from `start` to `end` is named as no one's workplace: the issuer of an
    /// identity card (`cấp ngày 15/6/2010 tại Công an tỉnh Phú Thọ`), a licence (`Giấy phép
    /// ... của Sở Thông tin và Truyền thông`) or a decision (`Quyết định ... của UBND tỉnh`),
    /// the site's designer (`Thiết kế bởi Trung tâm ...`), or a council one is elected to
    /// (`đại biểu HĐND phường`).
    private func namesNoEmployer(from start: Int, to end: Int) -> Bool {
        if spells(end, Lexicon.issued), spells(start - 1, Lexicon.by) { return true }
        if spells(start - 2, Lexicon.delegate[0]), spells(start - 1, Lexicon.delegate[1]) { return true }
        let window = max(0, start - 12)..<start
        // Each test below needs one of a few words in the window, which most windows lack: a
        // filter test a word rules them out.
        let cueFilter = Self.windowCueFilter
        guard window.contains(where: { cueFilter.mayContain(words[$0].folded) }) else { return false }
        if spells(start - 1, Lexicon.at), window.contains(where: { spells($0, Lexicon.issued) }) { return true }
        let credit = window.contains { index in
            spells(index, Lexicon.licence) || spells(index, Lexicon.madeBy)
                || spells(index - 1, Lexicon.design[0]) && spells(index, Lexicon.design[1])
        }
        if credit { return true }
        // `của` after a document: `Quyết định số 1125/QĐ-UBND ngày 28/6/2024 của Chủ tịch UBND tỉnh`.
        guard let of = window.last(where: { spells($0, Lexicon.of) }) else { return false }
        return (window.lowerBound..<of).contains { index in
            Lexicon.documentWords.contains { spells(index, $0[0]) && spells(index + 1, $0[1]) }
        }
    }

    /// The words one of which the window before a unit holds where ``namesNoEmployer(from:to:)``
    /// can find anything there.
    private static let windowCueFilter = KeyFilter(
        [Lexicon.issued, Lexicon.licence, Lexicon.madeBy, Lexicon.design[1], Lexicon.of].map(\.folded))

    // MARK: Vietnamese units

    /// A run of words in a unit: what it is decides how it is normalized.
    private struct Token {
        enum Kind: Equatable {
            case head(expansion: String?)
            case link
            case term(verb: Bool)
            case single
            case abbreviation(String?)
            case name
            case level, place
            case province(level: String?)
            case number
        }
        var start: Int
        var count: Int
        var kind: Kind
        /// For a number after a level (`Quận 3`), its digits in the text.
        var digits: Range<String.Index>?

        var end: Int { start + count }
    }

    private static func isHead(_ kind: Token.Kind) -> Bool {
        if case .head = kind { return true }
        return false
    }

    private static func isProvince(_ kind: Token.Kind) -> Bool {
        if case .province = kind { return true }
        return false
    }

    private static func isAbbreviation(_ kind: Token.Kind) -> Bool {
        if case .abbreviation = kind { return true }
        return false
    }

    /// The unit whose head is at `start`, and the index of the word after it.
    private mutating func vietnameseUnit(at start: Int, head: Lexicon.Phrase) -> (FoundUnit, Int)? {
        let headWord = words[start]
        let next = start + head.words.count
        let abbreviatedHead = head.isAbbreviated
        // Upper case gives no capitals to go by: only the vocabulary continues a name there.
        let upperCase =
            abbreviatedHead
            ? next < words.count && words[next].isAllUppercase && words[next].text.utf8.count > 1
            : headWord.isAllUppercase && headWord.text.utf8.count > 1 || headWord.isCapitalized && isTitleCase()
        // Schools, hospitals and companies bear names (`Trường THPT Lê Quý Đôn`, `Công ty TNHH
        // Xây dựng Thành Đạt`); other units end at a capitalised word after their terms.
        let bearsPersonalNames = head.isNamedAfterPeople
        let bearsNames = bearsPersonalNames || head.folded == ["cong", "ty"]
        var tokens = [Token(start: start, count: head.words.count, kind: .head(expansion: head.expansion))]
        var index = next
        var inLocality = false
        var link: String?
        var lastHead = head
        var namesBody = false
        if head.role == .complete {
            guard let after = readPlace(from: index, upperCase: upperCase, into: &tokens) else { return nil }
            index = after
            inLocality = true
        }

        while index < words.count {
            let word = words[index]
            let named = tokens.count > 1
            let gap = WordGap(word.gap)
            if gap != .space {
                // A comma or dash goes on into more of the name (`Tài chính - Kế hoạch`,
                // `đoàn ra, đoàn vào`) or into the next level of the place (`phường X, quận Y`).
                guard gap == .comma || gap == .hyphen, named, link == nil else { break }
                let goesOn =
                    inLocality
                    ? levelAt(index) != nil
                    : isTerm(at: index) || abbreviation(at: index)?.spelled != nil
                        || gap == .hyphen && !upperCase && vietnameseHead(at: index) == nil
                            && provinceLength(at: index) == nil && continuesName(at: index)
                            && !startsPersonalName(at: index)
                guard goesOn else { break }
            }
            if upperCase && !word.isCapitalized { break }

            // After a place only the next level goes on (`phường Nghĩa Tân, quận Cầu Giấy`).
            if inLocality {
                guard let level = levelAt(index) else { break }
                guard let after = readLevel(level, at: index, upperCase: upperCase, into: &tokens) else { return nil }
                index = after
                continue
            }
            // `và`, `các` and `về` link parts of a name: `Kế hoạch và Đầu tư`, `Ban Quản lý các
            // Khu công nghiệp`, `Cục Cảnh sát QLHC về TTXH`.
            if named, link == nil, isListed(index, in: Lexicon.links) {
                tokens.append(Token(start: index, count: 1, kind: .link))
                link = word.folded
                index += 1
                continue
            }
            // The first word of a name is capitalised in mixed-case text (`Phòng Tổ chức`, not
            // `phòng họp`), and is no room or verb (`Phòng Họp`, `Ban hành`).
            if !named, Lexicon.notFirstQualifier[head.folded[0]].map({ isListed(index, in: $0) }) == true { break }
            if isTerm(at: index) {
                let term = word.folded + " " + words[index + 1].folded
                guard named || upperCase || word.isCapitalized || Lexicon.lowercaseOpeners.contains(term) else { break }
                let verb = Lexicon.verbTerms.contains(term) && (upperCase || !word.isCapitalized)
                tokens.append(Token(start: index, count: 2, kind: .term(verb: verb)))
                link = nil
                index += 2
                continue
            }
            if let level = levelAt(index) {
                guard link == nil else { break }
                guard let after = readLevel(level, at: index, upperCase: upperCase, into: &tokens) else { return nil }
                index = after
                inLocality = true
                continue
            }
            if let referent = vietnameseHead(at: index) {
                // `Văn phòng Sở`, `Văn phòng HĐND và UBND huyện`; not `Sở Nội vụ và Sở Tài chính`.
                let joinsBodies = link == "va" && lastHead.role == .body && referent.role == .body
                guard referent.role != .board, link == nil || joinsBodies, referent.folded != lastHead.folded else {
                    break
                }
                tokens.append(Token(start: index, count: referent.words.count, kind: .head(expansion: nil)))
                lastHead = referent
                namesBody = namesBody || referent.role == .body
                link = nil
                index += referent.words.count
                continue
            }
            if let (length, spelled) = abbreviation(at: index) {
                tokens.append(Token(start: index, count: length, kind: .abbreviation(spelled)))
                link = nil
                index += length
                continue
            }
            if let length = provinceLength(at: index) {
                guard link == nil else { break }
                let folded = words[index..<(index + length)].map(\.folded).joined(separator: " ")
                // A company's name may end in a province (`Thành Đạt Phú Thọ`): it gets no level.
                let level =
                    bearsNames && !bearsPersonalNames
                    ? nil : Lexicon.centralCities.contains(folded) ? "thành phố" : "tỉnh"
                tokens.append(Token(start: index, count: length, kind: .province(level: level)))
                index += length
                inLocality = true
                continue
            }
            if named, isSingleTerm(at: index) {
                tokens.append(Token(start: index, count: 1, kind: .single))
                link = nil
                index += 1
                continue
            }
            // Any other capitalised word goes on with the name in mixed-case text: the first
            // word of it (`Phòng Lãnh sự`), or a place or namesake after an abbreviation
            // (`Hội LHTN Việt Nam`) or in a school's or company's name; never a person's name,
            // except as a school's or hospital's namesake.
            let previous = tokens[tokens.count - 1].kind
            let opensOrNames = !named || previous == .name || Self.isAbbreviation(previous) || bearsNames
            guard !upperCase, link != "va", opensOrNames, continuesName(at: index),
                head.role != .namedFromLexicon || named, bearsPersonalNames && named || !startsPersonalName(at: index)
            else {
                break
            }
            tokens.append(Token(start: index, count: 1, kind: .name))
            link = nil
            index += 1
        }

        // A verb at the end, with the sentence going on, is the sentence's (`Sở Tài chính tổ
        // chức hội nghị`); so is a trailing link word. A level without its place after a named
        // unit adds nothing (`Trưởng phòng Tài chính - Kế hoạch quận`).
        while tokens.count > 2, let last = tokens.last {
            let sentenceGoesOn = last.end < words.count && joins(last.end)
            let bareLevel = last.kind == .level && !Self.isHead(tokens[tokens.count - 2].kind)
            if last.kind == .term(verb: true) && sentenceGoesOn || last.kind == .link || bareLevel {
                tokens.removeLast()
            } else {
                break
            }
        }
        if let last = tokens.last, last.kind == .link { tokens.removeLast() }

        // A head alone names no unit, except one complete in itself (`Huyện ủy`) and an
        // office's label (`Văn phòng: Ông ...`).
        if tokens.count == 1 && head.role != .complete {
            let isLabel =
                head.folded == ["van", "phong"] && start == 0
                && (next == words.count || words[next].gap.utf8.first == UInt8(ascii: ":"))
            guard isLabel else { return nil }
        }
        // After `Trưởng` or `Chánh` the title names the unit already (`Trưởng phòng Tổ chức cán
        // bộ`); it is a workplace of its own where it says where (`Trưởng phòng NN&PTNT huyện
        // Hồng Dân`, `Chánh Văn phòng HĐND và UBND huyện`).
        let afterTitle =
            start > 0 && joins(start) && head.isTitleHead
            && isListed(start - 1, in: Lexicon.titleOpeners)
        if afterTitle {
            // `Trưởng phòng Sở Nội vụ`: the title's unit is left unnamed; the Sở is read on its own.
            if head.folded == ["phong"] || head.folded == ["ban"], tokens.count > 1, Self.isHead(tokens[1].kind) {
                return nil
            }
            let saysWhere =
                namesBody || tokens.contains { [.place, .number].contains($0.kind) || Self.isProvince($0.kind) }
            guard saysWhere else { return nil }
        }
        let last = tokens[tokens.count - 1]
        // A name cut short by markup that runs it into the next word (`Bộ Tư phápCổng`) is no name.
        if last.end < words.count, joins(last.end), isRunIntoNext(last.end) { return nil }
        let end = last.digits?.upperBound ?? words[last.end - 1].text.endIndex
        let unit = FoundUnit(
            range: headWord.text.startIndex..<end, words: start..<last.end,
            normalized: normalized(tokens, upperCase: upperCase))
        return (unit, last.end)
    }

    // MARK: Places

    /// Reads a level and the place after it into `tokens`; returns the index after them, or
    /// nil when the place's name is cut short.
    private func readLevel(_ level: Lexicon.Phrase, at index: Int, upperCase: Bool, into tokens: inout [Token]) -> Int?
    {
        tokens.append(Token(start: index, count: level.words.count, kind: .level))
        return readPlace(from: index + level.words.count, upperCase: upperCase, into: &tokens)
    }

    /// Reads the name of a place after its level (`tỉnh Bình Phước`, `HUYỆN THANH SƠN`,
    /// `Quận 3`) into `tokens`; returns the index after it, or nil when the name is cut short.
    private func readPlace(from start: Int, upperCase: Bool, into tokens: inout [Token]) -> Int? {
        guard start < words.count, joins(start) else { return readNumber(before: start, into: &tokens) }
        if let length = provinceLength(at: start) {
            tokens.append(Token(start: start, count: length, kind: .province(level: nil)))
            return start + length
        }
        var index = start
        while index < words.count, index - start < 4, index == start || joins(index) {
            let word = words[index]
            guard word.isCapitalized, !isListed(index, in: Lexicon.placeStops),
                !Lexicon.labelWords.contains(word.folded), vietnameseHead(at: index) == nil,
                index == start || upperCase || !startsPersonalName(at: index)
            else {
                break
            }
            // A word run into the next heading by the markup (`ĐÀ NẴNGTRUNG TÂM`) cuts the
            // name short, and no name is better than a wrong one.
            guard Self.isSyllable(word.folded) else { return nil }
            tokens.append(Token(start: index, count: 1, kind: .place))
            index += 1
        }
        return index == start ? readNumber(before: start, into: &tokens) : index
    }

    /// Reads a number after a level (`Quận 3`, `Phường 12`) into `tokens`, as the text's digits;
    /// `next` is the index of the word after them.
    private func readNumber(before next: Int, into tokens: inout [Token]) -> Int {
        guard let level = tokens.last, level.kind == .level else { return next }
        let rest = text.utf8[
            words[level.end - 1].text.endIndex..<(next < words.count ? words[next].text.startIndex : text.endIndex)]
        guard rest.first == UInt8(ascii: " ") else { return next }
        let digitsStart = rest.index(after: rest.startIndex)
        var digitsEnd = digitsStart
        while digitsEnd < rest.endIndex, (0x30...0x39).contains(rest[digitsEnd]) {
            digitsEnd = rest.index(after: digitsEnd)
        }
        // One or two digits alone: `Quận 3`, not a phone number (`Công an tỉnh 069.3542.110`).
        let count = rest.distance(from: digitsStart, to: digitsEnd)
        guard (1...2).contains(count), rest[digitsStart] != UInt8(ascii: "0") else { return next }
        if digitsEnd < rest.endIndex {
            let after = rest[digitsEnd]
            let followedByDigit =
                rest.index(after: digitsEnd) < rest.endIndex
                && (0x30...0x39).contains(rest[rest.index(after: digitsEnd)])
            guard [0x20, 0x2C, 0x3B, 0x29, 0x0A].contains(after) || after == UInt8(ascii: ".") && !followedByDigit
            else {
                return next
            }
        }
        tokens.append(Token(start: level.end - 1, count: 1, kind: .number, digits: digitsStart..<digitsEnd))
        return next
    }

    // MARK: Normalizing

    /// The normalized form of a unit: gaps made regular, abbreviations spelled out, upper case
    /// put in sentence case, a province given its level; nil when that is the text as printed.
    private func normalized(_ tokens: [Token], upperCase: Bool) -> String? {
        // Most units are printed as normalized: capitalised, in mixed case, nothing to spell out,
        // single spaces.
        let rewritten = !words[tokens[0].start].isCapitalized || tokens.contains { token in
            switch token.kind {
            case .head(expansion: .some), .abbreviation(.some), .province(level: .some): return true
            default:
                return (token.start..<token.end).contains { index in
                    index > tokens[0].start && words[index].gap != " " || upperCase && words[index].isAllUppercase
                }
            }
        }
        guard rewritten else { return nil }
        var result = ""
        var capitalizeNext = true
        for (position, token) in tokens.enumerated() {
            if position > 0 {
                switch token.kind == .number ? .space : WordGap(words[token.start].gap) {
                case .comma: result += ", "
                case .hyphen: result += token.kind == .level ? ", " : " - "
                default: result += " "
                }
                // The first word of a name part after a dash or comma is capitalised.
                if WordGap(words[token.start].gap) != .space { capitalizeNext = true }
            }
            switch token.kind {
            case .head(let expansion?) where position == 0:
                result += expansion
                capitalizeNext = true
                continue
            case .abbreviation(let spelled?):
                result += spelled
                capitalizeNext = false
                continue
            case .number:
                result += text[token.digits!]
                continue
            case .province(let level?):
                result += level + " "
            default: break
            }
            for offset in 0..<token.count {
                let word = words[token.start + offset]
                if offset > 0 { result += WordGap(word.gap) == .space ? " " : String(word.gap) }
                let keepsCase =
                    token.kind == .abbreviation(nil) || Lexicon.abbreviatedHeads.contains(word.folded)
                guard upperCase, word.isAllUppercase, !keepsCase else {
                    // A head in lower case after its title (`trưởng phòng Tổ chức`) opens a name.
                    let opensName = position == 0 && offset == 0 && !word.isCapitalized
                    result += opensName ? word.text.prefix(1).uppercased() + word.text.dropFirst() : String(word.text)
                    continue
                }
                let capitalized: Bool
                switch token.kind {
                case .place, .province: capitalized = true
                case .level, .link, .single: capitalized = false
                case .head: capitalized = offset == 0
                default: capitalized = offset == 0 && capitalizeNext
                }
                let lower = word.lowercased
                result += capitalized ? lower.prefix(1).uppercased() + lower.dropFirst() : lower
            }
            // A name's first word, and the first after `và`, is capitalised.
            switch token.kind {
            case .head: capitalizeNext = true
            case .link: capitalizeNext = words[token.start].folded == "va"
            default: capitalizeNext = false
            }
        }
        return result
    }

    // MARK: English

    /// The English unit at `index` (a department's name or a unit noun), not reaching back
    /// before `floor`, and the index of the word after it.
    private func englishUnit(at index: Int, notBefore floor: Int) -> (FoundUnit, Int)? {
        let folded = words[index].folded
        if let names = Lexicon.englishDepartments[folded], let end = departmentEnd(at: index, names: names) {
            return (englishFound(index..<end), end)
        }
        // A heading run into its subtitle by the markup: `POLICE DEPARTMENTTown of ...`.
        var nounEnd = words[index].text.endIndex
        if !Lexicon.englishUnitNouns.contains(folded) {
            guard let cut = upperCasePrefix(of: words[index]) else { return nil }
            nounEnd = cut
        }
        var end = index + 1
        if nounEnd == words[index].text.endIndex, end < words.count, joins(end),
            words[end].isCapitalized || words[end].folded == "of"
        {
            let next = words[end]
            if next.folded == "of" {
                // `Board of Commissioners`, `City of Franklin Heights`, `Office of the City Clerk`.
                var tail = end + 1
                if tail < words.count, joins(tail), words[tail].folded == "the" { tail += 1 }
                end = capitalizedRun(from: tail)
                guard end > tail else { return nil }
                nounEnd = words[end - 1].text.endIndex
            } else {
                // A title after the noun ends the unit (`Finance Department Director`); any other
                // capitalised word goes on with it (`County Sheriff's Office`) or makes a title
                // of it (`Council Member`, `City Manager`).
                let possessive =
                    end + 1 < words.count && words[end + 1].folded == "s"
                    && WordGap(words[end + 1].gap) == .apostrophe
                guard Lexicon.englishJobWords.contains(next.folded), !possessive,
                    !Lexicon.englishPlaceNouns.contains(folded)
                else {
                    return nil
                }
            }
        }
        // Back over the capitalised words of its name: `Cedar Hollow Police`, `City Manager's`,
        // `Parks and Recreation`; not over a title (`Assistant City ...`).
        var start = index
        while start > floor, index - start < 6 {
            let gap = WordGap(words[start].gap)
            let previous = words[start - 1]
            if gap == .space, previous.isCapitalized, !Lexicon.englishStops.contains(previous.folded),
                !Lexicon.englishJobWords.contains(previous.folded)
            {
                start -= 1
            } else if gap == .space, previous.folded == "s", WordGap(previous.gap) == .apostrophe, start - 2 >= floor,
                words[start - 2].isCapitalized
            {
                start -= 2
            } else if gap == .ampersand || gap == .space && previous.folded == "and",
                case let before = gap == .ampersand ? start - 1 : start - 2, before >= floor,
                words[before].isCapitalized, !Lexicon.englishJobWords.contains(words[before].folded),
                !Lexicon.englishStops.contains(words[before].folded)
            {
                start = before
            } else {
                break
            }
        }
        // A noun alone is no unit (`the Department`, `Council`).
        guard start < index || end > index + 1 else { return nil }
        return (englishFound(start..<end, endingAt: nounEnd), end)
    }

    /// Where an upper-case unit noun ends in a word that runs it into a capitalised word
    /// (`DEPARTMENTTown`), or nil.
    private func upperCasePrefix(of word: Word) -> String.Index? {
        let scalars = word.text.unicodeScalars
        guard let lower = scalars.firstIndex(where: { $0.properties.isLowercase }), lower > scalars.startIndex else {
            return nil
        }
        let cut = scalars.index(before: lower)
        guard cut > scalars.startIndex,
            Lexicon.englishUnitNouns.contains(NameFolding.fold(word.text[word.text.startIndex..<cut]))
        else {
            return nil
        }
        return cut
    }

    /// The end of a department's name at `index` when the context makes it a unit: a
    /// two-word name anywhere (`Contact Public Utilities`), a one-word name before a title
    /// (`Finance Director`), or any alone in its block, as a directory's section heading is.
    private func departmentEnd(at index: Int, names: [[String]]) -> Int? {
        for name in names where index + name.count <= words.count {
            let matches = (0..<name.count).allSatisfy { offset in
                let word = words[index + offset]
                return word.folded == name[offset] && (offset == 0 || joins(index + offset))
                    && (word.isCapitalized || word.folded == "and")
            }
            guard matches else { continue }
            let end = index + name.count
            let alone = index == 0 && end == words.count
            // `City Clerk` heading a directory's section is the office; beside a name, a title.
            if Lexicon.officeTitles.contains(name.joined(separator: " ")) { return alone && isHeadingBlock ? end : nil }
            if end < words.count, joins(end), words[end].isCapitalized {
                // `Public Works Department` is read at its noun; `Public Safety Building` is none.
                return Lexicon.englishJobWords.contains(words[end].folded) ? end : nil
            }
            return name.count > 1 || alone ? end : nil
        }
        return nil
    }

    /// Whether the block is a heading: a heading element, or a table's or list's header cell.
    private var isHeadingBlock: Bool {
        if block.isHeading { return true }
        let element = block.path.split(separator: "/").last ?? ""
        return ["th", "dt", "caption", "legend"].contains { element == $0 || element.hasPrefix($0 + "[") }
    }

    /// The end of a run of capitalised words from `start` (up to five), with `and` inside it.
    private func capitalizedRun(from start: Int) -> Int {
        var end = start
        while end < words.count, end - start < 5, end == start || joins(end) || WordGap(words[end].gap) == .ampersand {
            if words[end].isCapitalized, !Lexicon.englishStops.contains(words[end].folded) {
                end += 1
            } else if end > start, words[end].folded == "and", end + 1 < words.count, joins(end + 1),
                words[end + 1].isCapitalized
            {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    /// An English unit over `range` of the words (its last word cut at `cut`); upper-case
    /// names are put in title case.
    private func englishFound(_ range: Range<Int>, endingAt cut: String.Index? = nil) -> FoundUnit {
        let span = words[range.lowerBound].text.startIndex..<(cut ?? words[range.upperBound - 1].text.endIndex)
        let printed = text[span]
        guard Lexicon.hasNoLowercase(printed) else {
            return FoundUnit(range: span, words: range, normalized: nil, isEnglish: true)
        }
        let titleCased = printed.lowercased().split(separator: " ").map { word in
            ["of", "and", "the"].contains(word) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }
        return FoundUnit(range: span, words: range, normalized: titleCased.joined(separator: " "), isEnglish: true)
    }
}
