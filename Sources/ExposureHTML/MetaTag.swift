/// One `<meta>` element: its key and its content.
public struct MetaTag: Sendable, Hashable {
    /// The `name`, else `property`, else `http-equiv` attribute, lowercased.
    public var name: String
    public var content: String

    public init(name: String, content: String) {
        self.name = name
        self.content = content
    }
}
