extension StringProtocol {
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
