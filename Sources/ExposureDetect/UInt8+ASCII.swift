extension UInt8 {
    /// Whether the byte is an ASCII digit, `0` to `9`.
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }

    /// Whether the byte is an ASCII letter or digit.
    var isASCIIAlphanumeric: Bool {
        isASCIIDigit || (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A)
    }
}
