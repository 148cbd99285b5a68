internal import CLibXML2
import ExposureCore

/// Reading an `<img>`: which URL is the real picture, its candidates, size and caption.
struct ImageSources {
    var src: String
    var srcset: [ImageCandidate]

    /// Attributes lazy-loading scripts read the real source from.
    static let lazyAttributes: [StaticString] = ["data-src", "data-lazy-src", "data-original", "data-lazy"]

    /// Attributes holding candidate lists.
    private static let srcsetAttributes: [StaticString] = ["srcset", "data-srcset"]

    /// Reads the sources of `image`, or returns nil when it names no picture at all.
    init?(_ image: NodePointer) {
        let written = image.nonEmptyAttribute("src")
        let lazy = Self.lazyAttributes.lazy.compactMap { image.nonEmptyAttribute($0) }.first
        var candidates: [ImageCandidate] = []
        for attribute in Self.srcsetAttributes {
            if let value = image.nonEmptyAttribute(attribute) { ImageCandidate.parseSrcset(value, into: &candidates) }
        }
        for source in Self.pictureSources(of: image) {
            for attribute in Self.srcsetAttributes {
                if let value = source.nonEmptyAttribute(attribute) {
                    ImageCandidate.parseSrcset(value, into: &candidates)
                }
            }
        }
        srcset = Self.firstOccurrences(of: candidates).filter { !Self.isPlaceholder($0.url) }
        if let written, !Self.isPlaceholder(written) {
            src = written
        } else if let lazy {
            src = lazy
        } else if let first = srcset.first?.url ?? written {
            src = first
        } else {
            return nil
        }
    }

    /// The candidates without later repeats of a URL, in order; a short list (the usual) is
    /// compared pairwise rather than hashed.
    static func firstOccurrences(of candidates: [ImageCandidate]) -> [ImageCandidate] {
        guard candidates.count > 1 else { return candidates }
        if candidates.count <= 16 {
            return candidates.indices.compactMap { index in
                let url = candidates[index].url
                return candidates[..<index].contains { $0.url == url } ? nil : candidates[index]
            }
        }
        var seen: Set<String> = []
        return candidates.filter { seen.insert($0.url).inserted }
    }

    /// The `<source>` elements of the `<picture>` around an image. libxml2 does not know these
    /// HTML5 elements and nests the image inside the unclosed `<source>` tags, so the picture
    /// is looked for a few levels up and its sources anywhere below it.
    private static func pictureSources(of image: NodePointer) -> [NodePointer] {
        var ancestor = image.parent
        for _ in 0..<4 {
            guard let current = ancestor, current.isElement else { return [] }
            if current.isNamed("picture") {
                var sources: [NodePointer] = []
                var visited = 0
                current.walk(
                    enter: { node in
                        visited += 1
                        guard node.isElement, visited <= searchBudget else { return false }
                        if node.isNamed("source") { sources.append(node) }
                        return true
                    },
                    exit: { _ in })
                return sources
            }
            ancestor = current.parent
        }
        return []
    }

    /// Whether a source is a stand-in that lazy loading replaces: inline data, or a file named
    /// like a placeholder, spacer or blank pixel.
    static func isPlaceholder(_ source: String) -> Bool {
        var source = source
        if let ascii = source.withUTF8(isASCIIPlaceholder) { return ascii }
        let lowered = source.lowercased()
        if lowered.hasPrefix("data:") { return true }
        let file = lowered.split(separator: "?").first?.split(separator: "/").last ?? ""
        return placeholderNames.contains { file.containsBytes($0) }
    }

    /// ``isPlaceholder(_:)`` on bytes, or nil when they are not all ASCII: the common case
    /// without lowercasing or splitting strings.
    private static func isASCIIPlaceholder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let lowercased: (UInt8) -> UInt8 = { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
        if bytes.count >= 5, zip(bytes, "data:".utf8).allSatisfy({ lowercased($0) == $1 }) { return true }
        // The first non-empty part before a `?`, then its last non-empty part between `/`s.
        var start = 0
        while start < bytes.count, bytes[start] == UInt8(ascii: "?") { start += 1 }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "?") { end += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        var fileStart = end
        while fileStart > start, bytes[fileStart - 1] != UInt8(ascii: "/") { fileStart -= 1 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(end - fileStart, 1)) { file in
            for offset in fileStart..<end { file[offset - fileStart] = lowercased(bytes[offset]) }
            let name = UnsafeBufferPointer(rebasing: file[..<(end - fileStart)])
            return placeholderKeywords.occurs(in: name)
        }
    }

    private static let placeholderNames = [
        "placeholder", "blank.", "spacer", "lazy", "loading.", "loader.", "pixel.", "transparent.",
        "grey.gif", "gray.gif", "1x1.", "empty.",
    ]

    private static let placeholderKeywords = ByteKeywords(placeholderNames)

    /// A `width`/`height` attribute as a pixel count: digits, optionally followed by `px`.
    static func pixels(_ value: String?) -> Int? {
        if let value, let ascii = value.utf8.withContiguousStorageIfAvailable(asciiPixels) { return ascii ?? nil }
        guard var text = value?.trimmingASCIIWhitespace().lowercased() else { return nil }
        if text.hasSuffix("px") { text = String(text.dropLast(2)) }
        guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        return Int(text)
    }

    /// ``pixels(_:)`` on bytes, or nil when they are not all ASCII; `.some(nil)` when they are no pixel count.
    private static func asciiPixels(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        if end - start >= 2, bytes[end - 2] | 0x20 == UInt8(ascii: "p"), bytes[end - 1] | 0x20 == UInt8(ascii: "x") {
            end -= 2
        }
        let digits = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return .some(nil)
        }
        return .some(Int(String(decoding: digits, as: UTF8.self)))
    }

    /// The text of the first `<figcaption>` in a figure, not looking into nested figures nor
    /// further than ``searchBudget`` nodes (an unclosed figure can span the rest of the page).
    static func figcaption(in figure: NodePointer) -> String? {
        var found: NodePointer?
        var visited = 0
        figure.walk(
            enter: { node in
                visited += 1
                guard found == nil, visited <= searchBudget, node.isElement else { return false }
                let tag = node.tag
                if tag == .figcaption {
                    found = node
                    return false
                }
                return node == figure || tag != .figure
            },
            exit: { _ in })
        guard let found else { return nil }
        let text = displayText(of: found)
        return text.isEmpty ? nil : text
    }

    /// Nodes a caption search may look through around one image before giving up.
    private static let searchBudget = 200

    /// The text of a caption next to the image: a sibling whose class names a caption (or a
    /// table row or cell with such a child or grandchild: a caption row under the picture's row),
    /// or an `<em>`, `<i>` or `<small>` right after it (past a `<br>`), the usual news-photo caption.
    /// Looked for beside the image, then beside its parent and grandparent while they wrap
    /// this one image only.
    static func nearbyCaption(of image: NodePointer) -> String? {
        var node = image
        for level in 0..<3 {
            if let caption = captionSibling(of: node) { return caption }
            guard level < 2, let parent = node.parent, parent.isElement,
                !stopsCaptionSearch(parent.tag), imageCount(in: parent) == 1
            else { return nil }
            node = parent
        }
        return nil
    }

    /// Elements that hold more than one picture's surroundings, where a caption search stops.
    private static func stopsCaptionSearch(_ tag: HTMLTag?) -> Bool {
        switch tag {
        case .html, .body, .table, .ul, .ol, .figure, .main, .article, .section: true
        default: false
        }
    }

    /// Class fragments of caption elements; "chú thích" is Vietnamese for caption.
    private static let captionClasses = [
        "caption", "chuthich", "chu-thich", "chu_thich", "image_desc", "image-desc", "img_desc", "img-desc",
        "imgdesc", "photo-desc", "photo_desc",
    ]

    private static func captionSibling(of node: NodePointer) -> String? {
        // Following siblings first: captions usually come after the picture.
        for forward in [true, false] {
            var sibling = forward ? node.pointee.next : node.pointee.prev
            var elementsSeen = 0
            var adjacent = forward
            while let current = sibling, elementsSeen < 3 {
                if current.isElement, !current.isNamed("br") {
                    elementsSeen += 1
                    if let caption = caption(in: current, rightAfterImage: adjacent) { return caption }
                    adjacent = false
                } else if current.isText, let content = current.pointee.content,
                    TextAccumulator.visibleCharacterCount(content) > 0
                {
                    adjacent = false
                }
                sibling = forward ? current.pointee.next : current.pointee.prev
            }
        }
        return nil
    }

    private static func caption(in element: NodePointer, rightAfterImage: Bool) -> String? {
        let tag = element.tag
        if rightAfterImage && (tag == .em || tag == .i || tag == .small) { return nonEmptyDisplayText(of: element) }
        // Beside a picture's row or cell, a plain "desc" class is a caption too, and so is one
        // on a child or grandchild (in document order).
        let isTablePart = tag == .tr || tag == .td || tag == .th
        if isCaptionLike(element, allowingDescription: isTablePart), let text = nonEmptyDisplayText(of: element) {
            return text
        }
        guard isTablePart else { return nil }
        var child = element.pointee.children
        while let current = child {
            if current.isElement {
                if isCaptionLike(current, allowingDescription: true), let text = nonEmptyDisplayText(of: current) {
                    return text
                }
                var grandchild = current.pointee.children
                while let inner = grandchild {
                    if inner.isElement, isCaptionLike(inner, allowingDescription: true),
                        let text = nonEmptyDisplayText(of: inner)
                    {
                        return text
                    }
                    grandchild = inner.pointee.next
                }
            }
            child = current.pointee.next
        }
        return nil
    }

    private static func nonEmptyDisplayText(of element: NodePointer) -> String? {
        let text = displayText(of: element)
        return text.isEmpty ? nil : text
    }

    private static func isCaptionLike(_ element: NodePointer, allowingDescription: Bool) -> Bool {
        if element.isNamed("figcaption") { return true }
        guard element.hasAttribute("class") else { return false }
        if let found = element.withASCIIClassAndID(includingID: false, { classes in
            captionKeywords.occurs(in: classes) || (allowingDescription && descriptionKeyword.occurs(in: classes))
        }) {
            return found
        }
        guard let classes = element.attribute("class")?.lowercased() else { return false }
        return captionClasses.contains { classes.containsBytes($0) }
            || (allowingDescription && classes.containsBytes("desc"))
    }

    private static let captionKeywords = ByteKeywords(captionClasses)
    private static let descriptionKeyword = ByteKeywords(["desc"])

    /// The number of `<img>` in a subtree, counting to 2 at most; 2 also when the subtree is too
    /// large to look through.
    private static func imageCount(in root: NodePointer) -> Int {
        var count = 0
        var visited = 0
        root.walk(
            enter: { node in
                visited += 1
                if visited > searchBudget { count = 2 }
                guard count < 2, node.isElement else { return false }
                if node.isNamed("img") { count += 1 }
                return true
            },
            exit: { _ in })
        return count
    }

    /// The visible text of a subtree, on one line.
    static func displayText(of root: NodePointer) -> String {
        var text = TextAccumulator(keepsLineBreaks: false)
        root.walk(
            enter: { node in
                if node.isText, let content = node.pointee.content {
                    text.append(content)
                    return false
                }
                guard node.isElement else { return false }
                let tag = node.tag
                if tag == .br { text.appendLineBreak() }
                return tag?.isSkipped != true && !node.isHidden
            },
            exit: { _ in })
        return text.take()
    }
}
