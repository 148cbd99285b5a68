/// What a finding exposes; the raw values are the JSON report contract's `kind` strings.
public enum FindingKind: String, Sendable, Codable, CaseIterable {
    case phone
    case email
    case address
    case title
    case workplace
    case nationalID = "national_id"
    case dob
    case family
    case social
    case portrait
    case imageMetadata = "image_metadata"
    case documentMetadata = "document_metadata"
}
