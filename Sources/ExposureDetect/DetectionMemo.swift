import Synchronization

/// Detections of text blocks kept across the pages of one audit, by detector and block text.
///
/// Agency sites repeat their header, menus and footer on every page: with a memo, each of
/// those blocks is read once per audit instead of once per page. A block's detections depend
/// on its text alone, so a remembered result is the result. Memory stays bounded: when full,
/// the memo starts over, and the blocks every page repeats come back with the next page.
public final class DetectionMemo: Sendable {
    private struct Key: Hashable {
        var detector: ObjectIdentifier
        var text: String
    }

    private let entries = Mutex<[Key: [Detection]]>([:])
    private let capacity: Int

    /// A memo holding up to `capacity` blocks' detections.
    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The remembered detections of `detector` for a block's text, or nil.
    func detections(of detector: ObjectIdentifier, text: String) -> [Detection]? {
        entries.withLock { $0[Key(detector: detector, text: text)] }
    }

    func remember(_ detections: [Detection], of detector: ObjectIdentifier, text: String) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[Key(detector: detector, text: text)] = detections
        }
    }
}
