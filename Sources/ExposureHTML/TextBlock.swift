/// A run of inline text inside one block element.
///
/// A block element whose text is interrupted by nested blocks yields one `TextBlock` per run,
/// all with the element's path, so that document order (and the heading above each run) is exact.
public struct TextBlock: Sendable, Hashable {
    /// Whitespace collapsed to single spaces, `<br>` kept as `"\n"`, entities decoded.
    /// Not Unicode-normalized: NFD text stays NFD.
    public var text: String
    /// DOM path such as `/html/body/div[2]/table/tbody/tr[3]/td[2]`; an index is the 1-based
    /// position among same-tag siblings and is omitted when the tag occurs once there.
    public var path: String
    /// The text of the nearest heading (h1–h6) before this block, exactly as that heading
    /// block's ``text``; nil before the first heading. A heading block gets the one before it.
    public var heading: String?
    /// The nearest structural unit around the block; see ``Container``.
    public var container: Container?
    /// Whether the block is (or is inside) an h1–h6 element.
    public var isHeading: Bool
    public var region: Region

    public init(
        text: String, path: String, heading: String? = nil, container: Container? = nil,
        isHeading: Bool = false, region: Region = .main
    ) {
        self.text = text
        self.path = path
        self.heading = heading
        self.container = container
        self.isHeading = isHeading
        self.region = region
    }
}
