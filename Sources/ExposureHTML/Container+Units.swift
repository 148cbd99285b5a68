import ExposureCore

extension Container {
    /// Class or id fragments of elements that box one person or item (matched case-insensitively).
    static let cardKeywords = [
        "card", "item", "member", "staff", "profile", "person", "leader", "vcard", "h-card", "contact",
        "media", "team", "col-",
        // Vietnamese CMS class names: lãnh đạo (leaders), cán bộ (officials), nhân sự (staff),
        // thành viên (members).
        "lanhdao", "lanh-dao", "canbo", "can-bo", "nhansu", "nhan-su", "thanhvien", "thanh-vien",
    ]

    /// The most visible characters a unit may hold; more is a section or a page, not one person.
    static let maximumUnitCharacters = 600

    /// The container kind an element has by its tag alone.
    static func structuralKind(of tag: HTMLTag?) -> Kind? {
        switch tag {
        case .tr: .tableRow
        case .li: .listItem
        case .dl: .definitionList
        case .figure: .figure
        default: nil
        }
    }

    /// Whether an element may be a card by its tag and its lowercased class and id.
    static func isCardCandidate(_ element: NodePointer, tag: HTMLTag?, attributes: CommonAttributes) -> Bool {
        guard tag?.isCardCandidate == true, attributes.hasClassOrID else { return false }
        if let found = element.withASCIIClassAndID(cardKeywordSet.occurs) { return found }
        let classAndID = element.classAndID
        return cardKeywords.contains { classAndID.containsBytes($0) }
    }

    private static let cardKeywordSet = ByteKeywords(cardKeywords)

    /// Whether a container candidate is small enough to be one unit: at most one heading, at
    /// most ``maximumUnitCharacters`` visible characters, fewer than two cards inside it (two or
    /// more make it the grid around the cards), and, for a table row or list item, no table
    /// inside it (that is page layout holding a table of people).
    ///
    /// A card candidate that is not a unit is no container at all; a table row, list item,
    /// list or figure still is, for what has no smaller unit inside it.
    static func isUnit(_ kind: Kind, headings: Int, characters: Int, tables: Int, innerCards: Int) -> Bool {
        guard tables == 0 || (kind != .tableRow && kind != .listItem) else { return false }
        return headings <= 1 && characters <= maximumUnitCharacters && innerCards < 2
    }
}
