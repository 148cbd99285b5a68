/// Phone-number recognition from digit groups: the Vietnamese numbering plan, +CC numbers and
/// US formats, normalised to E.164.
///
/// Vietnam since 2017-2018: mobiles are 10 digits `0[35789]x`, landlines 11 digits `02xx`;
/// pre-2018 mobiles were 11 digits `01[2-9]x`, pre-2017 landlines 10 digits (`04`, `08`, ...).
/// Service numbers `1800`/`1900` are dialled as written.
public struct PhoneNumber: Sendable, Hashable {
    public var e164: String
    public var subtype: String?
    /// How typical the shape is: a valid mobile beats an old-style landline.
    public var confidence: Double

    /// A run of digits as printed, with what came before it.
    struct Group {
        var digits: Substring
        /// Separator text before this group (`"("`, `" "`, `") "`, `"."`, `"/"`, ...).
        var separator: Substring
        var plus: Bool
    }

    /// Interprets consecutive groups as one number, or nil when they are not a phone.
    static func parse(_ groups: some Collection<Group>) -> PhoneNumber? {
        guard let first = groups.first else { return nil }
        // The length rules out most runs of digits (dates, years, counts) before any string is
        // made: a number has 8 to 15 digits after `+`, else 8 (a service number), 10 or 11.
        guard mayBeNumber(digitCount: groups.reduce(0) { $0 + $1.digits.utf8.count }, plus: first.plus) else { return nil }
        let digits = groups.map(\.digits).joined()
        if first.plus {
            if digits.hasPrefix("84") { return vietnamese(national: "0" + digits.dropFirst(2)) }
            guard digits.count >= 8 else { return nil }
            return PhoneNumber(e164: "+" + digits, subtype: nil, confidence: 0.8)
        }
        if digits.hasPrefix("0") { return vietnamese(national: digits) }
        if (digits.hasPrefix("1800") || digits.hasPrefix("1900")) && (digits.count == 8 || digits.count == 10) {
            return PhoneNumber(e164: digits, subtype: "service", confidence: 0.85)
        }
        return northAmerican(groups, digits: digits)
    }

    /// Whether a number may have `digitCount` digits: 8 to 15 after `+`, else 8 (a service
    /// number), 10 or 11.
    static func mayBeNumber(digitCount: Int, plus: Bool) -> Bool {
        plus ? (8...15).contains(digitCount) : digitCount == 8 || digitCount == 10 || digitCount == 11
    }

    private static func vietnamese(national: String) -> PhoneNumber? {
        let digits = Array(national.utf8)
        guard digits.count >= 2 else { return nil }
        let second = digits[1]
        let e164 = "+84" + national.dropFirst()
        switch (digits.count, second) {
        case (10, UInt8(ascii: "3")), (10, UInt8(ascii: "5")), (10, UInt8(ascii: "7")),
            (10, UInt8(ascii: "8")), (10, UInt8(ascii: "9")):
            return PhoneNumber(e164: e164, subtype: "mobile", confidence: 0.95)
        case (11, UInt8(ascii: "1")):
            return PhoneNumber(e164: e164, subtype: "mobile", confidence: 0.85)
        case (11, UInt8(ascii: "2")):
            return PhoneNumber(e164: e164, subtype: "landline", confidence: 0.95)
        case (10, UInt8(ascii: "2")), (10, UInt8(ascii: "4")), (10, UInt8(ascii: "6")):
            return PhoneNumber(e164: e164, subtype: "landline", confidence: 0.75)
        default:
            return nil
        }
    }

    /// `(310) 555-0142`, `310-555-0142`, `310.555.0142`, with an optional leading `1`.
    private static func northAmerican(_ groups: some Collection<Group>, digits: String) -> PhoneNumber? {
        var sizes = groups.map(\.digits.count)
        var national = digits
        if sizes.first == 1 && digits.hasPrefix("1") {
            sizes.removeFirst()
            national.removeFirst()
        }
        guard sizes == [3, 3, 4], let lead = national.first, ("2"..."9").contains(lead) else { return nil }
        return PhoneNumber(e164: "+1" + national, subtype: nil, confidence: 0.85)
    }
}
