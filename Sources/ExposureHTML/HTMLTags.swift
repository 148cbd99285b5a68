/// Element vocabularies that decide how the walk treats each tag.
enum HTMLTags {
    /// Elements whose inline text forms a block of its own.
    static let blocks: Set<String> = [
        "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "address",
        "figcaption", "caption", "blockquote", "section", "article", "header", "footer", "nav",
        "aside", "main", "form", "fieldset", "pre", "center",
    ]

    /// Elements that are not text blocks in their own right but still end the inline run around
    /// them: text directly inside them (rare, from broken markup) becomes a block of its own.
    static let boundaries: Set<String> = blocks.union([
        "html", "body", "table", "thead", "tbody", "tfoot", "tr", "ul", "ol", "dl", "menu", "dir",
        "figure", "hr", "details", "summary", "legend", "hgroup", "dialog", "frameset", "noframes",
    ])

    /// Elements whose content is never page text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "object",
        "title", "meta", "base", "link",
    ]

    /// Sectioning elements: a `<header>` or `<footer>` inside one belongs to it, not to the page.
    static let sectioning: Set<String> = ["article", "aside", "main", "nav", "section"]

    /// Elements that may carry a card class (a person's box in a grid of people).
    static let cardCandidates: Set<String> = ["div", "article", "section", "span"]

    static func isHeading(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count == 2, utf8.first == UInt8(ascii: "h"), let level = utf8.last else { return false }
        return (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(level)
    }
}
