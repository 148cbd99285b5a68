/// A fixed set of ASCII keywords, looked for inside bytes in one pass (class names, file names).
struct ByteKeywords: Sendable {
    /// The keywords by their first byte, so that each position is checked against only the
    /// few keywords that can start there.
    private let byFirstByte: [[[UInt8]]]

    init(_ keywords: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for keyword in keywords {
            let bytes = Array(keyword.utf8)
            if let first = bytes.first { table[Int(first)].append(bytes) }
        }
        byFirstByte = table
    }

    /// Whether any keyword occurs in `bytes`, compared byte for byte.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in bytes.indices {
            for keyword in byFirstByte[Int(bytes[start])] where keyword.count <= bytes.count - start {
                var matches = true
                for offset in 1..<keyword.count where bytes[start + offset] != keyword[offset] {
                    matches = false
                    break
                }
                if matches { return true }
            }
        }
        return false
    }
}
