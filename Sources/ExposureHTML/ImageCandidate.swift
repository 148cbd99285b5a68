/// One entry of a `srcset`: a resolved URL and its descriptor.
public struct ImageCandidate: Sendable, Hashable {
    public var url: String
    /// The width or density descriptor as written (`"150w"`, `"2x"`), nil when absent.
    public var descriptor: String?

    public init(url: String, descriptor: String? = nil) {
        self.url = url
        self.descriptor = descriptor
    }
}
