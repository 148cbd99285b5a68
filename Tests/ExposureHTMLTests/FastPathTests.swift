import Foundation
import Testing

@testable import ExposureHTML

/// The byte-level fast paths against the straightforward code they replace, kept here as
/// references: each must give exactly what the reference gives, or leave the case to it.
@Suite struct FastPathTests {
    // MARK: - URL resolution

    static let bases = [
        "https://so.example.gov.vn/gioi-thieu/lanh-dao.html", "https://so.example.gov.vn",
        "https://so.example.gov.vn/a/b/?q=1#f", "HTTP://So.Example.vn:8080/a/./b/../c?x", "https://h/a//b/c",
        "https://h/a/b/..", "https://h/a?", "http://u@h/x", "https://h/tiếng/x", "file:///tmp/x.html", "not a url",
        "https://h:99999/a/b", "https://-h./a", "https://h..x/a?b", "https://h:0/", "https://h:08/a/",
    ]

    static let references = [
        "../tin/1.html", "./a", "?q", "#f", "//host/p", "//HOST/p/../q", "https://khac.vn/", "https://khac.vn",
        "http://khac.vn?x", "HTTP://KHAC.vn/A/../B", "https://h/./b/.", "a/./b/../c", "/", "..", ".", "./", "....",
        "../../../../x", "/a/b/../../..", "a/b//../c", "chi tiết.html", "/tin-tức/bài?q=đ#mục", "a b", "a%20b",
        "a%zz", "%2e%2e/x", "a?b?c#d#e", "a#", "a?", "?", "#", "a;b=c", "a@b", "./a:b", "~user", "a|b", "a[b]",
        "a!$&'()*+,;=b", "https://h:8080/x", "https://h:/x", "https://h:99999/x", "https://[::1]/x", "https:x",
        "https:/x", "//", "///a", "x?a=1&b=2#c/../d", "images\\anh.jpg", " tel:0913 286 417 ", "mailto:a@b.vn",
        "javascript:void(0)", "zalo://0913", "ftp://f/x", "data:image/gif;base64,R0lG", "1a:b", "\u{A0}/x\u{A0}",
        "Ｎav/x", "e\u{301}:x", "a:\u{301}b",
    ]

    @Test func resolutionMatchesFoundation() {
        for base in Self.bases {
            var resolver = URLResolver(base: base)
            for reference in Self.references {
                #expect(
                    resolver.resolve(reference) == Self.foundationResolve(reference, base: base),
                    "\(reference) against \(base)")
            }
        }
    }

    @Test func plainReferencesTakeTheFastPath() {
        let base = PlainURL("https://so.example.gov.vn/gioi-thieu/lanh-dao.html")
        #expect(base != nil)
        for reference in ["../tin/1.html", "?q", "#f", "//cdn.vn/a.pdf", "/a/./b/../c", "https://khac.vn/x?y#z"] {
            #expect(PlainURL.resolve(reference, against: base) != nil, "\(reference)")
        }
        for reference in ["a b", "chi tiết.html", "images\\anh.jpg", "a%zz", "https:x", "https://h:/x", "//"] {
            #expect(PlainURL.resolve(reference, against: base) == nil, "\(reference)")
        }
        #expect(PlainURL("file:///tmp/x.html") == nil)
    }

    @Test func randomReferencesMatchFoundation() {
        let pieces = [
            "", "/", "//", ".", "..", "./", "../", "a", "B", "x.html", "?", "#", "q=1", "&", "%20", "%2e", "%zz", ":",
            "@", "~", "!", "'", "(", "*", "+", ",", ";", "=", "-", "_", " ", "tiếng", "\\", "|", "[", "http:",
            "https:", "HTTPS:", "http://", "https://h", "https://H.Vn:8080", "https://h:0", "mailto:", "tel:", "1a:",
            "/./", "/../", "//h/", "?a=b/../c", "#x/./y", "##",
        ]
        var generator = SeededGenerator(seed: 7)
        for base in Self.bases {
            var resolver = URLResolver(base: base)
            for _ in 0..<400 {
                let reference = (0..<Int.random(in: 1...6, using: &generator))
                    .map { _ in pieces.randomElement(using: &generator)! }.joined()
                #expect(
                    resolver.resolve(reference) == Self.foundationResolve(reference, base: base),
                    "\(reference) against \(base)")
            }
        }
    }

    /// The resolution done with Foundation alone, as it was before the fast path.
    static func foundationResolve(_ reference: String, base: String) -> String {
        var scalars = reference.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
        let isPadding: (Unicode.Scalar) -> Bool = {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control
        }
        while let first = scalars.first, isPadding(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isPadding(last) { scalars = scalars.dropLast() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let cleaned = String(view)
        if let colon = cleaned.firstIndex(of: ":") {
            let candidate = cleaned[..<colon]
            if let first = candidate.first, first.isASCII, first.isLetter,
                candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
                !["http", "https", "ftp", "file"].contains(candidate.lowercased())
            {
                return cleaned
            }
        }
        var allowed = CharacterSet.urlQueryAllowed.union(.urlPathAllowed).union(.urlFragmentAllowed)
        allowed.insert(charactersIn: "%#?/:@!$&'()*+,;=")
        let slashed = String(cleaned.map { $0 == "\\" ? "/" : $0 })
        let baseURL = URL(string: base)
        let url =
            URL(string: slashed, relativeTo: baseURL)
            ?? URL(
                string: slashed.addingPercentEncoding(withAllowedCharacters: allowed) ?? slashed, relativeTo: baseURL)
        guard let url, url.scheme != nil else { return cleaned }
        return url.absoluteURL.standardized.absoluteString
    }

    // MARK: - Bytes

    @Test func utf8ScanMatchesTheStandardLibrary() {
        var generator = SeededGenerator(seed: 11)
        let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1F, 0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F,
            0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        var samples: [[UInt8]] = [[], Array("Ông Nguyễn Văn A\n".utf8), Array("a\u{10FFFF}b\u{FFFD}".utf8)]
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...24, using: &generator)
            samples.append(
                (0..<length).map { _ in
                    Bool.random(using: &generator)
                        ? UInt8(ascii: "a") : interesting.randomElement(using: &generator)!
                })
        }
        for bytes in samples {
            let scan = Charset.scanUTF8(bytes[...])
            #expect(scan.isValid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            if scan.isValid {
                let controls = bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
                #expect(scan.hasUnwantedControls == controls)
            }
        }
    }

    @Test func everyTagIsRecognisedByName() {
        for tag in HTMLTag.allCases {
            let name = Array(tag.rawValue.utf8) + [0]
            #expect(name.withUnsafeBufferPointer { HTMLTag(name: $0.baseAddress!) } == tag)
        }
        for other in ["", "x-card", "divs", "di", "H1", "blockquotes", "figcaptionfigcaption", "tbody1"] {
            let name = Array(other.utf8) + [0]
            #expect(name.withUnsafeBufferPointer { HTMLTag(name: $0.baseAddress!) } == nil, "\(other)")
        }
    }

    @Test func keywordSearchMatchesSubstringSearch() {
        let keywords = ByteKeywords(Container.cardKeywords)
        let texts = ["", "card", "x-card-y", "col-md-4", "lanhdao", "co", "col", "staffitem", "thanh-vie", "thanh-vien"]
        for text in texts {
            let expected = Container.cardKeywords.contains { text.contains($0) }
            #expect(Array(text.utf8).withUnsafeBufferPointer { keywords.occurs(in: $0) } == expected, "\(text)")
        }
    }

    // MARK: - Text

    static let textPieces = [
        "a", "Ông", " ", "  ", "\n", "\t", "\r\n", "\u{A0}", "\u{2003}", "\u{202F}", "\u{3000}", "\u{1680}", "đ", "ễ",
        "e\u{301}", "\u{301}", "©", "\u{2020}", "\u{1EA0}", "x\u{200D}y", "🇻🇳", "\u{0C}", "\u{0B}",
    ]

    @Test func textAccumulationMatchesByteByByteReading() {
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<2_000 {
            let fragments = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                    Self.textPieces.randomElement(using: &generator)!
                }.joined()
            }
            for (keepsLineBreaks, preservingNewlines) in [(true, false), (true, true), (false, false)] {
                var fast = TextAccumulator(keepsLineBreaks: keepsLineBreaks)
                var reference = ReferenceAccumulator(keepsLineBreaks: keepsLineBreaks)
                for fragment in fragments {
                    TextAccumulator.withNULTerminatedUTF8(fragment) {
                        fast.append($0, preservingNewlines: preservingNewlines)
                    }
                    reference.append(Array(fragment.utf8), preservingNewlines: preservingNewlines)
                    fast.appendLineBreak()
                    reference.appendLineBreak()
                }
                #expect(fast.take() == reference.take(), "\(fragments)")
            }
        }
    }

    @Test func imageContextMatchesCharacterReading() {
        var generator = SeededGenerator(seed: 5)
        var scratch = PageWalker.ContextScratch()
        for _ in 0..<1_500 {
            let blocks = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                let words = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                    ["Ông", "Nguyễn", "Văn", "A", "\n", "e\u{301}", "\u{301}x", "🇻🇳", "\u{1EA0}", "abcdefgh", "đ"]
                        .randomElement(using: &generator)!
                }
                return TextBlock(text: words.joined(separator: Bool.random(using: &generator) ? " " : ""), path: "/p")
            }
            let slice = blocks[...]
            let position = Int.random(in: 0...(blocks.count + 1), using: &generator)
            #expect(
                PageWalker.context(from: slice, near: position, scratch: &scratch)
                    == Self.referenceContext(from: slice, near: position))
        }
    }

    /// The context as first written, on characters.
    static func referenceContext(from blocks: ArraySlice<TextBlock>, near position: Int) -> String {
        guard !blocks.isEmpty else { return "" }
        let length = PageWalker.contextLength
        let first = min(max(blocks.startIndex, position - 1), blocks.endIndex)
        var parts: [Substring] = []
        var taken = 0
        var index = first
        while index < blocks.endIndex, taken < length {
            let part = blocks[index].text.prefix(length - taken)
            parts.append(part)
            taken += part.count + 1
            index += 1
        }
        index = first - 1
        while index >= blocks.startIndex, taken < length {
            let text = blocks[index].text
            var part = text.suffix(length - taken)
            if part.startIndex != text.startIndex, let space = part.firstIndex(of: " ") {
                part = part[part.index(after: space)...]
            }
            parts.insert(part, at: 0)
            taken += part.count + 1
            index -= 1
        }
        let joined = parts.joined(separator: " ").map { $0 == "\n" ? " " : $0 }
        return String(joined.prefix(length))
    }

    // MARK: - Markup names

    @Test func classRegionsMatchWordReading() {
        let words = ["header", "site-header", "card", "card-header", "navbar", "nav", "footer", "x", "sidebar", "menu",
            "mainnav", "dept", "deptheader", "hdr", "ftr", "colophon", "masthead", "2", "Header", "NAV", "breadcrumbs"]
        let separators = [" ", "-", "_", "__", ":", ""]
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                words.randomElement(using: &generator)! + separators.randomElement(using: &generator)!
            }.joined()
            #expect(Region.fromClassAndID(text) == Self.referenceRegion(text), "\(text)")
        }
    }

    /// The class and id reading as first written, on characters.
    static func referenceRegion(_ classAndID: String) -> Region? {
        let components: Set<String> = [
            "card", "box", "panel", "entry", "post", "article", "widget", "module", "portlet", "item", "modal", "table",
            "section", "content", "news", "list", "page", "dept", "col", "column", "group",
        ]
        let words = classAndID.split { !($0.isLetter || $0.isNumber) }
        for (index, word) in words.enumerated() {
            let componentPart = index > 0 && components.contains(String(words[index - 1]))
            if !componentPart, word.hasPrefix("header") || word == "masthead" || word == "hdr" { return .header }
            if !componentPart, word.hasPrefix("footer") || word == "colophon" || word == "ftr" { return .footer }
            if ["nav", "menu", "breadcrumb"].contains(where: { word.hasPrefix($0) })
                || ["mainnav", "topnav", "mainmenu", "topmenu", "mnu", "pathway"].contains(String(word))
            {
                return .nav
            }
            if word.hasPrefix("sidebar") { return .aside }
        }
        return nil
    }

    @Test func srcsetParsingMatchesScalarReading() {
        let pieces = [
            "a.jpg", "b,c.jpg", " ", ",", "  ,", "2x", "300w", "\t", "(a, b)", "ảnh.png", "\u{A0}", "x\u{2003}y",
        ]
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<3_000 {
            let value = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            #expect(ImageCandidate.parseSrcset(value) == Self.referenceSrcset(value), "\(value)")
        }
    }

    /// The srcset reading as first written, on scalars.
    static func referenceSrcset(_ value: String) -> [ImageCandidate] {
        let scalars = Array(value.unicodeScalars)
        var candidates: [ImageCandidate] = []
        var index = 0
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
        }
        while true {
            while index < scalars.count, isSpace(scalars[index]) || scalars[index] == "," { index += 1 }
            guard index < scalars.count else { return candidates }
            let urlStart = index
            while index < scalars.count, !isSpace(scalars[index]) { index += 1 }
            var urlEnd = index
            var descriptor: String?
            if scalars[urlEnd - 1] == "," {
                while urlEnd > urlStart, scalars[urlEnd - 1] == "," { urlEnd -= 1 }
            } else {
                var inParentheses = false
                var text = String.UnicodeScalarView()
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "," && !inParentheses { break }
                    if scalar == "(" { inParentheses = true }
                    if scalar == ")" { inParentheses = false }
                    text.append(scalar)
                    index += 1
                }
                let words = String(text).split { $0.isWhitespace }
                descriptor = words.isEmpty ? nil : words.joined(separator: " ")
            }
            guard urlEnd > urlStart else { continue }
            var url = String.UnicodeScalarView()
            url.append(contentsOf: scalars[urlStart..<urlEnd])
            candidates.append(ImageCandidate(url: String(url), descriptor: descriptor))
        }
    }
}

/// Whitespace collapsing read byte by byte, as ``TextAccumulator`` first did.
private struct ReferenceAccumulator {
    let keepsLineBreaks: Bool
    var bytes: [UInt8] = []
    var pendingSpace = false

    mutating func append(_ text: [UInt8], preservingNewlines: Bool) {
        var index = 0
        while index < text.count {
            let byte = text[index]
            let spaceLength = Self.unicodeSpaceLength(text[index...])
            if byte == 0x0A && preservingNewlines {
                appendLineBreak()
                index += 1
            } else if [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(byte) {
                pendingSpace = true
                index += 1
            } else if spaceLength > 0 {
                pendingSpace = true
                index += spaceLength
            } else {
                if pendingSpace, let last = bytes.last, last != 0x0A { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
                index += 1
            }
        }
    }

    /// The length of the Unicode space the bytes start with: U+00A0, U+1680, U+2000–U+200A,
    /// U+2028, U+2029, U+202F, U+205F, U+3000; 0 for anything else.
    static func unicodeSpaceLength(_ bytes: ArraySlice<UInt8>) -> Int {
        if bytes.starts(with: [0xC2, 0xA0]) { return 2 }
        let threeByteSpaces: [[UInt8]] = [
            [0xE1, 0x9A, 0x80], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xE2, 0x80, 0xAF], [0xE2, 0x81, 0x9F],
            [0xE3, 0x80, 0x80],
        ]
        if threeByteSpaces.contains(where: { bytes.starts(with: $0) }) { return 3 }
        let start = bytes.startIndex
        if bytes.starts(with: [0xE2, 0x80]), bytes.count > 2, (0x80...0x8A).contains(bytes[start + 2]) { return 3 }
        return 0
    }

    mutating func appendLineBreak() {
        guard keepsLineBreaks else {
            pendingSpace = true
            return
        }
        pendingSpace = false
        if !bytes.isEmpty { bytes.append(0x0A) }
    }

    mutating func take() -> String {
        while bytes.last == 0x0A { bytes.removeLast() }
        defer { bytes = [] }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A reproducible source of random choices (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
