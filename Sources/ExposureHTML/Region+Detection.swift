extension Region {
    /// The region an ARIA landmark role names.
    static func fromRole(_ role: String) -> Region? {
        switch role.trimmingASCIIWhitespace().lowercased() {
        case "banner": .header
        case "navigation": .nav
        case "contentinfo": .footer
        case "complementary": .aside
        case "main": .main
        default: nil
        }
    }

    /// The region suggested by a lowercased class and id string such as `site-header` or `Footer_root__x9`.
    ///
    /// Matches whole words, or words starting with a keyword (`navbar`, `footerwrap`), so that
    /// `deptheader` does not count; and ignores a header or footer of a component
    /// (`card-header`, `entry-footer`), which is part of the content.
    static func fromClassAndID(_ classAndID: String) -> Region? {
        let words = classAndID.split { !($0.isLetter || $0.isNumber) }
        for (index, word) in words.enumerated() {
            let componentPart = index > 0 && componentWords.contains(String(words[index - 1]))
            if !componentPart, word.hasPrefix("header") || word == "masthead" || word == "hdr" { return .header }
            if !componentPart, word.hasPrefix("footer") || word == "colophon" || word == "ftr" { return .footer }
            if navigationPrefixes.contains(where: { word.hasPrefix($0) }) || navigationWords.contains(String(word)) {
                return .nav
            }
            if word.hasPrefix("sidebar") { return .aside }
        }
        return nil
    }

    private static let componentWords: Set<String> = [
        "card", "box", "panel", "entry", "post", "article", "widget", "module", "portlet", "item", "modal",
        "table", "section", "content", "news", "list", "page", "dept", "col", "column", "group",
    ]
    private static let navigationPrefixes = ["nav", "menu", "breadcrumb"]
    private static let navigationWords: Set<String> = ["mainnav", "topnav", "mainmenu", "topmenu", "mnu", "pathway"]
}
