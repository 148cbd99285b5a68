/// Builds display text from UTF-8 fragments in linear time.
///
/// Runs of whitespace (ASCII, no-break and other Unicode spaces) become one space; line breaks
/// (`<br>`, or newlines inside `<pre>`) become `"\n"` with the spaces around them dropped;
/// leading and trailing whitespace is trimmed. Works on bytes, so nothing is normalized.
struct TextAccumulator {
    /// When false, line breaks are added as spaces (for link text and captions).
    let keepsLineBreaks: Bool
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    init(keepsLineBreaks: Bool) {
        self.keepsLineBreaks = keepsLineBreaks
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// The number of UTF-8 bytes gathered so far.
    var byteCount: Int { bytes.count }

    /// Appends a NUL-terminated UTF-8 fragment; with `preservingNewlines`, its newlines are line breaks.
    mutating func append(_ text: UnsafePointer<UInt8>, preservingNewlines: Bool = false) {
        var cursor = text
        while true {
            // Copy a run of visible bytes in one go, lone spaces between them included: each
            // would come out as the one space it is.
            var end = cursor
            while Self.isVisible(at: end) || end.pointee == 0x20 && end != cursor && Self.isVisible(at: end + 1) {
                end += 1
            }
            if end != cursor {
                appendRun(UnsafeBufferPointer(start: cursor, count: end - cursor))
                cursor = end
            }
            switch cursor.pointee {
            case 0:
                return
            case 0x0A where preservingNewlines:
                appendLineBreak()
                cursor += 1
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                pendingSpace = true
                cursor += 1
            default:
                // A Unicode space, the only other place a run stops.
                pendingSpace = true
                cursor += Self.unicodeSpaceLength(at: cursor)
            }
        }
    }

    /// Whether the byte at `cursor` is copied as it is: not NUL, not ASCII whitespace, and not
    /// the start of a Unicode space.
    private static func isVisible(at cursor: UnsafePointer<UInt8>) -> Bool {
        switch cursor.pointee {
        case 0, 0x20, 0x09, 0x0A, 0x0C, 0x0D: false
        case 0xC2, 0xE1, 0xE2, 0xE3: unicodeSpaceLength(at: cursor) == 0
        default: true
        }
    }

    mutating func append(_ text: String) {
        Self.withNULTerminatedUTF8(text) { append($0) }
    }

    /// Calls `body` with the text as NUL-terminated UTF-8, the form libxml2 hands out.
    static func withNULTerminatedUTF8<Result>(_ text: String, _ body: (UnsafePointer<UInt8>) -> Result) -> Result {
        (Array(text.utf8) + [0]).withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// Adds a line break (or a space when line breaks are not kept); ignored at the start.
    mutating func appendLineBreak() {
        guard keepsLineBreaks else {
            pendingSpace = true
            return
        }
        pendingSpace = false
        if !bytes.isEmpty { bytes.append(0x0A) }
    }

    /// Returns the text gathered so far and starts over.
    mutating func take() -> String {
        while bytes.last == 0x0A { bytes.removeLast() }
        let text = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        return text
    }

    /// Appends visible bytes, after the space pending before them, if any.
    private mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
        if pendingSpace {
            if let last = bytes.last, last != 0x0A { bytes.append(0x20) }
            pendingSpace = false
        }
        bytes.append(contentsOf: run)
    }

    /// The length of the Unicode space character starting at `cursor`, or 0 when there is none:
    /// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    private static func unicodeSpaceLength(at cursor: UnsafePointer<UInt8>) -> Int {
        let first = cursor[0]
        let second = cursor[1]
        if first == 0xC2 { return second == 0xA0 ? 2 : 0 }
        guard second != 0 else { return 0 }
        let third = cursor[2]
        switch (first, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
        case (0xE2, 0x80): return (0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third) ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// Counts the visible characters in a NUL-terminated UTF-8 fragment: every scalar that is not ASCII whitespace.
    static func visibleCharacterCount(_ text: UnsafePointer<UInt8>) -> Int {
        var count = 0
        var cursor = text
        while cursor.pointee != 0 {
            let byte = cursor.pointee
            if byte & 0xC0 != 0x80, byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D {
                count += 1
            }
            cursor += 1
        }
        return count
    }
}
