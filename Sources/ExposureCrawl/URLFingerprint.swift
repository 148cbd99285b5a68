/// A URL as the crawl's dedupe sets remember it: 128 bits instead of the string.
///
/// A large site's frontier and decided links see every URL it links to; as strings they were
/// the crawl's memory that grew with the site. Two independent SipHash digests (Swift's
/// `Hasher`, seeded per process, so a page cannot be written to collide) make two distinct
/// URLs alike with a chance near 2⁻¹²⁸ per pair; such a pair would cost one link not followed.
/// URLs equal as strings (Unicode canonical equivalence) have the same fingerprint.
struct URLFingerprint: Hashable, Sendable {
    private let first: Int
    private let second: Int

    /// The fingerprint of `url` fetched whole (`wholeImage`) or as anything else: an image
    /// whose first bytes were read may be fetched once more whole.
    init(_ url: String, wholeImage: Bool = false) {
        var first = Hasher()
        first.combine(wholeImage)
        first.combine(url)
        var second = Hasher()
        // A different lead-in makes the second digest independent of the first.
        second.combine(0x5EC0_4D00 as UInt32)
        second.combine(wholeImage)
        second.combine(url)
        self.first = first.finalize()
        self.second = second.finalize()
    }

    /// One of the two digests is hash enough for a set.
    func hash(into hasher: inout Hasher) {
        hasher.combine(first)
    }
}
