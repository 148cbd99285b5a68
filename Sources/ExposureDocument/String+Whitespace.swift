extension StringProtocol {
    /// Without leading and trailing whitespace and newlines.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }

    /// As a text block holds it: runs of spaces and tabs made one space, each line trimmed,
    /// empty lines dropped, line breaks kept as `"\n"` (like `<br>` in a page).
    var collapsingWhitespace: String {
        split(whereSeparator: \.isNewline).lazy
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}
