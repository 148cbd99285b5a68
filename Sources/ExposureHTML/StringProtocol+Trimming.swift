extension StringProtocol {
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
