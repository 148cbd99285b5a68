/// What a document says about who made it, when and with what; only the fields it has.
///
/// Every string is cut to ``maximumFieldBytes`` UTF-8 bytes (at a character boundary), so a
/// hostile file cannot fill a report through its metadata. Dates are kept as the file gives
/// them (ISO 8601 from poppler and Office).
public struct DocumentMetadata: Sendable, Hashable, Codable {
    public static let maximumFieldBytes = 256

    /// PDF Author, XMP `dc:creator`, Office `dc:creator`: usually a person's account name.
    public var author: String? { didSet { author = author.flatMap(Self.cut) } }
    /// Office `cp:lastModifiedBy`.
    public var lastModifiedBy: String? { didSet { lastModifiedBy = lastModifiedBy.flatMap(Self.cut) } }
    /// PDF Producer (the library that wrote the PDF).
    public var producer: String? { didSet { producer = producer.flatMap(Self.cut) } }
    /// PDF Creator, XMP `xmp:CreatorTool`, Office `Application`.
    public var creatorTool: String? { didSet { creatorTool = creatorTool.flatMap(Self.cut) } }
    /// Office `Company` (the licensee's organisation).
    public var company: String? { didSet { company = company.flatMap(Self.cut) } }
    public var title: String? { didSet { title = title.flatMap(Self.cut) } }
    public var created: String? { didSet { created = created.flatMap(Self.cut) } }
    public var modified: String? { didSet { modified = modified.flatMap(Self.cut) } }

    public init() {}

    /// Whether no field is set.
    public var isEmpty: Bool { self == DocumentMetadata() }

    /// Trimmed, cut to ``maximumFieldBytes``; nil when nothing is left.
    static func cut(_ value: String) -> String? {
        let trimmed = value.trimmingWhitespace
        guard !trimmed.isEmpty else { return nil }
        guard trimmed.utf8.count > maximumFieldBytes else { return trimmed }
        var result = ""
        for character in trimmed {
            guard result.utf8.count + character.utf8.count <= maximumFieldBytes else { break }
            result.append(character)
        }
        return result
    }
}
