extension FindingKind {
    /// The subtypes the detectors give findings of this kind; empty when they give none.
    ///
    /// Profiles name subtypes in their rules and triggers, and a misspelt one would silently
    /// match nothing, so profiles naming any other are rejected. A detector that gains a
    /// subtype adds it here.
    public var knownSubtypes: [String] {
        switch self {
        case .phone: ["mobile", "landline", "fax", "service", "home"]
        case .email: ["personal", "official"]
        case .address: ["office", "home", "hometown"]
        case .nationalID: ["cccd", "cmnd"]
        case .family:
            [
                "spouse", "father", "mother", "parent", "child", "sibling", "father-in-law", "mother-in-law",
                "son-in-law", "daughter-in-law",
            ]
        case .social: ["facebook", "zalo", "telegram", "tiktok", "youtube", "skype", "x", "instagram", "linkedin"]
        case .portrait: ["portrait", "photo"]
        case .imageMetadata: ["gps", "capture_time", "camera", "artist", "software"]
        case .documentMetadata: ["author", "last_modified_by", "company", "software", "created", "modified"]
        case .title, .workplace, .dob: []
        }
    }
}
