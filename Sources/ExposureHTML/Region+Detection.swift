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
        var classAndID = classAndID
        if let region = classAndID.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? .some(fromASCIIClassAndID($0)) : nil }) {
            return region
        }
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

    /// ``fromClassAndID(_:)`` for ASCII bytes (nearly every class list): words are then runs of
    /// ASCII letters and digits, compared byte for byte.
    static func fromASCIIClassAndID(_ bytes: UnsafeBufferPointer<UInt8>) -> Region? {
        var previous: Slice<UnsafeBufferPointer<UInt8>>?
        var index = 0
        while index < bytes.count {
            guard isASCIILetterOrDigit(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, isASCIILetterOrDigit(bytes[index]) { index += 1 }
            let word = bytes[start..<index]
            // Whether the word names a part of a component (`card-header`): looked at only when it matters.
            let componentPart = {
                previous.map { previous in componentWordBytes.contains { equal(previous, $0) } } ?? false
            }
            if hasPrefix(word, "header") || equal(word, "masthead") || equal(word, "hdr"), !componentPart() {
                return .header
            }
            if hasPrefix(word, "footer") || equal(word, "colophon") || equal(word, "ftr"), !componentPart() {
                return .footer
            }
            if navigationPrefixBytes.contains(where: { hasPrefix(word, $0) })
                || navigationWordBytes.contains(where: { equal(word, $0) })
            {
                return .nav
            }
            if hasPrefix(word, "sidebar") { return .aside }
            previous = word
        }
        return nil
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func hasPrefix(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ prefix: some Collection<UInt8>) -> Bool {
        guard word.count >= prefix.count else { return false }
        var index = word.startIndex
        for byte in prefix {
            if word.base[index] != byte { return false }
            index += 1
        }
        return true
    }

    private static func hasPrefix(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ prefix: StaticString) -> Bool {
        hasPrefix(word, UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
    }

    private static func equal(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ other: some Collection<UInt8>) -> Bool {
        word.count == other.count && hasPrefix(word, other)
    }

    private static func equal(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ other: StaticString) -> Bool {
        word.count == other.utf8CodeUnitCount && hasPrefix(word, other)
    }

    private static let componentWordBytes = componentWords.map { Array($0.utf8) }
    private static let navigationPrefixBytes = navigationPrefixes.map { Array($0.utf8) }
    private static let navigationWordBytes = navigationWords.map { Array($0.utf8) }

    private static let componentWords: Set<String> = [
        "card", "box", "panel", "entry", "post", "article", "widget", "module", "portlet", "item", "modal",
        "table", "section", "content", "news", "list", "page", "dept", "col", "column", "group",
    ]
    private static let navigationPrefixes = ["nav", "menu", "breadcrumb"]
    private static let navigationWords: Set<String> = ["mainnav", "topnav", "mainmenu", "topmenu", "mnu", "pathway"]
}
