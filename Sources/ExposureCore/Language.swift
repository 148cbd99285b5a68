/// A language reports and checklists are written in; the raw values are ISO 639-1 codes.
public enum Language: String, Sendable, Codable, CaseIterable {
    case vi, en
}
