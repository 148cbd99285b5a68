extension StringProtocol {
    /// Whether the text contains `fragment`, compared byte for byte (no Unicode equivalence:
    /// this is for markup names, and much faster than Foundation's search).
    func containsBytes(_ fragment: String) -> Bool {
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
        guard let start = firstIndex(where: { !$0.isASCIIWhitespace }) else { return self[endIndex...] }
        let end = lastIndex(where: { !$0.isASCIIWhitespace })!
        return self[start...end]
    }
}

extension Character {
    /// Space, tab, line feed, form feed, carriage return (and CR LF, one `Character` in Swift).
    var isASCIIWhitespace: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\u{0C}" || self == "\r\n"
    }
}
