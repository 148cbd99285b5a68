internal import CLibXML2
import ExposureCore

/// A node of a libxml2 tree owned by a live ``LibXMLDocument``.
typealias NodePointer = UnsafeMutablePointer<xmlNode>

/// An attribute of an element in a live ``LibXMLDocument``.
typealias AttributePointer = UnsafeMutablePointer<xmlAttr>

extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's tag when the walks single it out, read from the name bytes.
    var tag: HTMLTag? { pointee.name.flatMap(HTMLTag.init(name:)) }

    /// Whether the element is named `name` (lowercase): cheaper than ``tag`` for one name.
    func isNamed(_ name: StaticString) -> Bool {
        pointee.name.map { MarkupName.equals($0, name) } ?? false
    }

    var parent: NodePointer? { pointee.parent }

    /// The first attribute named `name` (lowercase), compared byte for byte without building strings.
    func attributeNode(_ name: StaticString) -> AttributePointer? {
        var attribute = pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, MarkupName.equals(attributeName, name) { return current }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The value of attribute `name` (lowercase): "" when present without a value, nil when absent.
    func attribute(_ name: StaticString) -> String? {
        attributeNode(name).map { Self.text(of: $0.pointee.children) }
    }

    func hasAttribute(_ name: StaticString) -> Bool { attributeNode(name) != nil }

    /// The attribute's value trimmed, or nil when absent or blank.
    func nonEmptyAttribute(_ name: StaticString) -> String? {
        guard let value = attribute(name) else { return nil }
        let trimmed = value.trimmingASCIIWhitespace()
        guard !trimmed.isEmpty else { return nil }
        // Most values need no trimming: keep the string rather than copy it.
        return trimmed.startIndex == value.startIndex && trimmed.endIndex == value.endIndex ? value : String(trimmed)
    }

    /// The lowercased tokens of the `rel` attribute.
    var relTokens: [String] {
        let rel = attribute("rel") ?? ""
        // ASCII, the usual, splits at ASCII whitespace (CR LF being two of it) without Unicode lookups.
        if rel.utf8.allSatisfy({ $0 < 0x80 }) {
            let tokens = rel.lowercased().utf8.split { (0x09...0x0D).contains($0) || $0 == 0x20 }
            return tokens.map { String(Substring($0)) }
        }
        return rel.lowercased().split { $0.isWhitespace }.map(String.init)
    }

    /// The `class` and `id` attributes, lowercased and joined by a space.
    var classAndID: String {
        let classes = attribute("class")
        let id = attribute("id")
        guard let classes else { return id?.lowercased() ?? "" }
        guard let id else { return classes.lowercased() }
        return (classes + " " + id).lowercased()
    }

    /// Calls `body` with the bytes of ``classAndID`` (or of the lowercased `class` alone), built
    /// without strings when the values are ASCII; nil, without calling it, when they are not.
    func withASCIIClassAndID<Result>(
        includingID: Bool = true, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        var classes: UnsafePointer<UInt8>?
        var id: UnsafePointer<UInt8>?
        var hasClasses = false
        var hasID = false
        var attribute = pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                let isClass = !hasClasses && MarkupName.equals(name, "class")
                let isID = includingID && !hasID && MarkupName.equals(name, "id")
                if isClass || isID {
                    // A value split over several nodes (entities) takes the string path.
                    guard current.pointee.children?.pointee.next == nil else { return nil }
                    let content = UnsafePointer(current.pointee.children?.pointee.content)
                    if isClass { (hasClasses, classes) = (true, content) } else { (hasID, id) = (true, content) }
                }
            }
            attribute = current.pointee.next
        }
        let classLength = classes.map { Int(xmlStrlen($0)) } ?? 0
        let idLength = id.map { Int(xmlStrlen($0)) } ?? 0
        let length = classLength + idLength + (hasClasses && hasID ? 1 : 0)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(length, 1)) { buffer -> Result? in
            var count = 0
            // Appends a value lowercased; false when it is not ASCII.
            func write(_ value: UnsafePointer<UInt8>?, length: Int) -> Bool {
                guard let value else { return true }
                for offset in 0..<length {
                    let byte = value[offset]
                    guard byte < 0x80 else { return false }
                    buffer[count] = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
                    count += 1
                }
                return true
            }
            guard write(classes, length: classLength) else { return nil }
            if hasClasses && hasID {
                buffer[count] = 0x20
                count += 1
            }
            guard write(id, length: idLength) else { return nil }
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Whether the element is hidden by the `hidden` attribute or an inline `display:none`.
    var isHidden: Bool { CommonAttributes(self).isHidden }

    /// The concatenated raw text of a node list (an attribute's value or a script's source).
    static func text(of first: NodePointer?) -> String {
        guard let first else { return "" }
        // Nearly every attribute value is a single text node.
        if first.pointee.next == nil { return first.pointee.content.map { String(cString: $0) } ?? "" }
        var result = ""
        var node: NodePointer? = first
        while let current = node {
            if let content = current.pointee.content { result += String(cString: content) }
            node = current.pointee.next
        }
        return result
    }

    /// Visits the subtree rooted here in document order, without recursion (pages nest deeply).
    ///
    /// `enter` is called for every node and returns whether to visit its children; `exit` is
    /// called for every entered node after its children.
    func walk(enter: (NodePointer) -> Bool, exit: (NodePointer) -> Void) {
        var node = self
        while true {
            if enter(node), let child = node.pointee.children {
                node = child
                continue
            }
            var finished = node
            while true {
                exit(finished)
                if finished == self { return }
                if let next = finished.pointee.next {
                    node = next
                    break
                }
                guard let parent = finished.pointee.parent else { return }
                finished = parent
            }
        }
    }
}

/// The attributes the walk reads on every element, found in one pass over the attribute list
/// (the first of each name, as ``NodePointer/attribute(_:)`` finds them).
struct CommonAttributes {
    private(set) var hidden = false
    private(set) var style: AttributePointer?
    private(set) var role: AttributePointer?
    private(set) var cloudflareEmail: AttributePointer?
    /// Whether there is a `class` or an `id`, which ``NodePointer/classAndID`` is built from.
    private(set) var hasClassOrID = false

    init(_ element: NodePointer) {
        var attribute = element.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                switch name[0] {
                case UInt8(ascii: "h"): hidden = hidden || MarkupName.equals(name, "hidden")
                case UInt8(ascii: "s") where style == nil && MarkupName.equals(name, "style"): style = current
                case UInt8(ascii: "r") where role == nil && MarkupName.equals(name, "role"): role = current
                case UInt8(ascii: "d") where cloudflareEmail == nil && MarkupName.equals(name, "data-cfemail"):
                    cloudflareEmail = current
                case UInt8(ascii: "c"), UInt8(ascii: "i"):
                    hasClassOrID = hasClassOrID || MarkupName.equals(name, "class") || MarkupName.equals(name, "id")
                default: break
                }
            }
            attribute = current.pointee.next
        }
    }

    /// Whether the element is hidden by the `hidden` attribute or an inline `display:none`.
    var isHidden: Bool {
        if hidden { return true }
        guard let style else { return false }
        return Self.hidesDisplay(NodePointer.text(of: style.pointee.children))
    }

    /// The value of the `role` attribute.
    var roleValue: String? { role.map { NodePointer.text(of: $0.pointee.children) } }

    /// The value of the `data-cfemail` attribute.
    var cloudflareEmailValue: String? { cloudflareEmail.map { NodePointer.text(of: $0.pointee.children) } }

    /// Whether a `style` value contains `display:none`, ignoring case and whitespace.
    private static func hidesDisplay(_ style: String) -> Bool {
        var style = style
        let ascii: Bool? = style.withUTF8 { bytes in
            // Byte for byte when the value is ASCII: lowercasing and whitespace are then ASCII's
            // too. No prefix of the needle recurs in it, so a mismatch restarts the match.
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var matched = 0
            for byte in bytes where !(0x09...0x0D).contains(byte) && byte != 0x20 {
                let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
                if lowered != displayNone[matched] { matched = 0 }
                if lowered == displayNone[matched] { matched += 1 }
                if matched == displayNone.count { return true }
            }
            return false
        }
        if let ascii { return ascii }
        return style.lowercased().filter { !$0.isWhitespace }.containsBytes("display:none")
    }

    private static let displayNone = Array("display:none".utf8)
}

/// Comparing libxml2's NUL-terminated names without building strings.
enum MarkupName {
    /// Whether `name` is exactly `literal`.
    static func equals(_ name: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        // A shorter name stops at its NUL, which no literal byte matches.
        for offset in 0..<count where name[offset] != bytes[offset] { return false }
        return name[count] == 0
    }

    /// Whether two names are equal; libxml2 usually shares one copy of each name, so most
    /// matches are the same pointer.
    static func same(_ first: UnsafePointer<UInt8>, _ second: UnsafePointer<UInt8>) -> Bool {
        if first == second { return true }
        var offset = 0
        while first[offset] == second[offset] {
            if first[offset] == 0 { return true }
            offset += 1
        }
        return false
    }
}
