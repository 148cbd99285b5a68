import ExposureCore

/// Severity and wording of a finding, from what it is and whether a person owns it.
///
/// A first cut: the profiles and the extortion-kit judgement refine it. An agency's own
/// numbers and mailboxes are information; a person's mobile or free-mail address is a contact
/// channel a scammer can use directly.
enum Judgement {
    static func severity(kind: FindingKind, subtype: String?, personal: Bool) -> Severity {
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

    static func message(kind: FindingKind, subtype: String?, person: String?, pageCount: Int) -> String {
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
        default: what = kind.rawValue.capitalized
        }
        let owner = person.map { " of \($0)" } ?? " of the agency"
        return "\(what)\(owner) published on \(pageCount) page\(pageCount == 1 ? "" : "s")"
    }
}
