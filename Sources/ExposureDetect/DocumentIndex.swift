import ExposureHTML

/// Lookups over one parsed document that several detectors share.
struct DocumentIndex {
    let document: HTMLDocument
    private let blockByPath: [String: Int]

    init(_ document: HTMLDocument) {
        self.document = document
        var blockByPath: [String: Int] = [:]
        for (index, block) in document.blocks.enumerated() where blockByPath[block.path] == nil {
            blockByPath[block.path] = index
        }
        self.blockByPath = blockByPath
    }

    /// The anchor of a character offset within a block.
    func anchor(block index: Int, offset: Int) -> Anchor {
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

    func enclosingBlock(ofPath path: String) -> Int? {
        var current = Substring(path)
        while !current.isEmpty {
            if let index = blockByPath[String(current)] { return index }
            guard let slash = current.lastIndex(of: "/") else { return nil }
            current = current[..<slash]
        }
        return nil
    }
}
