/// The elements whose names decide how the walks treat them.
///
/// Recognised from libxml2's name bytes through a small hash table, so the walks never build
/// a string or hash one for a tag; any other name is `nil` and gets no special treatment.
enum HTMLTag: String, CaseIterable {
    case a, address, area, article, aside, base, blockquote, body, br, caption, center, dd, details, dialog
    case dir, div, dl, dt, em, fieldset, figcaption, figure, footer, form, frame, frameset
    case h1, h2, h3, h4, h5, h6, head, header, hgroup, hr, html, i, iframe, img, legend, li, link
    case main, math, menu, meta, nav, noframes, noscript, object, ol, p, picture, pre, script, section
    case small, source, span, style, summary, svg, table, tbody, td, template, tfoot, th, thead, title, tr, ul

    /// Elements whose inline text forms a block of its own.
    var isBlock: Bool {
        switch self {
        case .p, .div, .li, .td, .th, .h1, .h2, .h3, .h4, .h5, .h6, .dt, .dd, .address, .figcaption, .caption,
            .blockquote, .section, .article, .header, .footer, .nav, .aside, .main, .form, .fieldset, .pre, .center:
            true
        default: false
        }
    }

    /// Block elements, and elements that are not text blocks in their own right but still end the
    /// inline run around them: text directly inside them (rare, from broken markup) becomes a block of its own.
    var isBoundary: Bool {
        switch self {
        case .html, .body, .table, .thead, .tbody, .tfoot, .tr, .ul, .ol, .dl, .menu, .dir, .figure, .hr, .details,
            .summary, .legend, .hgroup, .dialog, .frameset, .noframes:
            true
        default: isBlock
        }
    }

    /// Elements whose content is never page text.
    var isSkipped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .frame, .object, .title, .meta, .base, .link:
            true
        default: false
        }
    }

    /// Sectioning elements: a `<header>` or `<footer>` inside one belongs to it, not to the page.
    var isSectioning: Bool {
        switch self {
        case .article, .aside, .main, .nav, .section: true
        default: false
        }
    }

    /// Elements that may carry a card class (a person's box in a grid of people).
    var isCardCandidate: Bool {
        switch self {
        case .div, .article, .section, .span: true
        default: false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }
}

extension HTMLTag {
    /// The tag named by NUL-terminated lowercase UTF-8 (as libxml2 stores element names), or nil.
    init?(name: UnsafePointer<UInt8>) {
        guard let key = NameKey(name) else { return nil }
        var slot = key.slot
        while true {
            guard let entry = Self.slots[slot] else { return nil }
            if entry.key == key {
                self = entry.tag
                return
            }
            slot = (slot + 1) & (Self.slots.count - 1)
        }
    }

    /// Every name up to ``NameKey/capacity`` bytes packed into two words, so that a lookup is a
    /// hash and one or two comparisons.
    fileprivate struct NameKey: Equatable {
        static let capacity = 16
        var low: UInt64 = 0
        var high: UInt64 = 0

        init?(_ name: UnsafePointer<UInt8>) {
            for offset in 0..<Self.capacity {
                let byte = name[offset]
                if byte == 0 { return }
                if offset < 8 {
                    low |= UInt64(byte) << (8 * offset)
                } else {
                    high |= UInt64(byte) << (8 * (offset - 8))
                }
            }
            if name[Self.capacity] != 0 { return nil }
        }

        /// A slot of ``HTMLTag/slots`` (Fibonacci hashing).
        var slot: Int { Int(truncatingIfNeeded: ((low ^ high &* 31) &* 0x9E37_79B9_7F4A_7C15) >> 56) }
    }

    /// An open-addressing table of the known names, 256 slots for about 80 names.
    private static let slots: [(key: NameKey, tag: HTMLTag)?] = {
        var slots: [(key: NameKey, tag: HTMLTag)?] = Array(repeating: nil, count: 256)
        for tag in allCases {
            let name = Array(tag.rawValue.utf8) + [0]
            let key = name.withUnsafeBufferPointer { NameKey($0.baseAddress!)! }
            var slot = key.slot
            while slots[slot] != nil { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (key, tag)
        }
        return slots
    }()
}
