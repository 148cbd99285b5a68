import Foundation
import Synchronization

/// What detectors found in the text blocks a site repeats, kept across the pages of one audit.
///
/// Agency sites repeat their header, menus, footer and the titles of linked articles on many
/// pages: with a memo, each of those blocks is read once per audit instead of once per page.
/// A block's findings depend on its text (and on the traits a detector names as its variant)
/// alone, so a remembered result is the result.
///
/// Only blocks seen a second time are remembered: most of a page's own text (an article's
/// paragraphs) never comes back, and storing it would only churn the table. One lookup per
/// block answers for every detector. Memory stays bounded: when either table is full it starts
/// over, and the blocks every page repeats come back within two pages.
public final class DetectionMemo: Sendable {
    /// A block's text, as the memo looks it up.
    typealias Key = TextKey

    /// Which detector read a block, and the traits besides the text its result depends on.
    struct Reader: Equatable, Sendable {
        var finder: ObjectIdentifier
        var variant: Int
    }

    /// Everything the detectors found in one block text, by reader; never changed once stored.
    struct Record: Sendable {
        var detections: [(reader: Reader, items: [Detection])] = []
        var mentions: [(reader: Reader, items: [PersonMention])] = []
    }

    /// What the memo knows of a block text when a page first asks.
    enum Lookup: Sendable {
        /// Never seen before: read it, and forget it.
        case new
        /// Seen once before: read it, and remember what was found.
        case repeated
        case remembered(Record)
    }

    private struct State {
        var records: [Key: Record] = [:]
        /// Hashes of texts seen once; a colliding hash only makes a text remembered early.
        var seenOnce: Set<Int> = []
    }

    private let state = Mutex(State())
    private let capacity: Int

    /// A memo remembering up to `capacity` repeated blocks and tracking four times as many
    /// texts seen once.
    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    func lookUp(_ key: Key) -> Lookup {
        state.withLock { state in
            if let record = state.records[key] { return .remembered(record) }
            if state.seenOnce.contains(key.textHash) { return .repeated }
            if state.seenOnce.count >= capacity * 4 { state.seenOnce.removeAll(keepingCapacity: true) }
            state.seenOnce.insert(key.textHash)
            return .new
        }
    }

    func remember(_ records: [(key: Key, record: Record)]) {
        guard !records.isEmpty else { return }
        state.withLock { state in
            for (key, record) in records {
                if state.records.count >= capacity { state.records.removeAll(keepingCapacity: true) }
                state.records[key] = record
            }
        }
    }
}

/// A text that compares and hashes as its UTF-8 bytes: Swift's own string hashing normalizes
/// every non-ASCII text first and runs SipHash over it, which costs more than most detectors do.
struct TextKey: Hashable {
    var text: String
    var textHash: Int

    init(text: String) {
        var bytes = text
        self.text = text
        textHash = bytes.withUTF8(Self.hash)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(textHash)
    }

    static func == (lhs: TextKey, rhs: TextKey) -> Bool {
        guard lhs.textHash == rhs.textHash else { return false }
        var (left, right) = (lhs.text, rhs.text)
        return left.withUTF8 { left in
            right.withUTF8 { right in
                left.count == right.count
                    && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }

    /// A multiplicative hash over 8 bytes at a time. It only has to spread texts: tables hash
    /// it again with their seed, and equal hashes are told apart by the bytes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < raw.count {
            tail = tail << 8 | UInt64(raw[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        return Int(truncatingIfNeeded: hash ^ hash >> 29)
    }
}
