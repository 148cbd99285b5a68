/// Where a finding was seen: the page, the element, and a short snippet around it.
public struct Evidence: Sendable, Hashable, Codable {
    /// The page URL the finding was seen on.
    public var url: String
    /// The DOM path of the element holding it, e.g. `/html/body/table/tr[3]/td[2]`.
    public var path: String
    /// A short snippet of the surrounding text, at most ``maximumContextLength`` characters.
    public var context: String

    /// Snippets are capped so that reports never carry whole pages of personal data.
    public static let maximumContextLength = 160

    public init(url: String, path: String, context: String) {
        self.url = url
        self.path = path
        self.context = Evidence.clip(context)
    }

    /// Collapses whitespace and shortens text to the snippet cap, keeping its start.
    ///
    /// Every detection's context passes here: the text is read as UTF-8 bytes, as walking and
    /// appending scalars and counting characters cost more than a detector's own work.
    public static func clip(_ text: String) -> String {
        let clipped = text.utf8.withContiguousStorageIfAvailable(clip(utf8:)) ?? Array(text.utf8).withUnsafeBufferPointer(clip(utf8:))
        return clipped ?? text
    }

    /// The clipped text, or nil when the text is already short and single-spaced: spaces only,
    /// one at a time, none at the ends. The common case.
    private static func clip(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if isClipped(bytes) { return nil }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(min(bytes.count, 4 * maximumContextLength))
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let width = whitespaceWidth(bytes, at: index)
            if width > 0 {
                pendingSpace = !collapsed.isEmpty
                index += width
                continue
            }
            if pendingSpace {
                collapsed.append(0x20)
                pendingSpace = false
            }
            collapsed.append(bytes[index])
            index += 1
        }
        // Characters never outnumber bytes: only a long text needs counting.
        guard collapsed.count > maximumContextLength else { return String(decoding: collapsed, as: UTF8.self) }
        return collapsed.withUnsafeBufferPointer(capped)
    }

    /// Collapsed text longer than the cap in bytes, cut to the cap in characters. Where every
    /// scalar is a character of its own, scalars are counted; other text counts its characters.
    private static func capped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = 0
        var cut: Int?
        var index = 0
        while index < bytes.count {
            guard startsOwnCharacter(bytes, at: index) else {
                let result = String(decoding: bytes, as: UTF8.self)
                guard result.count > maximumContextLength else { return result }
                return String(result.prefix(maximumContextLength - 1)) + "…"
            }
            if scalars == maximumContextLength - 1 { cut = index }
            scalars += 1
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        guard scalars > maximumContextLength, let cut else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self) + "…"
    }

    /// Whether the scalar starting at `index` is a character on its own whatever surrounds it,
    /// as far as collapsed text goes (no line breaks are left to pair): below U+0300 (Latin),
    /// Latin Extended Additional (U+1E00 to U+1EFF, Vietnamese), or general punctuation from
    /// U+2010 to U+2027 (dashes, quotes, bullets). Combining marks and scripts with clusters
    /// are left to the character count.
    private static func startsOwnCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        if lead < 0xCC { return true }
        guard index + 2 < bytes.count else { return false }
        let second = bytes[index + 1], third = bytes[index + 2]
        return lead == 0xE1 && (0xB8...0xBB).contains(second)
            || lead == 0xE2 && second == 0x80 && (0x90...0xA7).contains(third)
    }

    /// Whether text is already short and single-spaced.
    private static func isClipped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= maximumContextLength else { return false }
        var previousIsSpace = true  // so that a leading space fails
        for index in bytes.indices {
            if bytes[index] == 0x20 {
                if previousIsSpace { return false }
                previousIsSpace = true
            } else if whitespaceWidth(bytes, at: index) > 0 {
                return false
            } else {
                previousIsSpace = false
            }
        }
        return !previousIsSpace || bytes.isEmpty
    }

    /// The byte length of the whitespace scalar starting at `index` (``UTF8Scalar/isWhitespace(_:)``'s
    /// set), or 0 for anything else, continuation bytes included.
    private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        switch lead {
        case 0x09...0x0D, 0x20: return 1
        case 0xC2, 0xE1, 0xE2, 0xE3:
            guard index + 1 < bytes.count else { return 0 }
            let second = bytes[index + 1]
            if lead == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
            guard index + 2 < bytes.count else { return 0 }
            let third = bytes[index + 2]
            let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
            return UTF8Scalar.isWhitespace(value) ? 3 : 0
        default: return 0
        }
    }
}
