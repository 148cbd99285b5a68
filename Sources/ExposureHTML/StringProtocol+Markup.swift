extension StringProtocol {
    /// Whether the text contains `fragment`, compared byte for byte (no Unicode equivalence:
    /// this is for markup names, and much faster than Foundation's search).
    func containsBytes(_ fragment: String) -> Bool {
        // Native strings and their substrings are contiguous: searched in place, without copies.
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            fragment.utf8.withContiguousStorageIfAvailable { needle in Self.search(needle, in: haystack) }
        }
        if let found = found ?? nil { return found }
        var haystack = String(self)
        var needle = fragment
        return haystack.withUTF8 { haystack in needle.withUTF8 { needle in Self.search(needle, in: haystack) } }
    }

    private static func search(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if UnsafeBufferPointer(rebasing: haystack[start..<(start + needle.count)]).elementsEqual(needle) {
                return true
            }
        }
        return false
    }

    /// The text without leading and trailing ASCII whitespace (HTML's notion of whitespace).
    func trimmingASCIIWhitespace() -> SubSequence {
        // Ends that are not whitespace bytes are not whitespace characters: nothing to trim.
        let plainEnds = utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return !Self.isASCIIWhitespace(first) && !Self.isASCIIWhitespace(last)
        }
        if plainEnds == true { return self[...] }
        guard let start = firstIndex(where: { !$0.isASCIIWhitespace }) else { return self[endIndex...] }
        let end = lastIndex(where: { !$0.isASCIIWhitespace })!
        return self[start...end]
    }
}

extension StringProtocol {
    fileprivate static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}

extension Character {
    /// Space, tab, line feed, form feed, carriage return (and CR LF, one `Character` in Swift).
    var isASCIIWhitespace: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\u{0C}" || self == "\r\n"
    }
}
