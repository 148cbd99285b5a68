import ExposureCore

/// Severity and wording of a finding, from what it is and whether a person owns it.
///
/// A first cut: the profiles and the extortion-kit judgement refine it. An agency's own
/// numbers and mailboxes are information; a person's mobile or free-mail address is a contact
/// channel a scammer can use directly.
enum Judgement {
    /// A portrait whose original is at least this many pixels on its short side is good
    /// material for a face swap; one under ``smallPortraitSide`` is a thumbnail.
    static let largePortraitSide = 600
    static let smallPortraitSide = 250

    /// `shortSide` is a portrait's largest original's; `portraitsOfPerson` counts the distinct
    /// portraits of its person, as more pictures make a better swap.
    static func severity(
        kind: FindingKind, subtype: String?, personal: Bool, shortSide: Int? = nil, portraitsOfPerson: Int = 1
    ) -> Severity {
        switch (kind, subtype) {
        // A position in a photo's metadata may be a home, whoever is in the picture.
        case (.imageMetadata, "gps"): return .high
        case (.portrait, let subtype):
            return portraitSeverity(shortSide: shortSide, isPhoto: subtype == "photo", count: portraitsOfPerson)
        // A file's author names who wrote it (and signs, often): a person or an account name.
        case (.documentMetadata, "author"), (.documentMetadata, "last_modified_by"), (.imageMetadata, "artist"):
            return personal ? .medium : .low
        case (.documentMetadata, _), (.imageMetadata, _): return .info
        default: break
        }
        guard personal else { return .info }
        switch (kind, subtype) {
        case (.phone, "mobile"), (.phone, "home"): return .high
        case (.phone, "fax"), (.phone, "service"): return .info
        case (.phone, _): return .low
        case (.email, "personal"): return .medium
        case (.email, _): return .low
        case (.title, _), (.workplace, _): return .low
        // Enough, with a name and a birth date, to pose as the person to a bank or a carrier.
        case (.nationalID, _): return .high
        default: return .medium
        }
    }

    /// Large originals are high, thumbnails low; a second distinct portrait raises it a step,
    /// and a wider photo (a meeting, a ceremony) is a step below a head-and-shoulders one.
    private static func portraitSeverity(shortSide: Int?, isPhoto: Bool, count: Int) -> Severity {
        var rank =
            switch shortSide {
            case .some(largePortraitSide...): 3
            case .some(smallPortraitSide...), nil: 2
            default: 1
            }
        if count > 1 { rank += 1 }
        if isPhoto { rank -= 1 }
        return [Severity.low, .low, .medium, .high][min(max(rank, 0), 3)]
    }

    /// A person whose large portrait and personal mobile are both public has given away the
    /// face and the channel a scammer needs: that portrait is critical.
    static func raiseCompleteKits(_ findings: inout [Finding]) {
        let reachable = Set(findings.filter { $0.kind == .phone && $0.subtype == "mobile" }.compactMap(\.person))
        for index in findings.indices {
            guard findings[index].kind == .portrait, findings[index].severity >= .high,
                let person = findings[index].person, reachable.contains(person)
            else { continue }
            findings[index].severity = .critical
            findings[index].message += "; with the personal mobile also public, a complete kit for extortion"
        }
    }

    static func message(
        kind: FindingKind, subtype: String?, person: String?, pageCount: Int, image: ImageReference? = nil
    ) -> String {
        let what: String
        switch (kind, subtype) {
        case (.phone, "mobile"): what = "Mobile number"
        case (.phone, "home"): what = "Home phone number"
        case (.phone, "fax"): what = "Fax number"
        case (.phone, "service"): what = "Service number"
        case (.phone, _): what = "Phone number"
        case (.email, "personal"): what = "Personal email address"
        case (.email, _): what = "Email address"
        case (.title, _): what = "Title"
        case (.nationalID, _): what = "National ID number"
        case (.dob, _): what = "Date of birth"
        case (.family, _): what = "Family tie"
        case (.social, _): what = "Social account"
        case (.portrait, let subtype):
            let size = image.flatMap { image in image.width.map { "\($0)×\(image.height ?? 0) px " } } ?? ""
            what = (subtype == "photo" ? "Photo" : "Portrait") + (size.isEmpty ? "" : " (\(size.dropLast()) original)")
        case (.imageMetadata, "gps"): what = "GPS position in an image's metadata"
        case (.imageMetadata, let subtype): what = "Image metadata (\(subtype ?? "other"))"
        case (.documentMetadata, let subtype): what = "Document metadata (\(subtype ?? "other"))"
        default: what = kind.rawValue.capitalized
        }
        let owner = person.map { " of \($0)" } ?? (kind == .imageMetadata || kind == .documentMetadata ? "" : " of the agency")
        let place = kind == .imageMetadata || kind == .documentMetadata ? "file" : "page"
        return "\(what)\(owner) published on \(pageCount) \(place)\(pageCount == 1 ? "" : "s")"
    }
}
