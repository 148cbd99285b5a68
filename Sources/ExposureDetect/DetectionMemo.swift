import Synchronization

/// What detectors found in text blocks, kept across the pages of one audit by detector and
/// block text.
///
/// Agency sites repeat their header, menus and footer on every page: with a memo, each of
/// those blocks is read once per audit instead of once per page. A block's findings depend
/// on its text (and on the traits a detector names as its variant) alone, so a remembered
/// result is the result. Memory stays bounded: when full, the memo starts over, and the blocks
/// every page repeats come back with the next page.
public final class DetectionMemo: Sendable {
    struct Key: Hashable {
        var finder: ObjectIdentifier
        var variant: Int
        var text: String
    }

    private let entries = Mutex<[Key: any Sendable]>([:])
    private let capacity: Int

    /// A memo holding up to `capacity` blocks' findings.
    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    func items(for key: Key) -> (any Sendable)? {
        entries.withLock { $0[key] }
    }

    func remember(_ items: some Sendable, for key: Key) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = items
        }
    }
}
