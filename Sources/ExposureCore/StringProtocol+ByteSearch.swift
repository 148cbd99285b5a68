#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte.
    ///
    /// For markup names and short ASCII cues in folded text, looked for many times per page:
    /// Foundation's locale-aware `contains` costs far more than this plain scan. Native strings
    /// and their substrings are searched in place, without copies.
    @inlinable
    public func containsBytes(_ needle: String) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { needle in ByteSearch.contains(needle, in: haystack) }
        }
        if let found = found ?? nil { return found }
        return ByteSearch.contains(Array(needle.utf8), in: Array(utf8))
    }

    /// Whether the text starts with an ASCII `prefix` in any case (`tel:`, `MAILTO:`), without
    /// lowering the whole text first.
    @inlinable
    public func hasPrefixIgnoringASCIICase(_ prefix: String) -> Bool {
        var text = utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = text.next() else { return false }
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            let wanted = expected >= 0x41 && expected <= 0x5A ? expected + 32 : expected
            guard lowered == wanted else { return false }
        }
        return true
    }

    /// Whether the text holds a line break.
    @inlinable
    public var containsLineBreak: Bool { utf8.contains(0x0A) }

    /// Whether the text holds `byte`, looked for in its UTF-8 in place.
    @inlinable
    public func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { ByteSearch.contains(byte, in: $0) } ?? utf8.contains(byte)
    }
}

/// Plain byte-for-byte substring search.
public enum ByteSearch {
    @inlinable
    public static func contains(_ needle: some Collection<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        let count = needle.count
        guard haystack.count >= count else { return false }
        for start in 0...(haystack.count - count) where haystack[start] == first {
            if UnsafeBufferPointer(rebasing: haystack[start..<(start + count)]).elementsEqual(needle) { return true }
        }
        return false
    }

    @inlinable
    public static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains(needle, in: $0) }
    }

    /// Whether `byte` occurs: C's `memchr`, which reads many bytes a step where a loop reads one;
    /// detectors ask it of every block of every page, and most blocks hold none.
    @inlinable
    public static func contains(_ byte: UInt8, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress else { return false }
        return memchr(base, Int32(byte), haystack.count) != nil
    }
}

/// A set of short byte strings looked for together in one pass over a text.
///
/// Detectors rule blocks in or out by cue words (`phường`, `quận`, ...); checking each cue in
/// its own scan costs a pass per cue, where this looks only at the cues that start with each byte.
public struct ByteCues: Sendable {
    /// The cues by their first byte.
    @usableFromInline let cuesByFirstByte: [[[UInt8]]]
    /// The bytes a cue starts with, a bit each: most bytes of a text start none, and are passed
    /// over on this test without a look into the table.
    @usableFromInline let firstBytes: SIMD4<UInt64>

    public init(_ cues: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        var firstBytes = SIMD4<UInt64>()
        for cue in cues where !cue.isEmpty {
            let bytes = Array(cue.utf8)
            table[Int(bytes[0])].append(bytes)
            firstBytes[Int(bytes[0] >> 6)] |= 1 << UInt64(bytes[0] & 63)
        }
        cuesByFirstByte = table
        self.firstBytes = firstBytes
    }

    /// Whether any cue occurs in the text.
    @inlinable
    public func occurs(in text: some StringProtocol) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ occurs(in: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { occurs(in: $0) }
    }

    @inlinable
    public func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in bytes.indices where firstBytes[Int(bytes[start] >> 6)] >> UInt64(bytes[start] & 63) & 1 != 0 {
            let rest = bytes.count - start
            for cue in cuesByFirstByte[Int(bytes[start])] where cue.count <= rest {
                if UnsafeBufferPointer(rebasing: bytes[start..<(start + cue.count)]).elementsEqual(cue) { return true }
            }
        }
        return false
    }
}
