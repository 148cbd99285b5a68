/// Where a value sits in a profile: `checklist[3].cites[0].advisory`.
struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    var components: [Component] = []

    init(_ components: [Component] = []) {
        self.components = components
    }

    /// The path of a decoding error: list positions carry an integer, mapping keys a name.
    init(_ codingPath: [any CodingKey]) {
        components = codingPath.map { key in key.intValue.map(Component.index) ?? .key(key.stringValue) }
    }

    func appending(_ key: String) -> FieldPath { FieldPath(components + [.key(key)]) }
    func appending(_ index: Int) -> FieldPath { FieldPath(components + [.index(index)]) }

    /// The last mapping key on the path, which names what the value is.
    var lastKey: String? {
        for case .key(let key) in components.reversed() { return key }
        return nil
    }

    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
