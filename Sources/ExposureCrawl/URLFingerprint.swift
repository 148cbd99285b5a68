/// A URL as the crawl's dedupe sets remember it: 64 bits instead of the string.
///
/// A large site's frontier and decided links see every URL it links to; as strings they were
/// the crawl's memory that grew with the site. The digest is SipHash (Swift's `Hasher`,
/// seeded per process, so a page cannot be written to collide): among the 100,000 URLs of a
/// large crawl, two alike has a chance near 3 in 10¹⁰, and would cost one link not followed.
/// URLs equal as strings (Unicode canonical equivalence) have the same fingerprint.
struct URLFingerprint: Hashable, Sendable {
    private let digest: Int

    /// The fingerprint of `url` fetched whole (`wholeImage`) or as anything else: an image
    /// whose first bytes were read may be fetched once more whole.
    init(_ url: String, wholeImage: Bool = false) {
        var hasher = Hasher()
        hasher.combine(wholeImage)
        hasher.combine(url)
        digest = hasher.finalize()
    }
}
