/// A bounds-checked view of a byte window, shared by every image and metadata parser.
///
/// Every read takes an offset relative to the window and returns nil when any byte of it falls
/// outside, so a length or offset taken from a hostile file can never trap or read past the end.
/// Offsets and lengths are `Int` (64-bit), so a 32-bit count from a file plus an offset cannot
/// overflow; `window` still checks with subtraction rather than addition for the same reason.
struct ByteReader: Sendable {
    /// The whole buffer; windows share it instead of copying.
    private let bytes: [UInt8]
    /// Where this window starts in `bytes`.
    private let start: Int
    /// How many bytes the window holds.
    let count: Int
    /// Whether multi-byte integers are read most significant byte first (JPEG, PNG, TIFF "MM").
    var bigEndian: Bool

    init(_ bytes: [UInt8], bigEndian: Bool = true) {
        self.init(bytes: bytes, start: 0, count: bytes.count, bigEndian: bigEndian)
    }

    private init(bytes: [UInt8], start: Int, count: Int, bigEndian: Bool) {
        self.bytes = bytes
        self.start = start
        self.count = count
        self.bigEndian = bigEndian
    }

    /// Whether `length` bytes from `offset` lie inside the window.
    func contains(_ offset: Int, _ length: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= count && length <= count - offset
    }

    /// The sub-window of `length` bytes at `offset`, in the same byte order, or nil if it does not fit.
    func window(_ offset: Int, _ length: Int) -> ByteReader? {
        guard contains(offset, length) else { return nil }
        return ByteReader(bytes: bytes, start: start + offset, count: length, bigEndian: bigEndian)
    }

    /// The rest of the window from `offset`, or nil if `offset` is outside.
    func window(from offset: Int) -> ByteReader? {
        guard contains(offset, 0) else { return nil }
        return window(offset, count - offset)
    }

    /// The byte at `offset`.
    func u8(_ offset: Int) -> UInt8? {
        contains(offset, 1) ? bytes[start + offset] : nil
    }

    /// An unsigned integer of `width` bytes (1 to 4) at `offset`, in the window's byte order.
    func uint(_ offset: Int, width: Int) -> UInt32? {
        guard contains(offset, width) else { return nil }
        var value: UInt32 = 0
        for index in 0..<width {
            let byte = bytes[start + offset + (bigEndian ? index : width - 1 - index)]
            value = value << 8 | UInt32(byte)
        }
        return value
    }

    func u16(_ offset: Int) -> Int? { uint(offset, width: 2).map(Int.init) }
    func u24(_ offset: Int) -> Int? { uint(offset, width: 3).map(Int.init) }
    func u32(_ offset: Int) -> Int? { uint(offset, width: 4).map(Int.init) }

    /// The `length` bytes at `offset`.
    func bytes(_ offset: Int, _ length: Int) -> ArraySlice<UInt8>? {
        guard contains(offset, length) else { return nil }
        return bytes[(start + offset)..<(start + offset + length)]
    }

    /// All bytes of the window.
    var all: ArraySlice<UInt8> { bytes[start..<(start + count)] }

    /// Whether the bytes at `offset` equal `expected`.
    func matches(_ expected: [UInt8], at offset: Int = 0) -> Bool {
        bytes(offset, expected.count)?.elementsEqual(expected) ?? false
    }

    /// Whether `expected` is longer than the window and the window is a prefix of it: the data
    /// was cut inside a signature rather than being something else.
    func isCutShort(of expected: [UInt8]) -> Bool {
        count < expected.count && all.elementsEqual(expected.prefix(count))
    }

    /// The first offset at or after `from` where `needle` starts, looking no further than `limit`
    /// bytes into the window, so a scan of a large or hostile block stays bounded.
    func firstOffset(of needle: [UInt8], from: Int = 0, limit: Int) -> Int? {
        guard let first = needle.first else { return from }
        let end = min(count, limit) - needle.count
        guard from >= 0, from <= end else { return nil }
        for offset in from...end where bytes[start + offset] == first && matches(needle, at: offset) {
            return offset
        }
        return nil
    }
}

extension ByteReader {
    /// The longest text any metadata field keeps: enough for a name, a camera model or a
    /// copyright line; anything longer is cut, as the audit needs no more than that.
    static let maxTextBytes = 256

    /// Text decoded as UTF-8 (invalid sequences replaced), cut at the first NUL and at
    /// `maxTextBytes`, with surrounding white space removed; nil when nothing is left.
    static func text(_ raw: some Collection<UInt8>, latin1: Bool = false) -> String? {
        let kept = raw.prefix { $0 != 0 }.prefix(maxTextBytes)
        let decoded = latin1 ? latin1String(kept) : String(decoding: kept, as: UTF8.self)
        let trimmed = decoded.trimmingWhiteSpace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Latin-1 bytes as text: each byte is the Unicode scalar of the same number.
    static func latin1String(_ bytes: some Collection<UInt8>) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}

extension String {
    /// The string without leading and trailing white space, without Foundation.
    func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
