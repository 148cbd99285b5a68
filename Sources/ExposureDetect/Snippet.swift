/// Short text windows around a match, for evidence.
enum Snippet {
    /// Up to `radius` characters either side of `range` in `text`.
    static func around(_ range: Range<String.Index>, in text: String, radius: Int = 60) -> String {
        let start = text.index(range.lowerBound, offsetBy: -radius, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(range.upperBound, offsetBy: radius, limitedBy: text.endIndex) ?? text.endIndex
        return String(text[start..<end])
    }
}
