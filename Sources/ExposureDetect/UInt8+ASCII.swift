import Foundation

extension StringProtocol {
    /// Reads the text's UTF-8 in place; a text without contiguous storage is copied first.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        utf8.withContiguousStorageIfAvailable(body) ?? Array(utf8).withUnsafeBufferPointer(body)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The runs of ASCII digits, in order; `body` returns false to stop early.
    func forEachDigitRun(_ body: (Range<Int>) -> Bool) {
        var index = 0
        while index < count {
            guard self[index].isASCIIDigit else {
                index += 1
                continue
            }
            let start = index
            while index < count, self[index].isASCIIDigit { index += 1 }
            guard body(start..<index) else { return }
        }
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII digit, `0` to `9`.
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }

    /// Whether the byte is an ASCII letter or digit.
    var isASCIIAlphanumeric: Bool {
        isASCIIDigit || (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A)
    }
}

extension String {
    /// The text without whitespace at its ends, as `trimmingCharacters(in: .whitespaces)`:
    /// text that starts and ends with a visible ASCII character, as most links' payloads do, is
    /// returned as it is, without Foundation's walk over a character set.
    func trimmingWhitespaces() -> String {
        guard let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last)
        else { return trimmingCharacters(in: .whitespaces) }
        return self
    }
}
