/// Words a profile offers the detectors: titles, honorifics, address words.
///
/// Kept modest and exact: a wrong word here costs precision on every site the profile audits.
public struct Lexicons: Sendable, Hashable, Codable {
    /// Titles and positions (`Giám đốc`, `Director`).
    public var titles: [String]
    /// Words said before a name (`Ông`, `Đồng chí`, `Đại tá`, `Mr.`).
    public var honorifics: [String]
    /// Words that mark a postal address (`phường`, `quận`, `Street`).
    public var addressWords: [String]

    public init(titles: [String], honorifics: [String], addressWords: [String]) {
        self.titles = titles
        self.honorifics = honorifics
        self.addressWords = addressWords
    }

    private enum CodingKeys: String, CodingKey {
        case titles, honorifics
        case addressWords = "address_words"
    }
}
