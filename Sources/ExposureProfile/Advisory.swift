/// An official advisory a profile follows, and the recommendations it quotes from it.
public struct Advisory: Sendable, Hashable, Codable {
    /// How checklist entries cite it, e.g. `A002`.
    public var key: String
    /// The issuing body, e.g. `Công an tỉnh Đắk Lắk`.
    public var agency: String
    /// The document number as printed, e.g. `83/CAT-PA05`; nil when the copy has none.
    public var number: String?
    /// As precise as the document says (`2025-07-08`, `2025-01`, `2024`); nil when unknown.
    public var date: String?
    /// The document it carries out, when it says so (`Công văn số 3291/STTTT-TTBCXB ...`).
    public var basis: String?
    /// Where it is published, when it is a web page.
    public var url: String?
    public var title: String
    public var recommendations: [Recommendation]

    public init(
        key: String, agency: String, number: String? = nil, date: String? = nil, basis: String? = nil,
        url: String? = nil, title: String, recommendations: [Recommendation]
    ) {
        self.key = key
        self.agency = agency
        self.number = number
        self.date = date
        self.basis = basis
        self.url = url
        self.title = title
        self.recommendations = recommendations
    }

    /// The recommendation with this id, if the advisory has one.
    public func recommendation(_ id: String) -> Recommendation? {
        recommendations.first { $0.id == id }
    }

    /// One recommendation, word for word in the advisory's language, with an English gloss.
    public struct Recommendation: Sendable, Hashable, Codable {
        /// Unique within its advisory, e.g. `no-personal-details`.
        public var id: String
        public var quote: String
        public var gloss: String

        public init(id: String, quote: String, gloss: String) {
            self.id = id
            self.quote = quote
            self.gloss = gloss
        }
    }
}
