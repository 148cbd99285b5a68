internal import CLibXML2

/// The main pass over the tree: text blocks, links and images, each with its DOM path,
/// container and region. URLs are kept as written; ``HTMLParser`` resolves them afterwards.
struct PageWalker {
    /// Elements nested deeper than this are read as inline content of the deepest one kept,
    /// so that paths and the frame stack stay bounded on pathological markup (browsers cap at 512).
    static let maximumDepth = 512

    /// What the walk knows about one open element.
    private struct Frame {
        let node: NodePointer
        let tag: String
        let path: String
        let isBoundary: Bool
        var region: Region
        /// Whether class and id names may still set the region (not inside `<main>`, an article or a card).
        var classRegionsAllowed: Bool
        var inSectioning: Bool
        var container: Container?
        /// Whether ``container`` is a small unit, which keeps everything inside it.
        var containerAbsorbs: Bool
        /// The frame that set ``container``.
        var containerFrame: Int?
        /// The nearest boundary frame, which owns the current text run (this frame if a boundary).
        var blockFrame: Int
        var figureFrame: Int?
        var inHeading: Bool
        var inPre: Bool
        var inHead: Bool
        /// `blocks.count` when the element opened: its blocks are `blocks[blockStart...]` at its close.
        var blockStart: Int
        /// Images whose context comes from this element's text, gathered when it closes.
        var pendingImages: [Int] = []
        var figureCaption: String??
        var childTotals: [String: Int]?
        var childSeen: [String: Int] = [:]
        var cellsSeen = 0
    }

    /// A link whose text is still being gathered.
    private struct OpenLink {
        let node: NodePointer
        let index: Int
        var text = TextAccumulator(keepsLineBreaks: false)
    }

    /// Where an image sits in the block sequence, for choosing its context text.
    private struct ImagePlacement {
        var position: Int
        var fallbacksLeft = 2
    }

    let units: Set<NodePointer>
    private(set) var blocks: [TextBlock] = []
    private(set) var links: [Link] = []
    private(set) var images: [Image] = []
    private var frames: [Frame] = []
    private var placements: [ImagePlacement] = []
    /// The link being read; links do not nest (a new one ends the open one, as in browsers).
    private var openLink: OpenLink?
    private var run = TextAccumulator(keepsLineBreaks: true)
    private var headingText = TextAccumulator(keepsLineBreaks: true)
    private var currentHeading: String?

    init(units: Set<NodePointer>) {
        self.units = units
    }

    mutating func walk(_ root: NodePointer) {
        root.walk(
            enter: { node in
                if node.isText {
                    appendText(node)
                    return false
                }
                return node.isElement && enter(node)
            },
            exit: { node in
                if node.isElement { exit(node) }
            })
    }

    // MARK: - Elements

    private mutating func enter(_ node: NodePointer) -> Bool {
        let tag = node.tagName
        let path = childPath(for: tag)
        switch tag {
        case "br":
            lineBreak()
            return false
        case "img":
            if !node.isHidden { recordImage(node, path: path) }
            return false
        case "area":
            recordAnchor(node, path: path, isArea: true)
            return false
        case "link":
            recordLinkElement(node, path: path)
            return false
        case "frame", "iframe":
            recordFrame(node, path: path)
            return false
        default:
            if HTMLTags.skipped.contains(tag) || node.isHidden { return false }
        }
        if frames.count < Self.maximumDepth {
            let isBoundary = HTMLTags.boundaries.contains(tag)
            if isBoundary { flushRun() }
            push(node, tag: tag, path: path, isBoundary: isBoundary)
        }
        if tag == "a" { recordAnchor(node, path: path, isArea: false) }
        // A Cloudflare-protected address reads `[email protected]`; show the address instead.
        if let hex = node.attribute("data-cfemail"), let email = CloudflareEmail.address(fromHex: hex) {
            TextAccumulator.withNULTerminatedUTF8(email) { appendText($0) }
            return false
        }
        return true
    }

    private mutating func exit(_ node: NodePointer) {
        if openLink?.node == node { closeLink() }
        guard let frame = frames.last, frame.node == node else { return }
        if frame.isBoundary { flushRun() }
        resolveContexts(ofFrame: frames.count - 1)
        let closesHeading = HTMLTags.isHeading(frame.tag) && !(frames.dropLast().last?.inHeading ?? false)
        if closesHeading {
            let text = headingText.take()
            if !text.isEmpty { currentHeading = text }
        }
        frames.removeLast()
    }

    private mutating func push(_ node: NodePointer, tag: String, path: String, isBoundary: Bool) {
        let index = frames.count
        let parent = frames.last
        var frame = Frame(
            node: node, tag: tag, path: path, isBoundary: isBoundary, region: parent?.region ?? .main,
            classRegionsAllowed: parent?.classRegionsAllowed ?? true, inSectioning: parent?.inSectioning ?? false,
            container: parent?.container, containerAbsorbs: parent?.containerAbsorbs ?? false,
            containerFrame: parent?.containerFrame,
            blockFrame: isBoundary ? index : (parent?.blockFrame ?? index), figureFrame: parent?.figureFrame,
            inHeading: (parent?.inHeading ?? false) || HTMLTags.isHeading(tag),
            inPre: (parent?.inPre ?? false) || tag == "pre", inHead: (parent?.inHead ?? false) || tag == "head",
            blockStart: blocks.count)
        if tag == "figure" { frame.figureFrame = index }
        if HTMLTags.isHeading(tag), !(parent?.inHeading ?? false) { _ = headingText.take() }
        assignContainer(to: &frame, index: index)
        assignRegion(to: &frame)
        frames.append(frame)
    }

    /// The container, deciding from the top down: the outermost small unit (see
    /// ``Container/isUnit(_:headings:characters:tables:innerCards:)``) keeps everything inside it, so a
    /// person's card or row holds its nested contact lists; without one, the nearest table row,
    /// list item, list or figure; without any, a `<p>` is its own container.
    private mutating func assignContainer(to frame: inout Frame, index: Int) {
        if frame.tag == "td" || frame.tag == "th", let row = frame.containerFrame, row == index - 1,
            frames[row].tag == "tr"
        {
            frame.container?.cell = frames[row].cellsSeen
            frames[row].cellsSeen += 1
        }
        guard !frame.containerAbsorbs else { return }
        let structural = Container.structuralKind(of: frame.tag)
        if units.contains(frame.node) {
            frame.container = Container(kind: structural ?? .card, path: frame.path)
            frame.containerAbsorbs = true
            frame.containerFrame = index
        } else if let structural {
            frame.container = Container(kind: structural, path: frame.path)
            frame.containerFrame = index
        } else if frame.tag == "p", frame.container == nil {
            frame.container = Container(kind: .paragraph, path: frame.path)
            frame.containerFrame = index
        }
    }

    /// Landmark roles and layout tags set the region; class and id names do too, outside
    /// `<main>`, articles and cards. A `<header>` or `<footer>` inside a sectioning element is
    /// that section's, not the page's.
    private func assignRegion(to frame: inout Frame) {
        let role = frame.node.attribute("role")?.trimmingASCIIWhitespace().lowercased()
        if let role, let region = Region.fromRole(role) {
            frame.region = region
        } else {
            switch frame.tag {
            case "nav": frame.region = .nav
            case "aside": frame.region = .aside
            case "main": frame.region = .main
            case "header", "footer":
                if !frame.inSectioning { frame.region = frame.tag == "header" ? .header : .footer }
            default:
                if frame.classRegionsAllowed, let region = Region.fromClassAndID(frame.node.classAndID) {
                    frame.region = region
                }
            }
        }
        if frame.tag == "main" || frame.tag == "article" || role == "main" || role == "article"
            || frame.container?.kind == .card
        {
            frame.classRegionsAllowed = false
        }
        if HTMLTags.sectioning.contains(frame.tag) { frame.inSectioning = true }
    }

    /// The path of the next child element named `tag` under the current frame.
    private mutating func childPath(for tag: String) -> String {
        guard !frames.isEmpty else { return "/" + tag }
        let top = frames.count - 1
        if frames[top].childTotals == nil {
            var totals: [String: Int] = [:]
            for child in frames[top].node.elementChildren { totals[child.tagName, default: 0] += 1 }
            frames[top].childTotals = totals
        }
        let seen = (frames[top].childSeen[tag] ?? 0) + 1
        frames[top].childSeen[tag] = seen
        let total = frames[top].childTotals?[tag] ?? 1
        return frames[top].path + "/" + tag + (total > 1 ? "[\(seen)]" : "")
    }

    // MARK: - Text

    private mutating func appendText(_ node: NodePointer) {
        if let content = node.pointee.content { appendText(content) }
    }

    private mutating func appendText(_ content: UnsafePointer<UInt8>) {
        guard let frame = frames.last, !frame.inHead else { return }
        run.append(content, preservingNewlines: frame.inPre)
        if frame.inHeading { headingText.append(content, preservingNewlines: frame.inPre) }
        openLink?.text.append(content)
    }

    private mutating func lineBreak() {
        run.appendLineBreak()
        if frames.last?.inHeading == true { headingText.appendLineBreak() }
        openLink?.text.appendLineBreak()
    }

    /// Ends the current inline run and records it as a block of the element that owns it.
    private mutating func flushRun() {
        let text = run.take()
        guard !text.isEmpty, let top = frames.last else { return }
        let owner = frames[top.blockFrame]
        guard !owner.inHead else { return }
        blocks.append(
            TextBlock(
                text: text, path: owner.path, heading: currentHeading, container: owner.container,
                isHeading: owner.inHeading, region: owner.region))
    }

    // MARK: - Links

    private mutating func recordAnchor(_ node: NodePointer, path: String, isArea: Bool) {
        guard let href = node.nonEmptyAttribute("href") else { return }
        let protectedEmail =
            node.attribute("data-cfemail").flatMap({ CloudflareEmail.address(fromHex: $0) })
            ?? CloudflareEmail.address(fromLink: href)
        // For `<a>` the top frame is the anchor's own (or its ancestor's past the depth cap).
        let anchorFrame = frames.last
        links.append(
            Link(
                url: protectedEmail.map { "mailto:" + $0 } ?? href,
                text: isArea ? node.nonEmptyAttribute("alt") ?? "" : "", rel: node.nonEmptyAttribute("rel"),
                kind: .anchor, path: path, container: anchorFrame?.container, region: anchorFrame?.region ?? .main))
        if !isArea {
            closeLink()
            openLink = OpenLink(node: node, index: links.count - 1)
        }
    }

    private mutating func closeLink() {
        guard var link = openLink else { return }
        links[link.index].text = link.text.take()
        openLink = nil
    }

    private mutating func recordFrame(_ node: NodePointer, path: String) {
        guard let src = node.nonEmptyAttribute("src") else { return }
        links.append(
            Link(
                url: src, text: node.nonEmptyAttribute("title") ?? "", kind: .frame, path: path,
                container: frames.last?.container, region: frames.last?.region ?? .main))
    }

    private mutating func recordLinkElement(_ node: NodePointer, path: String) {
        let rel = node.relTokens
        let kind: Link.Kind
        if rel.contains("canonical") {
            kind = .canonical
        } else if rel.contains("alternate"), !rel.contains("stylesheet") {
            kind = .alternate
        } else {
            return
        }
        guard let href = node.nonEmptyAttribute("href") else { return }
        links.append(
            Link(
                url: href, text: node.nonEmptyAttribute("title") ?? "", rel: node.nonEmptyAttribute("rel"),
                kind: kind, path: path, container: frames.last?.container, region: frames.last?.region ?? .main))
    }

    // MARK: - Images

    private mutating func recordImage(_ node: NodePointer, path: String) {
        guard let frame = frames.last, !frame.inHead, let sources = ImageSources(node) else { return }
        let figcaption = figureCaption() ?? ImageSources.nearbyCaption(of: node)
        images.append(
            Image(
                src: sources.src, srcset: sources.srcset, alt: node.nonEmptyAttribute("alt"),
                title: node.nonEmptyAttribute("title"), width: ImageSources.pixels(node.attribute("width")),
                height: ImageSources.pixels(node.attribute("height")), figcaption: figcaption,
                linkURL: openLink.map { links[$0.index].url }, path: path, container: frame.container,
                region: frame.region))
        placements.append(ImagePlacement(position: blocks.count))
        let scope = frame.containerFrame.flatMap { frames[$0].isBoundary ? $0 : nil } ?? frame.blockFrame
        frames[scope].pendingImages.append(images.count - 1)
    }

    /// The caption of the enclosing `<figure>`, found once per figure.
    private mutating func figureCaption() -> String? {
        guard let index = frames.last?.figureFrame else { return nil }
        if let cached = frames[index].figureCaption { return cached }
        let caption = ImageSources.figcaption(in: frames[index].node)
        frames[index].figureCaption = .some(caption)
        return caption
    }

    /// Gives the closing frame's pending images their context; an image with no text around it
    /// tries the enclosing block instead, at most twice and never the whole body.
    private mutating func resolveContexts(ofFrame index: Int) {
        let pending = frames[index].pendingImages
        guard !pending.isEmpty else { return }
        frames[index].pendingImages = []
        let start = frames[index].blockStart
        for image in pending {
            let context = Self.context(from: blocks[start...], near: placements[image].position)
            let parentBlock = index > 0 ? frames[index - 1].blockFrame : nil
            if context.isEmpty, placements[image].fallbacksLeft > 0, let parentBlock,
                frames[parentBlock].tag != "body", frames[parentBlock].tag != "html"
            {
                placements[image].fallbacksLeft -= 1
                frames[parentBlock].pendingImages.append(image)
            } else {
                images[image].context = context
            }
        }
    }

    /// The characters of context an image gets.
    static let contextLength = 200

    /// About ``contextLength`` characters of block text, starting one block before `position`
    /// and extended backwards when what follows is short. Only the needed ends of each block
    /// are touched, so many images in one huge block stay cheap.
    static func context(from blocks: ArraySlice<TextBlock>, near position: Int) -> String {
        guard !blocks.isEmpty else { return "" }
        let first = min(max(blocks.startIndex, position - 1), blocks.endIndex)
        var parts: [Substring] = []
        var length = 0
        var index = first
        while index < blocks.endIndex, length < contextLength {
            let part = blocks[index].text.prefix(contextLength - length)
            parts.append(part)
            length += part.count + 1
            index += 1
        }
        index = first - 1
        while index >= blocks.startIndex, length < contextLength {
            let text = blocks[index].text
            var part = text.suffix(contextLength - length)
            // Start at a word, not in the middle of one.
            if part.startIndex != text.startIndex, let space = part.firstIndex(of: " ") {
                part = part[part.index(after: space)...]
            }
            parts.insert(part, at: 0)
            length += part.count + 1
            index -= 1
        }
        let joined = parts.joined(separator: " ").map { $0 == "\n" ? " " : $0 }
        return String(joined.prefix(contextLength))
    }
}
