/// GitHub-flavoured Markdown escaping for page-derived text, in paragraphs and table cells alike.
///
/// Every ASCII punctuation character that Markdown or a GFM table gives meaning to is
/// backslash-escaped (emphasis, code spans, links, headings, lists, pipes), and HTML's
/// `&`, `<`, `>`, `"` and `'` become character references so that no raw HTML reaches the renderer.
/// Control characters, line breaks included, were turned into spaces first: text stays on its line.
enum MarkdownEscaping {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in HTMLEscaping.escape(text) {
            if character.isASCII, markdownPunctuation.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// A link to an http(s) URL, its text escaped and its target percent-encoded; plain text otherwise.
    static func link(_ url: String, text: String) -> String {
        guard let target = WebLink.target(url) else { return escape(text) }
        return "[\(escape(text))](<\(target)>)"
    }

    /// `&` is absent: the references HTML escaping made must stay references. Page text never
    /// starts a line (a label or a cell border comes first), so `.`, `:` and `=`, which matter
    /// only there or in autolinks of http(s) URLs, stay bare, as do `-` and `+` (list markers only at
    /// a line's start): phone numbers and paths stay readable.
    private static let markdownPunctuation: Set<Character> = [
        "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "!", "|", "~",
    ]
}
