extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte.
    ///
    /// The detectors look for short ASCII cues in folded text many times per page; Foundation's
    /// locale-aware `contains` costs far more than this plain scan.
    func containsBytes(_ needle: String) -> Bool {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
        let first = pattern[0]
        for start in 0...(haystack.count - pattern.count) where haystack[start] == first {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }

    /// Whether the text holds a line break.
    var containsLineBreak: Bool { utf8.contains(0x0A) }
}
