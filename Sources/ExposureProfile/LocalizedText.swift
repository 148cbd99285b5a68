import ExposureCore

/// A text in Vietnamese and in English; profiles must give both.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public subscript(language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }
}
