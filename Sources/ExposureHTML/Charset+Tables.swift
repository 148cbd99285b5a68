extension Charset {
    /// A one-byte charset whose lower half is ASCII: the UTF-8 bytes of each upper-half byte.
    struct SingleByteTable: Sendable {
        /// Entry `b - 0x80` holds the UTF-8 encoding of byte `b` (U+FFFD where undefined).
        let upperHalf: [[UInt8]]

        /// Builds a table from Latin-1 with the code points in `overrides` (0 = undefined).
        init(overrides: [UInt8: UInt32]) {
            upperHalf = (0x80...0xFF).map { byte in
                let value = overrides[UInt8(byte)] ?? UInt32(byte)
                let scalar = value == 0 ? Unicode.Scalar(0xFFFD)! : Unicode.Scalar(value)!
                return Array(String(Character(scalar)).utf8)
            }
        }
    }

    /// The C1 range of windows-1252 (0x80–0x9F); 0 marks the five undefined bytes.
    private static let windows1252Controls: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    private static var windows1252Overrides: [UInt8: UInt32] {
        var overrides: [UInt8: UInt32] = [:]
        for (offset, value) in windows1252Controls.enumerated() { overrides[UInt8(0x80 + offset)] = value }
        return overrides
    }

    static let windows1252 = SingleByteTable(overrides: windows1252Overrides)

    /// Vietnamese windows-1258: windows-1252 with letters Ă Đ Ơ Ư, the đồng sign and five
    /// combining tone marks in place of Latin-1 letters. Tones decode to combining marks (U+0300,
    /// U+0301, U+0303, U+0309, U+0323) after their base letter, as in the source; they are not composed.
    static let windows1258: SingleByteTable = {
        var overrides = windows1252Overrides
        for undefined: UInt8 in [0x8A, 0x8E, 0x9A, 0x9E] { overrides[undefined] = 0 }
        let vietnamese: [UInt8: UInt32] = [
            0xC3: 0x0102, 0xCC: 0x0300, 0xD0: 0x0110, 0xD2: 0x0309, 0xD5: 0x01A0, 0xDD: 0x01AF,
            0xDE: 0x0303, 0xE3: 0x0103, 0xEC: 0x0301, 0xF0: 0x0111, 0xF2: 0x0323, 0xF5: 0x01A1,
            0xFD: 0x01B0, 0xFE: 0x20AB,
        ]
        overrides.merge(vietnamese) { $1 }
        return SingleByteTable(overrides: overrides)
    }()
}
