/// A page the crawl fetched or tried to fetch, as recorded in the audit.
public struct Page: Sendable, Hashable, Codable {
    public var url: String
    /// The HTTP status, or nil when no response arrived.
    public var status: Int?
    public var contentType: String?
    /// Bytes of body received (after content decoding).
    public var bytes: Int
    /// Link distance from the nearest seed.
    public var depth: Int

    public init(url: String, status: Int?, contentType: String?, bytes: Int, depth: Int) {
        self.url = url
        self.status = status
        self.contentType = contentType
        self.bytes = bytes
        self.depth = depth
    }
}
