internal import CLibXML2

/// A first pass over the tree: page metadata, and which containers are small units.
///
/// Whether an element is one unit (a card, a row about one person) depends on everything
/// inside it, which the main walk only knows after leaving it; measuring every candidate
/// bottom-up here keeps the walk linear.
struct DocumentSurvey {
    var title: String?
    var language: String?
    var meta: [MetaTag] = []
    var openGraph: [String: String] = [:]
    var jsonLD: [String] = []
    /// The first `<base href>` as written.
    var baseHref: String?
    /// The first `<link rel=canonical href>` as written.
    var canonicalHref: String?
    /// Container candidates small enough to be one unit;
    /// see ``Container/isUnit(_:headings:characters:tables:innerCards:)``.
    var units: Set<NodePointer> = []

    /// Size of an open container candidate, summed over its subtree.
    private struct Measure {
        let node: NodePointer
        let kind: Container.Kind
        var characters = 0
        var headings = 0
        var tables = 0
        var innerCards = 0
    }

    init(root: NodePointer) {
        language = root.nonEmptyAttribute("lang")
        var measures: [Measure] = []
        var hiddenRoots: [NodePointer] = []
        root.walk(
            enter: { node in
                if node.isText {
                    // Past the unit limit the count no longer matters: the candidate and every
                    // one around it, whose counts include it, are too big to be units anyway.
                    if hiddenRoots.isEmpty, let last = measures.indices.last,
                        measures[last].characters <= Container.maximumUnitCharacters, let content = node.pointee.content
                    {
                        measures[last].characters += TextAccumulator.visibleCharacterCount(content)
                    }
                    return false
                }
                guard node.isElement else { return false }
                let tag = node.tag
                switch tag {
                case .script: noteScript(node)
                case .title: if title == nil { noteTitle(node) }
                case .meta: noteMeta(node)
                case .base: if baseHref == nil { baseHref = node.nonEmptyAttribute("href") }
                case .link: noteLink(node)
                default: break
                }
                // Not descending into `<svg>` also keeps its `<title>` from being the page's.
                if tag?.isSkipped == true { return false }
                // Hidden content is not measured (the main walk skips it) but may hold metadata.
                let attributes = CommonAttributes(node)
                if attributes.isHidden { hiddenRoots.append(node) }
                guard hiddenRoots.isEmpty else { return true }
                if !measures.isEmpty {
                    if tag?.isHeading == true { measures[measures.count - 1].headings += 1 }
                    if tag == .table { measures[measures.count - 1].tables += 1 }
                }
                if let kind = Container.structuralKind(of: tag) {
                    measures.append(Measure(node: node, kind: kind))
                } else if Container.isCardCandidate(node, tag: tag, attributes: attributes) {
                    measures.append(Measure(node: node, kind: .card))
                }
                return true
            },
            exit: { node in
                guard node.isElement else { return }
                if hiddenRoots.last == node { hiddenRoots.removeLast() }
                guard let measure = measures.last, measure.node == node else { return }
                measures.removeLast()
                let isUnit = Container.isUnit(
                    measure.kind, headings: measure.headings, characters: measure.characters,
                    tables: measure.tables, innerCards: measure.innerCards)
                if isUnit { units.insert(node) }
                guard !measures.isEmpty else { return }
                measures[measures.count - 1].characters += measure.characters
                measures[measures.count - 1].headings += measure.headings
                measures[measures.count - 1].tables += measure.tables
                // A card counts once for its parent; cards inside a grid count for the grid's parent.
                measures[measures.count - 1].innerCards += measure.kind == .card && isUnit ? 1 : measure.innerCards
            })
    }

    private mutating func noteScript(_ node: NodePointer) {
        let type = node.attribute("type")?.split(separator: ";").first?.trimmingASCIIWhitespace().lowercased()
        guard type == "application/ld+json" else { return }
        let source = NodePointer.text(of: node.pointee.children).trimmingASCIIWhitespace()
        if !source.isEmpty { jsonLD.append(String(source)) }
    }

    private mutating func noteTitle(_ node: NodePointer) {
        var accumulator = TextAccumulator(keepsLineBreaks: false)
        accumulator.append(NodePointer.text(of: node.pointee.children))
        let text = accumulator.take()
        if !text.isEmpty { title = text }
    }

    private mutating func noteMeta(_ node: NodePointer) {
        guard let content = node.attribute("content"),
            let key = node.nonEmptyAttribute("name") ?? node.nonEmptyAttribute("property")
                ?? node.nonEmptyAttribute("http-equiv")
        else { return }
        let name = key.lowercased()
        meta.append(MetaTag(name: name, content: content))
        if name.hasPrefix("og:") || name.hasPrefix("article:"), openGraph[name] == nil {
            openGraph[name] = content
        }
    }

    private mutating func noteLink(_ node: NodePointer) {
        guard canonicalHref == nil, node.relTokens.contains("canonical") else { return }
        canonicalHref = node.nonEmptyAttribute("href")
    }
}
