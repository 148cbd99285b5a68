import ExposureHTML

/// One parsed page prepared for the detectors: the document, its block lookups, and each
/// block's words, split and folded once however many detectors read them.
///
/// Made per page and used by one task; not shared between pages.
public final class PageText {
    public let document: HTMLDocument
    private let memo: DetectionMemo?
    /// Each block's index by its DOM path, the first block of a path winning; built when a link's
    /// anchor is first asked for, keyed by bytes: Swift's string hashing cost more than the lookups.
    private lazy var blockByPath: [TextKey: Int] = {
        let blocks = document.blocks
        var blockByPath = [TextKey: Int](minimumCapacity: blocks.count)
        for index in blocks.indices {
            let key = TextKey(text: blocks[index].path)
            if blockByPath[key] == nil { blockByPath[key] = index }
        }
        return blockByPath
    }()
    private var wordsByBlock: [[Word]?]
    /// Per block, what the memo said when a detector first asked, with the text's key.
    private var lookups: [(key: DetectionMemo.Key, lookup: DetectionMemo.Lookup)?]
    /// What this page's detectors found in blocks the memo saw once before, to remember.
    private var repeatedBlocks: [Int: DetectionMemo.Record] = [:]

    /// A page for the detectors; with a memo, blocks already read on other pages are not read again.
    public init(_ document: HTMLDocument, memo: DetectionMemo? = nil) {
        self.document = document
        self.memo = memo
        wordsByBlock = Array(repeating: nil, count: document.blocks.count)
        lookups = Array(repeating: nil, count: memo == nil ? 0 : document.blocks.count)
    }

    /// The words of block `index`, split on first use.
    func words(ofBlock index: Int) -> [Word] {
        if let words = wordsByBlock[index] { return words }
        let words = Word.split(document.blocks[index].text)
        wordsByBlock[index] = words
        return words
    }

    /// What `detector` finds in block `index`, from `detect` or, when another page had a
    /// block with the same text, from the memo, anchored to this block. `variant` tells apart
    /// blocks whose detections depend on more than their text (the page's language, say).
    func detections<D: Detector>(of detector: D, variant: Int = 0, inBlock index: Int, detect: () -> [Detection])
        -> [Detection]
    {
        remembered(
            by: D.self, variant: variant, inBlock: index, in: \.detections, find: { (detect(), true) }, anchor: \.anchor)
    }

    /// What `detector` finds in block `index`, as ``detections(of:variant:inBlock:detect:)``, for
    /// a detector that may read more than the block: `detect` tells whether what it found rests on
    /// the block's text alone, and only then is it remembered.
    func detections<D: Detector>(
        of detector: D, inBlock index: Int, detect: () -> (detections: [Detection], restsOnTextAlone: Bool)
    ) -> [Detection] {
        remembered(
            by: D.self, variant: 0, inBlock: index, in: \.detections,
            find: { let found = detect(); return (found.detections, found.restsOnTextAlone) }, anchor: \.anchor)
    }

    /// The people `detector` finds in block `index`, as ``detections(of:inBlock:detect:)``;
    /// `variant` tells apart blocks whose mentions depend on more than their text.
    func mentions(of detector: PersonDetector, variant: Int, inBlock index: Int, detect: () -> [PersonMention])
        -> [PersonMention]
    {
        remembered(
            by: PersonDetector.self, variant: variant, inBlock: index, in: \.mentions, find: { (detect(), true) },
            anchor: \.anchor)
    }

    /// Hands what this page's detectors found in blocks seen on an earlier page to the memo,
    /// for later pages; called once all detectors have read the page.
    public func rememberRepeatedBlocks() {
        memo?.remember(repeatedBlocks.map { (lookups[$0.key]!.key, $0.value) })
        repeatedBlocks = [:]
    }

    private func remembered<Item: Sendable>(
        by finder: Any.Type, variant: Int, inBlock index: Int,
        in table: WritableKeyPath<DetectionMemo.Record, [(reader: DetectionMemo.Reader, items: [Item])]>,
        find: () -> (items: [Item], restsOnTextAlone: Bool), anchor path: WritableKeyPath<Item, Anchor>
    ) -> [Item] {
        guard let memo else { return find().items }
        let reader = DetectionMemo.Reader(finder: ObjectIdentifier(finder), variant: variant)
        switch lookup(ofBlock: index, in: memo) {
        case .remembered(let record):
            // A reader the record lacks (the same text in a table row, say, or a reading that rested
            // on more than the text) reads afresh.
            guard let items = record[keyPath: table].first(where: { $0.reader == reader })?.items else {
                return find().items
            }
            return items.map { item in
                var item = item
                item[keyPath: path] = anchor(block: index, offset: item[keyPath: path].offset)
                return item
            }
        case .repeated:
            let (items, restsOnTextAlone) = find()
            if restsOnTextAlone {
                repeatedBlocks[index, default: DetectionMemo.Record()][keyPath: table].append((reader, items))
            }
            return items
        case .new:
            return find().items
        }
    }

    private func lookup(ofBlock index: Int, in memo: DetectionMemo) -> DetectionMemo.Lookup {
        if let known = lookups[index] { return known.lookup }
        let key = DetectionMemo.Key(text: document.blocks[index].text)
        let lookup = memo.lookUp(key)
        lookups[index] = (key, lookup)
        return lookup
    }

    /// The anchor of a position within a block's text, or within `text` made from it (a
    /// detector's rewritten copy of the block).
    func anchor(block index: Int, at position: String.Index, in text: String? = nil) -> Anchor {
        anchor(block: index, offset: Anchor.offset(of: position, in: text ?? document.blocks[index].text))
    }

    private func anchor(block index: Int, offset: Int) -> Anchor {
        let block = document.blocks[index]
        return Anchor(
            path: block.path, blockIndex: index, offset: offset, container: block.container, region: block.region)
    }

    /// The anchor of a link: the innermost block holding it, by walking up its DOM path.
    func anchor(of link: Link) -> Anchor {
        Anchor(
            path: link.path, blockIndex: enclosingBlock(ofPath: link.path), offset: 0,
            container: link.container, region: link.region)
    }

    private func enclosingBlock(ofPath path: String) -> Int? {
        var current = Substring(path)
        while !current.isEmpty {
            if let index = blockByPath[TextKey(text: String(current))] { return index }
            guard let slash = current.lastIndex(of: "/") else { return nil }
            current = current[..<slash]
        }
        return nil
    }
}
