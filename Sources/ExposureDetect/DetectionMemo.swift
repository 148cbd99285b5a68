import Foundation
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
    /// A block's text with the detector that read it. Texts compare and hash as bytes: Swift's
    /// own string hashing normalizes every non-ASCII text first, which costs more than most
    /// detectors do.
    struct Key: Hashable {
        var finder: ObjectIdentifier
        var variant: Int
        var text: String
        var textHash: Int

        init(finder: ObjectIdentifier, variant: Int, text: String, textHash: Int) {
            self.finder = finder
            self.variant = variant
            self.text = text
            self.textHash = textHash
        }

        /// The hash of a text's UTF-8 bytes, computed once per block for all detectors.
        static func hash(of text: String) -> Int {
            var text = text
            return text.withUTF8 { bytes in
                var hasher = Hasher()
                hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
                return hasher.finalize()
            }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(finder)
            hasher.combine(variant)
            hasher.combine(textHash)
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            guard lhs.textHash == rhs.textHash, lhs.finder == rhs.finder, lhs.variant == rhs.variant else { return false }
            var (left, right) = (lhs.text, rhs.text)
            return left.withUTF8 { left in
                right.withUTF8 { right in
                    left.count == right.count
                        && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
                }
            }
        }
    }

    /// The remembered findings, one table per kind of finding.
    struct Entries: Sendable {
        var detections: [Key: [Detection]] = [:]
        var mentions: [Key: [PersonMention]] = [:]
    }

    private let entries = Mutex(Entries())
    private let capacity: Int

    /// A memo holding up to `capacity` blocks' findings.
    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    func items<Item: Sendable>(for key: Key, in table: WritableKeyPath<Entries, [Key: [Item]]>) -> [Item]? {
        entries.withLock { $0[keyPath: table][key] }
    }

    func remember<Item: Sendable>(_ items: [Item], for key: Key, in table: WritableKeyPath<Entries, [Key: [Item]]>) {
        entries.withLock { entries in
            if entries.detections.count + entries.mentions.count >= capacity { entries = Entries() }
            entries[keyPath: table][key] = items
        }
    }
}
