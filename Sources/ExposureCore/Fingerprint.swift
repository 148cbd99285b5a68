/// Stable identifiers derived from content, identical across runs, processes and machines.
public enum Fingerprint {
    /// The id of a finding: kind, normalized value and person, never page layout.
    public static func finding(kind: FindingKind, normalized: String, person: String?) -> String {
        let personKey = person.map(NameFolding.fold) ?? ""
        return hex(fnv1a64("\(kind.rawValue)\u{1F}\(normalized)\u{1F}\(personKey)"))
    }

    /// 64-bit FNV-1a over the UTF-8 bytes: small, fast, and the same on every platform.
    /// (Swift's `Hasher` is seeded per process, so it cannot give stable ids.)
    public static func fnv1a64(_ text: String) -> UInt64 {
        var text = text
        // Over the contiguous bytes rather than byte by byte through the UTF-8 view.
        return text.withUTF8 { fnv1a64(utf8: UnsafeRawBufferPointer($0)) }
    }

    /// ``fnv1a64(_:)`` of text already in UTF-8 bytes: the history hashes every page's
    /// analysis, 20 KB on average, as the bytes it stores.
    public static func fnv1a64(utf8 bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
