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
        let tag: HTMLTag?
        /// The element's 1-based index among its same-named siblings, 0 when it is the only one.
        let position: Int
        /// Where the element's path ends in ``PageWalker/pathBytes``.
        var pathEnd = 0
        /// The DOM path as a string, made on first use: most inline elements never need one.
        var path: String?
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
        /// Where the counts of this element's child names start in ``PageWalker/siblings``, once made.
        var siblingsStart: Int?
        var cellsSeen = 0
    }

    /// How many element children of an open element bear one name, and how many the walk has entered.
    private struct SiblingCount {
        let name: UnsafePointer<UInt8>?
        var total = 1
        var seen = 0
    }

    /// An element the walk is at, enough to build its path only if it is recorded.
    private struct Place {
        let node: NodePointer
        let position: Int
        /// The element's own frame, when it has one.
        let frame: Int?
    }

    /// A link whose text is still being gathered, in ``PageWalker/linkText``.
    private struct OpenLink {
        let node: NodePointer
        let index: Int
    }

    /// Where an image sits in the block sequence, for choosing its context text.
    private struct ImagePlacement {
        var position: Int
        var fallbacksLeft = 2
    }

    /// Beyond this many different child names, an element's counts are also indexed by name.
    private static let linearSiblingNames = 32

    let units: Set<NodePointer>
    private(set) var blocks: [TextBlock] = []
    private(set) var links: [Link] = []
    private(set) var images: [Image] = []
    private var frames: [Frame] = []
    /// The path of the top frame as UTF-8, each open frame's path being a prefix of it: any
    /// frame's path string is then one copy.
    private var pathBytes: [UInt8] = []
    /// The child-name counts of the open elements that have had a child entered, stacked in
    /// frame order: an element's counts are made while it is the top frame and dropped when it closes.
    private var siblings: [SiblingCount] = []
    /// Name indexes into ``siblings`` for elements with very many different child names, by start.
    private var siblingIndexes: [Int: [String: Int]] = [:]
    private var placements: [ImagePlacement] = []
    /// The link being read; links do not nest (a new one ends the open one, as in browsers).
    private var openLink: OpenLink?
    /// The open link's text; one accumulator serves every link, as links do not nest.
    private var linkText = TextAccumulator(keepsLineBreaks: false)
    private var contextScratch = ContextScratch()
    private var run = TextAccumulator(keepsLineBreaks: true)
    private var headingText = TextAccumulator(keepsLineBreaks: true)
    private var currentHeading: String?

    init(units: Set<NodePointer>) {
        self.units = units
        pathBytes.reserveCapacity(256)
    }

    /// Hands over the links found, leaving none, so that the caller owns them alone.
    mutating func takeLinks() -> [Link] {
        defer { links = [] }
        return links
    }

    /// Hands over the images found, leaving none, so that the caller owns them alone.
    mutating func takeImages() -> [Image] {
        defer { images = [] }
        return images
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
        let tag = node.tag
        let position = frames.isEmpty ? 0 : position(ofChildNamed: node.pointee.name)
        let place = Place(node: node, position: position, frame: nil)
        let attributes = CommonAttributes(node)
        switch tag {
        case .br:
            lineBreak()
            return false
        case .img:
            if !attributes.isHidden { recordImage(node, place: place) }
            return false
        case .area:
            recordAnchor(node, place: place, attributes: attributes, isArea: true)
            return false
        case .link:
            recordLinkElement(node, place: place)
            return false
        case .frame, .iframe:
            recordFrame(node, place: place)
            return false
        default:
            if tag?.isSkipped == true || attributes.isHidden { return false }
        }
        var anchorPlace = place
        if frames.count < Self.maximumDepth {
            let isBoundary = tag?.isBoundary ?? false
            if isBoundary { flushRun() }
            push(node, tag: tag, position: position, attributes: attributes, isBoundary: isBoundary)
            anchorPlace = Place(node: node, position: position, frame: frames.count - 1)
        }
        if tag == .a { recordAnchor(node, place: anchorPlace, attributes: attributes, isArea: false) }
        // A Cloudflare-protected address reads `[email protected]`; show the address instead.
        if let hex = attributes.cloudflareEmailValue, let email = CloudflareEmail.address(fromHex: hex) {
            TextAccumulator.withNULTerminatedUTF8(email) { appendText($0) }
            return false
        }
        return true
    }

    private mutating func exit(_ node: NodePointer) {
        if openLink?.node == node { closeLink() }
        let top = frames.count - 1
        guard top >= 0, frames[top].node == node else { return }
        if frames[top].isBoundary { flushRun() }
        resolveContexts(ofFrame: top)
        let closesHeading = frames[top].tag?.isHeading == true && !(top > 0 && frames[top - 1].inHeading)
        if closesHeading {
            let text = headingText.take()
            if !text.isEmpty { currentHeading = text }
        }
        if let start = frames[top].siblingsStart {
            siblings.removeSubrange(start...)
            if !siblingIndexes.isEmpty { siblingIndexes[start] = nil }
        }
        pathBytes.removeLast(pathBytes.count - (top > 0 ? frames[top - 1].pathEnd : 0))
        frames.removeLast()
    }

    private mutating func push(
        _ node: NodePointer, tag: HTMLTag?, position: Int, attributes: CommonAttributes, isBoundary: Bool
    ) {
        let index = frames.count
        let isHeading = tag?.isHeading ?? false
        var frame: Frame
        if index > 0 {
            let parent = index - 1
            frame = Frame(
                node: node, tag: tag, position: position, isBoundary: isBoundary, region: frames[parent].region,
                classRegionsAllowed: frames[parent].classRegionsAllowed, inSectioning: frames[parent].inSectioning,
                container: frames[parent].container, containerAbsorbs: frames[parent].containerAbsorbs,
                containerFrame: frames[parent].containerFrame,
                blockFrame: isBoundary ? index : frames[parent].blockFrame, figureFrame: frames[parent].figureFrame,
                inHeading: frames[parent].inHeading || isHeading, inPre: frames[parent].inPre || tag == .pre,
                inHead: frames[parent].inHead || tag == .head, blockStart: blocks.count)
            if isHeading, !frames[parent].inHeading { _ = headingText.take() }
        } else {
            frame = Frame(
                node: node, tag: tag, position: position, isBoundary: isBoundary, region: .main,
                classRegionsAllowed: true, inSectioning: false, container: nil, containerAbsorbs: false,
                containerFrame: nil, blockFrame: index, figureFrame: nil, inHeading: isHeading, inPre: tag == .pre,
                inHead: tag == .head, blockStart: blocks.count)
            if isHeading { _ = headingText.take() }
        }
        if tag == .figure { frame.figureFrame = index }
        appendSegment(node, position: position)
        frame.pathEnd = pathBytes.count
        assignContainer(to: &frame, index: index)
        assignRegion(to: &frame, attributes: attributes)
        frames.append(frame)
    }

    /// The container, deciding from the top down: the outermost small unit (see
    /// ``Container/isUnit(_:headings:characters:tables:innerCards:)``) keeps everything inside it, so a
    /// person's card or row holds its nested contact lists; without one, the nearest table row,
    /// list item, list or figure; without any, a `<p>` is its own container.
    private mutating func assignContainer(to frame: inout Frame, index: Int) {
        if frame.tag == .td || frame.tag == .th, let row = frame.containerFrame, row == index - 1,
            frames[row].tag == .tr
        {
            frame.container?.cell = frames[row].cellsSeen
            frames[row].cellsSeen += 1
        }
        guard !frame.containerAbsorbs else { return }
        let structural = Container.structuralKind(of: frame.tag)
        // Only structural elements and card candidates were measured as possible units.
        let mayBeUnit = (structural != nil || frame.tag?.isCardCandidate == true) && !units.isEmpty
        if mayBeUnit, units.contains(frame.node) {
            frame.container = Container(kind: structural ?? .card, path: newFramePath(&frame))
            frame.containerAbsorbs = true
            frame.containerFrame = index
        } else if let structural {
            frame.container = Container(kind: structural, path: newFramePath(&frame))
            frame.containerFrame = index
        } else if frame.tag == .p, frame.container == nil {
            frame.container = Container(kind: .paragraph, path: newFramePath(&frame))
            frame.containerFrame = index
        }
    }

    /// Landmark roles and layout tags set the region; class and id names do too, outside
    /// `<main>`, articles and cards. A `<header>` or `<footer>` inside a sectioning element is
    /// that section's, not the page's.
    private func assignRegion(to frame: inout Frame, attributes: CommonAttributes) {
        let role = attributes.roleValue?.trimmingASCIIWhitespace().lowercased()
        if let role, let region = Region.fromRole(role) {
            frame.region = region
        } else {
            switch frame.tag {
            case .nav: frame.region = .nav
            case .aside: frame.region = .aside
            case .main: frame.region = .main
            case .header, .footer:
                if !frame.inSectioning { frame.region = frame.tag == .header ? .header : .footer }
            default:
                if frame.classRegionsAllowed, attributes.hasClassOrID,
                    let region = frame.node.withASCIIClassAndID(Region.fromASCIIClassAndID)
                        ?? Region.fromClassAndID(frame.node.classAndID)
                {
                    frame.region = region
                }
            }
        }
        if frame.tag == .main || frame.tag == .article || role == "main" || role == "article"
            || frame.container?.kind == .card
        {
            frame.classRegionsAllowed = false
        }
        if frame.tag?.isSectioning == true { frame.inSectioning = true }
    }

    // MARK: - Paths

    /// The 1-based index of the next child element named `name` among its same-named siblings
    /// under the top frame, or 0 when it is the only one there (and gets no index in its path).
    ///
    /// Past the depth cap, descendants of the deepest frame are counted as its children.
    private mutating func position(ofChildNamed name: UnsafePointer<UInt8>?) -> Int {
        let top = frames.count - 1
        let start = frames[top].siblingsStart ?? countChildNames(ofFrame: top)
        guard let entry = siblingEntry(named: name, from: start) else { return 0 }
        siblings[entry].seen += 1
        return siblings[entry].total > 1 ? siblings[entry].seen : 0
    }

    /// Counts the names of a frame's element children onto ``siblings`` and returns where they start.
    private mutating func countChildNames(ofFrame index: Int) -> Int {
        let start = siblings.count
        frames[index].siblingsStart = start
        var child = frames[index].node.pointee.children
        while let node = child {
            if node.isElement {
                let name = node.pointee.name
                if let entry = siblingEntry(named: name, from: start) {
                    siblings[entry].total += 1
                } else {
                    siblings.append(SiblingCount(name: name))
                    if siblings.count - start > Self.linearSiblingNames {
                        siblingIndexes[start]?[Self.nameString(name)] = siblings.count - 1
                    } else if siblings.count - start == Self.linearSiblingNames {
                        indexSiblingNames(from: start)
                    }
                }
            }
            child = node.pointee.next
        }
        return start
    }

    /// Indexes the names of one frame's counts, so that a page of thousands of distinct tag
    /// names cannot make the count lookups quadratic.
    private mutating func indexSiblingNames(from start: Int) {
        var index: [String: Int] = [:]
        for entry in start..<siblings.count { index[Self.nameString(siblings[entry].name)] = entry }
        siblingIndexes[start] = index
    }

    private func siblingEntry(named name: UnsafePointer<UInt8>?, from start: Int) -> Int? {
        if !siblingIndexes.isEmpty, let index = siblingIndexes[start] { return index[Self.nameString(name)] }
        for entry in start..<siblings.count {
            switch (siblings[entry].name, name) {
            case (nil, nil): return entry
            case (let known?, let name?) where MarkupName.same(known, name): return entry
            default: continue
            }
        }
        return nil
    }

    private static func nameString(_ name: UnsafePointer<UInt8>?) -> String {
        name.map { String(cString: $0) } ?? ""
    }

    /// The path of frame `index`, kept for the elements below it.
    private mutating func path(ofFrame index: Int) -> String {
        if let path = frames[index].path { return path }
        let path = String(decoding: pathBytes[..<frames[index].pathEnd], as: UTF8.self)
        frames[index].path = path
        return path
    }

    /// The path of a frame being pushed, whose segment ends ``pathBytes``.
    private func newFramePath(_ frame: inout Frame) -> String {
        if let path = frame.path { return path }
        let path = String(decoding: pathBytes, as: UTF8.self)
        frame.path = path
        return path
    }

    /// The path of an element the walk is at.
    private mutating func path(of place: Place) -> String {
        if let frame = place.frame { return path(ofFrame: frame) }
        let end = pathBytes.count
        appendSegment(place.node, position: place.position)
        defer { pathBytes.removeLast(pathBytes.count - end) }
        return String(decoding: pathBytes, as: UTF8.self)
    }

    /// Appends `/name`, with `[position]` when the element has same-named siblings, to
    /// ``pathBytes``. The name's bytes go in as libxml2 holds them; decoding the path repairs
    /// any invalid UTF-8 as `String(cString:)` would for the name alone.
    private mutating func appendSegment(_ node: NodePointer, position: Int) {
        pathBytes.append(UInt8(ascii: "/"))
        if let name = node.pointee.name {
            pathBytes.append(contentsOf: UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))))
        }
        guard position > 0 else { return }
        pathBytes.append(UInt8(ascii: "["))
        let start = pathBytes.count
        var value = position
        repeat {
            pathBytes.append(UInt8(ascii: "0") + UInt8(value % 10))
            value /= 10
        } while value > 0
        pathBytes[start...].reverse()
        pathBytes.append(UInt8(ascii: "]"))
    }

    // MARK: - Text

    private mutating func appendText(_ node: NodePointer) {
        if let content = node.pointee.content { appendText(content) }
    }

    private mutating func appendText(_ content: UnsafePointer<UInt8>) {
        let top = frames.count - 1
        guard top >= 0, !frames[top].inHead else { return }
        let inPre = frames[top].inPre
        run.append(content, preservingNewlines: inPre)
        if frames[top].inHeading { headingText.append(content, preservingNewlines: inPre) }
        if openLink != nil { linkText.append(content) }
    }

    private mutating func lineBreak() {
        run.appendLineBreak()
        if let top = frames.indices.last, frames[top].inHeading { headingText.appendLineBreak() }
        if openLink != nil { linkText.appendLineBreak() }
    }

    /// Ends the current inline run and records it as a block of the element that owns it.
    private mutating func flushRun() {
        guard !run.isEmpty else { return }
        let text = run.take()
        let top = frames.count - 1
        guard !text.isEmpty, top >= 0 else { return }
        let owner = frames[top].blockFrame
        guard !frames[owner].inHead else { return }
        blocks.append(
            TextBlock(
                text: text, path: path(ofFrame: owner), heading: currentHeading, container: frames[owner].container,
                isHeading: frames[owner].inHeading, region: frames[owner].region))
    }

    // MARK: - Links

    private mutating func recordAnchor(_ node: NodePointer, place: Place, attributes: CommonAttributes, isArea: Bool) {
        guard let href = node.nonEmptyAttribute("href") else { return }
        let protectedEmail =
            attributes.cloudflareEmailValue.flatMap({ CloudflareEmail.address(fromHex: $0) })
            ?? CloudflareEmail.address(fromLink: href)
        // For `<a>` the top frame is the anchor's own (or its ancestor's past the depth cap).
        let top = frames.count - 1
        links.append(
            Link(
                url: protectedEmail.map { "mailto:" + $0 } ?? href,
                text: isArea ? node.nonEmptyAttribute("alt") ?? "" : "", rel: node.nonEmptyAttribute("rel"),
                kind: .anchor, path: path(of: place), container: top >= 0 ? frames[top].container : nil,
                region: top >= 0 ? frames[top].region : .main))
        if !isArea {
            closeLink()
            openLink = OpenLink(node: node, index: links.count - 1)
        }
    }

    private mutating func closeLink() {
        guard let link = openLink else { return }
        links[link.index].text = linkText.take()
        openLink = nil
    }

    private mutating func recordFrame(_ node: NodePointer, place: Place) {
        guard let src = node.nonEmptyAttribute("src") else { return }
        links.append(
            Link(
                url: src, text: node.nonEmptyAttribute("title") ?? "", kind: .frame, path: path(of: place),
                container: frames.last?.container, region: frames.last?.region ?? .main))
    }

    private mutating func recordLinkElement(_ node: NodePointer, place: Place) {
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
                kind: kind, path: path(of: place), container: frames.last?.container,
                region: frames.last?.region ?? .main))
    }

    // MARK: - Images

    private mutating func recordImage(_ node: NodePointer, place: Place) {
        let top = frames.count - 1
        guard top >= 0, !frames[top].inHead, let sources = ImageSources(node) else { return }
        let figcaption = figureCaption() ?? ImageSources.nearbyCaption(of: node)
        images.append(
            Image(
                src: sources.src, srcset: sources.srcset, alt: node.nonEmptyAttribute("alt"),
                title: node.nonEmptyAttribute("title"), width: ImageSources.pixels(node.attribute("width")),
                height: ImageSources.pixels(node.attribute("height")), figcaption: figcaption,
                linkURL: openLink.map { links[$0.index].url }, path: path(of: place), container: frames[top].container,
                region: frames[top].region))
        placements.append(ImagePlacement(position: blocks.count))
        let scope = frames[top].containerFrame.flatMap { frames[$0].isBoundary ? $0 : nil } ?? frames[top].blockFrame
        frames[scope].pendingImages.append(images.count - 1)
    }

    /// The caption of the enclosing `<figure>`, found once per figure.
    private mutating func figureCaption() -> String? {
        guard let top = frames.indices.last, let index = frames[top].figureFrame else { return nil }
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
            let context = Self.context(
                from: blocks[start...], near: placements[image].position, scratch: &contextScratch)
            let parentBlock = index > 0 ? frames[index - 1].blockFrame : nil
            if context.isEmpty, placements[image].fallbacksLeft > 0, let parentBlock,
                frames[parentBlock].tag != .body, frames[parentBlock].tag != .html
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

    /// Storage that ``context(from:near:scratch:)`` reuses from one image to the next.
    struct ContextScratch {
        /// The parts taken: a block and the UTF-8 offsets of a piece of its text; first those at
        /// and after the start, then those before it, nearest first.
        var parts: [(block: Int, start: Int, end: Int)] = []
        var bytes: [UInt8] = []
    }

    /// About ``contextLength`` characters of block text, starting one block before `position`
    /// and extended backwards when what follows is short. Only the needed ends of each block
    /// are touched, so many images in one huge block stay cheap.
    static func context(
        from blocks: ArraySlice<TextBlock>, near position: Int, scratch: inout ContextScratch
    ) -> String {
        guard !blocks.isEmpty else { return "" }
        defer {
            scratch.parts.removeAll(keepingCapacity: true)
            scratch.bytes.removeAll(keepingCapacity: true)
        }
        let first = min(max(blocks.startIndex, position - 1), blocks.endIndex)
        var length = 0
        var index = first
        while index < blocks.endIndex, length < contextLength {
            let (end, count) = leadingCharacters(of: blocks[index].text, upTo: contextLength - length)
            scratch.parts.append((index, 0, end))
            length += count + 1
            index += 1
        }
        let following = scratch.parts.count
        index = first - 1
        while index >= blocks.startIndex, length < contextLength {
            let text = blocks[index].text
            let (start, count) = trailingWords(of: text, upTo: contextLength - length)
            scratch.parts.append((index, start, text.utf8.count))
            length += count + 1
            index -= 1
        }
        // Each part was cut to the characters still wanted, so the whole never exceeds
        // contextLength. Line breaks become spaces; as characters they stand alone, so bytes do.
        // In document order: the parts before the start (stored nearest first), then the others.
        let preceding = scratch.parts.count - following
        for step in scratch.parts.indices {
            if step > 0 { scratch.bytes.append(0x20) }
            let part = scratch.parts[step < preceding ? scratch.parts.count - 1 - step : step - preceding]
            var text = blocks[part.block].text
            text.withUTF8 { scratch.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[part.start..<part.end])) }
        }
        for offset in scratch.bytes.indices where scratch.bytes[offset] == 0x0A { scratch.bytes[offset] = 0x20 }
        return String(decoding: scratch.bytes, as: UTF8.self)
    }

    /// The UTF-8 offset after the first `limit` characters of `text` (all of it when shorter),
    /// and how many characters that is.
    private static func leadingCharacters(of text: String, upTo limit: Int) -> (end: Int, count: Int) {
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> (end: Int, count: Int)? in
            var offset = 0
            var count = 0
            while offset < bytes.count {
                // Before a simple scalar there is always a character boundary.
                guard let length = simpleScalarLength(bytes, at: offset) else { return nil }
                if count == limit { break }
                offset += length
                count += 1
            }
            return (offset, count)
        }
        if let counted = counted ?? nil { return counted }
        var end = text.startIndex
        var count = 0
        while count < limit, end < text.endIndex {
            end = text.index(after: end)
            count += 1
        }
        return (text.utf8.distance(from: text.startIndex, to: end), count)
    }

    /// The UTF-8 offset where the last `limit` characters of `text` start (moved past the first
    /// space when they start inside the text, so as to start at a word), and how many characters follow it.
    private static func trailingWords(of text: String, upTo limit: Int) -> (start: Int, count: Int) {
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> (start: Int, count: Int)? in
            var start = bytes.count
            var count = 0
            while start > 0, count < limit {
                var scalarStart = start - 1
                while bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
                guard simpleScalarLength(bytes, at: scalarStart) != nil else { return nil }
                start = scalarStart
                count += 1
            }
            guard start > 0 else { return (start, count) }
            // The cut is a character boundary only if the scalar before it is simple too.
            var previous = start - 1
            while bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
            guard simpleScalarLength(bytes, at: previous) != nil else { return nil }
            guard let space = bytes[start...].firstIndex(of: 0x20) else { return (start, count) }
            var skipped = 0
            var offset = start
            while offset <= space {
                offset += simpleScalarLength(bytes, at: offset)!
                skipped += 1
            }
            return (space + 1, count - skipped)
        }
        if let counted = counted ?? nil { return counted }
        var part = text.suffix(limit)
        if part.startIndex != text.startIndex, let space = part.firstIndex(of: " ") {
            part = part[part.index(after: space)...]
        }
        return (text.utf8.distance(from: text.startIndex, to: part.startIndex), part.count)
    }

    /// The length of the scalar at `offset` when it is simple, nil otherwise. A simple scalar
    /// (below U+0300 except CR, or in U+1E00–U+1EFF: Latin and precomposed Vietnamese) never
    /// joins another simple scalar in one character, so in runs of them characters are scalars.
    private static func simpleScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        let lead = bytes[offset]
        switch lead {
        case 0x0D: return nil
        case ..<0x80: return 1
        case 0xC2...0xCB: return 2
        case 0xE1 where offset + 1 < bytes.count && (0xB8...0xBB).contains(bytes[offset + 1]): return 3
        default: return nil
        }
    }
}
