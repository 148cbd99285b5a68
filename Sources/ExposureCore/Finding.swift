/// One exposed item: what it is, its value, whom it belongs to, and where it was seen.
public struct Finding: Sendable, Hashable, Codable, Identifiable {
    /// A stable fingerprint: the same exposure gets the same id on every run.
    public var id: String
    public var kind: FindingKind
    /// A finer class within the kind: `mobile`, `landline`, `fax`, `service` for phones, say.
    public var subtype: String?
    /// The value as printed on the page.
    public var value: String
    /// The comparable form: E.164 for phones, lower case for emails.
    public var normalized: String
    /// The person the finding belongs to as printed, or nil for an agency-level item.
    public var person: String?
    /// How sure the detector and the person linking are, from 0 to 1.
    public var confidence: Double
    public var severity: Severity
    /// One line saying what is exposed, for people reading the report.
    public var message: String
    /// Where it was seen; at most ``maximumOccurrences``, the first ones found.
    public var occurrences: [Evidence]
    /// On how many pages it was seen in all, which may exceed the occurrences listed.
    public var pageCount: Int
    /// For portraits and image metadata, the image and its largest original; nil otherwise,
    /// and then absent from the JSON report.
    public var image: ImageReference?

    /// A footer number appears on every page; listing a few pages says enough and keeps
    /// reports (and memory) from growing with the size of the site.
    public static let maximumOccurrences = 20

    public init(
        kind: FindingKind, subtype: String? = nil, value: String, normalized: String,
        person: String?, confidence: Double, severity: Severity, message: String,
        occurrences: [Evidence], pageCount: Int? = nil, image: ImageReference? = nil
    ) {
        self.id = Fingerprint.finding(kind: kind, normalized: normalized, person: person)
        self.kind = kind
        self.subtype = subtype
        self.value = value
        self.normalized = normalized
        self.person = person
        self.confidence = confidence
        self.severity = severity
        self.message = message
        self.occurrences = occurrences
        self.pageCount = pageCount ?? Set(occurrences.map(\.url)).count
        self.image = image
    }
}

extension Finding {
    private enum CodingKeys: String, CodingKey {
        case id, kind, subtype, value, normalized, person, confidence, severity, message, occurrences, pageCount, image
    }

    /// Writes `person` and `subtype` as explicit nulls: the report contract names every field.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(subtype, forKey: .subtype)
        try container.encode(value, forKey: .value)
        try container.encode(normalized, forKey: .normalized)
        try container.encode(person, forKey: .person)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(occurrences, forKey: .occurrences)
        try container.encode(pageCount, forKey: .pageCount)
        try container.encodeIfPresent(image, forKey: .image)
    }
}
