import Foundation

/// Folds text for matching names: case, diacritics and Unicode normalization form do not count.
///
/// Vietnamese pages print the same name as `Nguyễn Văn An`, `NGUYỄN VĂN AN`, `Nguyen Van An`,
/// in NFC or NFD; all fold to `nguyen van an`. `đ` has no decomposition, so it is mapped by hand.
/// Runs of whitespace fold to one space and the ends are trimmed.
public enum NameFolding {
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { fold(utf8: $0) }
    }

    public static func fold(_ text: Substring) -> String {
        var text = text
        return text.withUTF8 { fold(utf8: $0) }
    }

    /// Folds valid UTF-8 (a Swift string's bytes) into a buffer on the stack: most folded words
    /// fit a small string, so a word costs no heap allocation at all.
    public static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.count <= smallCapacity, let folded = foldedWord(bytes) { return folded }
        // A scalar of n UTF-8 bytes folds to at most 3 scalars of 4 bytes: 6 bytes per input byte.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 6 + 1) { buffer in
            var length = 0
            var pendingSpace = false
            func append(_ byte: UInt8) {
                if pendingSpace {
                    buffer[length] = 0x20
                    length += 1
                    pendingSpace = false
                }
                buffer[length] = byte
                length += 1
            }
            var index = 0
            while index < bytes.count {
                let (value, width) = UTF8Scalar.decode(bytes, at: index)
                index += width
                if value < 0x80 {
                    if value == 0x20 || (0x09...0x0D).contains(value) {
                        pendingSpace = length > 0
                    } else {
                        append(UInt8((0x41...0x5A).contains(value) ? value + 32 : value))
                    }
                    continue
                }
                if let packed = tableEntry(value), packed != unpackable {
                    if packed == whitespace {
                        pendingSpace = length > 0
                        continue
                    }
                    // Up to three bytes, count in the top byte; zero bytes for a combining mark.
                    for shift in stride(from: 0, to: Int(packed >> 24) * 8, by: 8) { append(UInt8(truncatingIfNeeded: packed >> shift)) }
                    continue
                }
                let scalar = Unicode.Scalar(value)!
                if UTF8Scalar.isWhitespace(value) {
                    pendingSpace = length > 0
                    continue
                }
                for byte in String(String.UnicodeScalarView(slowFold(scalar))).utf8 { append(byte) }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
        }
    }

    /// How many UTF-8 bytes a string holds without a heap allocation.
    private static let smallCapacity = 15

    /// A word without whitespace that folds to a small ASCII string (every Vietnamese syllable,
    /// most English words), folded straight into it: no validation pass, as ASCII needs none.
    /// Nil for anything else, which the general fold takes.
    private static func foldedWord(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var foldable = true
        let folded = String(unsafeUninitializedCapacity: smallCapacity) { folded in
            var length = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard length < smallCapacity, !UTF8Scalar.isWhitespace(UInt32(byte)) else { break }
                    folded[length] = (0x41...0x5A).contains(byte) ? byte + 32 : byte
                    length += 1
                    index += 1
                    continue
                }
                let (value, width) = UTF8Scalar.decode(bytes, at: index)
                // Up to three bytes, count in the top byte (none for a combining mark); the marks
                // for whitespace and unpackable scalars have a larger count.
                guard let packed = tableEntry(value), packed >> 24 <= 3, packed & 0x80_8080 == 0,
                    length + Int(packed >> 24) <= smallCapacity
                else { break }
                var rest = packed
                for _ in 0..<packed >> 24 {
                    folded[length] = UInt8(truncatingIfNeeded: rest)
                    rest >>= 8
                    length += 1
                }
                index += width
            }
            foldable = index == bytes.count
            return foldable ? length : 0
        }
        return foldable ? folded : nil
    }

    /// One scalar folded through Foundation's decomposition; the table caches the common ones.
    private static func slowFold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
            if part.properties.generalCategory == .nonspacingMark { continue }
            switch part {
            case "đ", "Đ": result.append("d")
            default: result.append(contentsOf: Array(part.properties.lowercaseMapping.unicodeScalars))
            }
        }
        return result
    }

    /// Latin-1, Latin Extended-A/B and the combining diacritics (U+0080 to U+036F), Latin
    /// Extended Additional (U+1E00 to U+1EFF, every precomposed Vietnamese letter) and General
    /// Punctuation (U+2000 to U+206F: dashes, quotes and spaces in cue windows), folded once and
    /// packed: the folded UTF-8 bytes, lowest first, with their count in the top byte.
    private static let latinTable = packedTable(0x0080..<0x0370)
    private static let latinAdditionalTable = packedTable(0x1E00..<0x1F00)
    private static let punctuationTable = packedTable(0x2000..<0x2070)
    private static let unpackable: UInt32 = .max
    private static let whitespace: UInt32 = .max - 1

    private static func tableEntry(_ value: UInt32) -> UInt32? {
        if value < 0x0370 { return latinTable[Int(value - 0x0080)] }
        if value >= 0x1E00, value < 0x1F00 { return latinAdditionalTable[Int(value - 0x1E00)] }
        if value >= 0x2000, value < 0x2070 { return punctuationTable[Int(value - 0x2000)] }
        return nil
    }

    private static func packedTable(_ range: Range<UInt32>) -> [UInt32] {
        range.map { value in
            guard let scalar = Unicode.Scalar(value) else { return unpackable }
            if scalar.properties.isWhitespace { return whitespace }
            let bytes = Array(String(String.UnicodeScalarView(slowFold(scalar))).utf8)
            guard bytes.count <= 3 else { return unpackable }
            return bytes.enumerated().reduce(UInt32(bytes.count) << 24) { $0 | UInt32($1.element) << ($1.offset * 8) }
        }
    }
}

/// Decoding one scalar from valid UTF-8, for loops that walk a string's bytes.
public enum UTF8Scalar {
    /// Whether a scalar is White_Space in Unicode, spelled out: cheaper than the property tables.
    @inlinable
    public static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Whether a scalar is an uppercase letter: Latin letters with diacritics, all of
    /// Vietnamese among them, are answered from their code points; the rest from the property
    /// tables, which cost several hundred instructions a call.
    @inlinable
    public static func isUppercase(_ value: UInt32) -> Bool {
        switch value {
        case 0x41...0x5A: return true
        case 0...0x7F: return false
        case 0xC0...0xDE: return value != 0xD7
        case 0xDF...0xFF: return false
        // Case pairs, capital first: Ă ă, Đ đ, Ĩ ĩ, Ũ ũ and their neighbours; Ạ ạ … Ỹ ỹ.
        case 0x100...0x137, 0x14A...0x177, 0x1EA0...0x1EF9: return value & 1 == 0
        case 0x1A0, 0x1AF: return true  // Ơ, Ư
        case 0x1A1, 0x1B0: return false  // ơ, ư
        default: return Unicode.Scalar(value)?.properties.isUppercase ?? false
        }
    }

    /// The scalar value at `index` and its width in bytes. The bytes must be valid UTF-8, as a
    /// Swift string's are.
    @inlinable
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, width: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4
        )
    }
}
