/// A set of short folded words (`vo`, `chong`, `sinh`) that most words of a page are ruled out
/// of without hashing: by their length and their first, second and last letters, each checked
/// on a bit mask. Detectors test every word of every page against their cue words, so the
/// common miss must cost a few loads, not a string hash.
struct FoldedWordSet: Sendable {
    /// Per word length, the letters seen first, second and last among the members, as bits.
    private let masks: [(first: UInt32, second: UInt32, last: UInt32)]
    private let members: Set<String>

    init(_ words: some Sequence<String>) {
        members = Set(words)
        var masks = [(first: UInt32, second: UInt32, last: UInt32)](repeating: (0, 0, 0), count: 16)
        for word in members {
            let bytes = Array(word.utf8)
            let isShortFolded = (1..<16).contains(bytes.count) && bytes.allSatisfy { Self.bit($0) != 0 }
            precondition(isShortFolded, "not a short folded word: \(word)")
            masks[bytes.count].first |= Self.bit(bytes[0])
            masks[bytes.count].second |= Self.bit(bytes[min(1, bytes.count - 1)])
            masks[bytes.count].last |= Self.bit(bytes[bytes.count - 1])
        }
        self.masks = masks
    }

    @inline(__always)
    func contains(_ folded: String) -> Bool {
        let mayContain = folded.utf8.withContiguousStorageIfAvailable(mayContain) ?? true
        return mayContain && members.contains(folded)
    }

    @inline(__always)
    private func mayContain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count > 0, count < 16 else { return false }
        let mask = masks[count]
        return mask.first & Self.bit(bytes[0]) != 0 && mask.second & Self.bit(bytes[min(1, count - 1)]) != 0
            && mask.last & Self.bit(bytes[count - 1]) != 0
    }

    /// The bit of a lower-case ASCII letter; 0 for anything else (digits, marks, other scripts).
    @inline(__always)
    private static func bit(_ byte: UInt8) -> UInt32 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? 1 << UInt32(byte - UInt8(ascii: "a")) : 0
    }
}
