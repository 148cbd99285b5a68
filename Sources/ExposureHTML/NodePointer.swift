internal import CLibXML2

/// A node of a libxml2 tree owned by a live ``LibXMLDocument``.
typealias NodePointer = UnsafeMutablePointer<xmlNode>

extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The tag name; libxml2's HTML parser lowercases it.
    var tagName: String {
        guard let name = pointee.name else { return "" }
        return String(cString: name)
    }

    var parent: NodePointer? { pointee.parent }

    /// The element's children of element type, in order.
    var elementChildren: [NodePointer] {
        var result: [NodePointer] = []
        var child = pointee.children
        while let node = child {
            if node.isElement { result.append(node) }
            child = node.pointee.next
        }
        return result
    }

    /// The value of attribute `name` (lowercase): "" when present without a value, nil when absent.
    func attribute(_ name: String) -> String? {
        var attribute = pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, xmlStrEqual(attributeName, name) != 0 {
                return Self.text(of: current.pointee.children)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    func hasAttribute(_ name: String) -> Bool { attribute(name) != nil }

    /// The attribute's value trimmed, or nil when absent or blank.
    func nonEmptyAttribute(_ name: String) -> String? {
        guard let value = attribute(name)?.trimmingASCIIWhitespace(), !value.isEmpty else { return nil }
        return String(value)
    }

    /// The lowercased tokens of the `rel` attribute.
    var relTokens: [String] {
        (attribute("rel") ?? "").lowercased().split { $0.isWhitespace }.map(String.init)
    }

    /// The `class` and `id` attributes, lowercased and joined by a space.
    var classAndID: String {
        let parts = [attribute("class"), attribute("id")].compactMap { $0 }
        return parts.joined(separator: " ").lowercased()
    }

    /// Whether the element is hidden by the `hidden` attribute or an inline `display:none`.
    var isHidden: Bool {
        if hasAttribute("hidden") { return true }
        guard let style = attribute("style") else { return false }
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.containsBytes("display:none")
    }

    /// The concatenated raw text of a node list (an attribute's value or a script's source).
    static func text(of first: NodePointer?) -> String {
        var result = ""
        var node = first
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
