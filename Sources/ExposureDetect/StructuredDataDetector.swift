import ExposureCore
import ExposureHTML
import Foundation

/// Reads the people and contact details a page publishes as schema.org JSON-LD.
///
/// Every `Person` node (at the top, in `@graph`, or nested as `employee`, `member`, `founder`,
/// `author`, ...) yields a mention of its name and its phones, fax, emails, address, job title,
/// employer and contact points, all at one anchor whose container is that node, so the linker
/// gives them to that person. Any other typed node (an organization, an office, a place) yields
/// its contact details at an anchor with no container: the agency's. `sameAs` accounts are read
/// as ``SocialDetector`` reads links, and a person's `birthDate` as ``DateOfBirthDetector``
/// reads dates, so the page's JSON-LD is read here alone.
///
/// Microformats need nothing here: the parser makes an h-card (or legacy vcard) a card
/// container, so the text detectors and the linker read it like any other person's card.
public struct StructuredDataDetector: Detector {
    /// Scripts longer than this are skipped: real JSON-LD is a few kilobytes, and a parsed
    /// script takes several times its size in memory.
    static let maximumScriptBytes = 1 << 20
    /// How deep the walk goes into a script, and how many objects and arrays it visits on one
    /// page, so that no page can make it run long.
    static let maximumDepth = 24
    static let maximumNodes = 10_000

    /// Types that are parts of the node holding them, read with it, never owners on their own.
    private static let partTypes: Set<String> = ["PostalAddress", "ContactPoint"]

    /// The subject's name and aliases, folded, and the key a mention of any of them gets.
    private let subjectNames: Set<String>
    private let subjectKey: String?

    public init(subject: Subject = Subject(name: nil)) {
        subjectNames = Set(subject.allNames.map(NameFolding.fold))
        subjectKey = subject.name.map(NameFolding.fold)
    }

    public func detect(in page: PageText) -> [Detection] {
        findings(in: page).detections
    }

    /// The people the page's JSON-LD names, each anchored with the items read from its node.
    public func mentions(in page: PageText) -> [PersonMention] {
        findings(in: page).mentions
    }

    /// The detections and the mentions together, reading each script once.
    public func findings(in page: PageText) -> (detections: [Detection], mentions: [PersonMention]) {
        var findings = Findings()
        var budget = Self.maximumNodes
        for (index, script) in page.document.jsonLD.enumerated() where script.utf8.count <= Self.maximumScriptBytes {
            // Malformed JSON-LD is common (unbalanced braces, CMS template slips) and simply unread.
            guard let root = try? JSONSerialization.jsonObject(with: Data(script.utf8)) else { continue }
            visit(root, path: "script[type=application/ld+json][\(index)]", depth: 0, budget: &budget, into: &findings)
        }
        return (findings.detections, findings.mentions)
    }

    private struct Findings {
        var detections: [Detection] = []
        var mentions: [PersonMention] = []
    }

    /// Walks objects and arrays depth-first, in key order so that anchors are the same on every run.
    private func visit(_ value: Any, path: String, depth: Int, budget: inout Int, into findings: inout Findings) {
        guard depth < Self.maximumDepth, budget > 0 else { return }
        if let array = value as? [Any] {
            budget -= 1
            for (index, element) in array.enumerated() where Self.isContainer(element) {
                visit(element, path: "\(path)[\(index)]", depth: depth + 1, budget: &budget, into: &findings)
            }
        } else if let node = value as? [String: Any] {
            budget -= 1
            // `Person`, `schema:Person` and `https://schema.org/Person` are one type.
            let types = Self.texts(node["@type"]).map { $0.split { $0 == "/" || $0 == ":" }.last.map(String.init) ?? $0 }
            if types.contains("Person") {
                read(person: node, path: path, into: &findings)
            } else if !types.isEmpty, !types.contains(where: Self.partTypes.contains) {
                let anchor = Anchor(path: path, blockIndex: nil, offset: 0, container: nil, region: .main)
                findings.detections += contactDetails(of: node, at: anchor, addressSubtype: "office")
            }
            for (key, child) in node.sorted(by: { $0.key < $1.key }) where Self.isContainer(child) {
                visit(child, path: "\(path)/\(key)", depth: depth + 1, budget: &budget, into: &findings)
            }
        }
    }

    private static func isContainer(_ value: Any) -> Bool {
        value is [Any] || value is [String: Any]
    }

    /// A person's name, contact details, titles and employers, at an anchor of its own.
    private func read(person: [String: Any], path: String, into findings: inout Findings) {
        let anchor = Anchor(
            path: path, blockIndex: nil, offset: 0, container: Container(kind: .card, path: path), region: .main)
        if let name = Self.texts(person["name"]).first {
            let folded = NameFolding.fold(name)
            let key = subjectNames.contains(folded) ? subjectKey ?? folded : folded
            findings.mentions.append(
                PersonMention(name: name.precomposed, key: key, anchor: anchor, confidence: 0.9))
        }
        // Whether a person's `address` is the office or the home, the markup does not say.
        findings.detections += contactDetails(of: person, at: anchor, addressSubtype: nil)
        for title in Self.names(person["jobTitle"]) {
            findings.detections.append(
                Detection(
                    kind: .title, subtype: nil, value: title, normalized: title.precomposed,
                    confidence: 0.9, anchor: anchor, context: "jobTitle: \(title)"))
        }
        for text in Self.texts(person["birthDate"]) {
            guard let date = DateOfBirthDetector.date(in: text, from: text.startIndex, monthFirst: false) else { continue }
            findings.detections.append(
                Detection(
                    kind: .dob, subtype: nil, value: text, normalized: date.iso, confidence: 0.9, anchor: anchor,
                    context: "birthDate: \(text)"))
        }
        for workplace in Self.names(person["worksFor"]) {
            findings.detections.append(
                Detection(
                    kind: .workplace, subtype: nil, value: workplace,
                    normalized: workplace.precomposed, confidence: 0.85, anchor: anchor,
                    context: "worksFor: \(workplace)"))
        }
    }

    /// Phones, faxes, emails and addresses of a node and of its `contactPoint`s, and its social
    /// accounts, at `anchor`.
    private func contactDetails(of node: [String: Any], at anchor: Anchor, addressSubtype: String?) -> [Detection] {
        let contactPoints = Self.values(node["contactPoint"]).compactMap { $0 as? [String: Any] }
        var detections: [Detection] = []
        for holder in [node] + contactPoints {
            for text in Self.texts(holder["telephone"]) {
                detections += Self.phone(text, subtype: nil, at: anchor, context: "telephone: \(text)")
            }
            for text in Self.texts(holder["faxNumber"]) {
                detections += Self.phone(text, subtype: "fax", at: anchor, context: "faxNumber: \(text)")
            }
            for text in Self.texts(holder["email"]) {
                let payload = text.hasPrefixIgnoringASCIICase("mailto:") ? EmailDetector.mailtoAddress(text) : text
                guard let range = EmailDetector.addressRanges(in: payload).first else { continue }
                detections.append(
                    EmailDetector.detection(value: String(payload[range]), anchor: anchor, context: "email: \(text)"))
            }
        }
        for url in Self.texts(node["sameAs"]) {
            guard let account = SocialDetector.account(inURL: url) else { continue }
            detections.append(
                Detection(
                    kind: .social, subtype: account.network.rawValue, value: account.address, normalized: account.address,
                    confidence: 0.85, anchor: anchor, context: "sameAs: \(account.address)"))
        }
        for address in Self.values(node["address"]).compactMap(Self.address) {
            detections.append(
                Detection(
                    kind: .address, subtype: addressSubtype, value: address, normalized: AddressDetector.normalize(address),
                    confidence: 0.9, anchor: anchor, context: "address: \(address)"))
        }
        return detections
    }

    /// The number in a `telephone` or `faxNumber` value, as the text detector reads it.
    private static func phone(_ text: String, subtype: String?, at anchor: Anchor, context: String) -> [Detection] {
        let payload = text.hasPrefixIgnoringASCIICase("tel:") ? PhoneDetector.telPayload(text) : text
        guard let match = PhoneDetector.matches(in: payload).first else { return [] }
        return [
            Detection(
                kind: .phone, subtype: subtype ?? match.number.subtype, value: text, normalized: match.number.e164,
                confidence: match.number.confidence, anchor: anchor, context: context)
        ]
    }

    /// An address written as text, or a `PostalAddress` with its parts joined by commas; a
    /// part the earlier ones already hold (a street address naming its city) is not repeated.
    private static func address(_ value: Any) -> String? {
        if let text = value as? String { return cleaned(text) }
        guard let postal = value as? [String: Any] else { return nil }
        var parts: [String] = []
        var words = " "
        for key in ["streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry"] {
            for part in names(postal[key]) where !words.containsBytes(" \(foldedWords(part)) ") {
                parts.append(part)
                words += foldedWords(part) + " "
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The letters and digits of a text, folded, one space between words.
    private static func foldedWords(_ text: String) -> String {
        NameFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    // MARK: JSON values

    /// A value that may be written once or as an array, as JSON-LD allows for every property.
    private static func values(_ value: Any?) -> [Any] {
        switch value {
        case nil: []
        case let array as [Any]: array
        case let value?: [value]
        }
    }

    /// The non-empty strings of a property, whitespace collapsed.
    private static func texts(_ value: Any?) -> [String] {
        values(value).compactMap { ($0 as? String).flatMap(cleaned) }
    }

    /// The strings of a property whose values may also be things with a `name` (an
    /// `Organization` for `worksFor`, a `DefinedTerm` for `jobTitle`, a `Country`).
    private static func names(_ value: Any?) -> [String] {
        values(value).compactMap { element in
            if let text = element as? String { return cleaned(text) }
            return (element as? [String: Any]).flatMap { texts($0["name"]).first }
        }
    }

    private static func cleaned(_ text: String) -> String? {
        let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }
}
