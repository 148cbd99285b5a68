/// The structural unit around an element, such as a table row or a person's card.
///
/// Items in the same container usually belong together (a name and its phone number).
public struct Container: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case tableRow, listItem, card, paragraph, definitionList, figure
    }

    public var kind: Kind
    /// The DOM path of the container element.
    public var path: String
    /// For a table row, the 0-based index of the cell holding the element; nil otherwise.
    public var cell: Int?

    public init(kind: Kind, path: String, cell: Int? = nil) {
        self.kind = kind
        self.path = path
        self.cell = cell
    }
}
