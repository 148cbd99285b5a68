#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Charset {
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Decodes `bytes` from the canonical charset `name` to valid UTF-8 that libxml2 keeps whole.
    ///
    /// Invalid or undefined bytes become U+FFFD, and so does NUL, which would otherwise cut
    /// libxml2's text short. Other control characters (form feed, vertical tab from pasted
    /// documents) become spaces: libxml2 would drop them and join the words around them.
    /// An undecodable `name` reads as UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>, as name: String) -> [UInt8] {
        let decoded: [UInt8]
        switch name {
        case "utf-8":
            // Well-formed input, nearly every page, is copied once; the same scan finds controls.
            let scan = scanUTF8(bytes)
            if scan.isValid { return scan.hasUnwantedControls ? replacingControls(Array(bytes)) : Array(bytes) }
            decoded = Array(String(decoding: bytes, as: UTF8.self).utf8)
        case "utf-16le": decoded = decodeUTF16(bytes, bigEndian: false)
        case "utf-16be": decoded = decodeUTF16(bytes, bigEndian: true)
        case "windows-1252": decoded = decode(bytes, with: windows1252)
        case "windows-1258": decoded = decode(bytes, with: windows1258)
        default: decoded = decodeWithIconv(bytes, from: name) ?? Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
        return decoded.contains(where: isUnwantedControl) ? replacingControls(decoded) : decoded
    }

    /// The bytes for libxml2 to read: `bytes` themselves, uncopied, when they are UTF-8 that
    /// ``decode(_:as:)`` would leave as it is (nearly every page), else what it gives.
    static func decodeForParsing(_ bytes: ArraySlice<UInt8>, as name: String) -> ArraySlice<UInt8> {
        if name == "utf-8", scanUTF8(bytes) == (true, false) { return bytes }
        return decode(bytes, as: name)[...]
    }

    /// Whether `bytes` are well-formed UTF-8 (Unicode table 3-7), which decoding copies unchanged,
    /// and whether they hold C0 controls other than tab, line feed and carriage return.
    static func scanUTF8(_ bytes: ArraySlice<UInt8>) -> (isValid: Bool, hasUnwantedControls: Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return (true, false) }
            let count = buffer.count
            var hasUnwantedControls = false
            var index = 0
            while index < count {
                // Eight ASCII bytes at a time, the bulk of any page; only bytes that may be below
                // 0x20 (line breaks, mostly) are looked at one by one.
                if index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let high: UInt64 = 0x8080_8080_8080_8080
                    if word & high == 0 {
                        if (word &- 0x2020_2020_2020_2020) & ~word & high != 0 {
                            for offset in index..<(index + 8) where isUnwantedControl(buffer[offset]) {
                                hasUnwantedControls = true
                            }
                        }
                        index += 8
                        continue
                    }
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    if isUnwantedControl(lead) { hasUnwantedControls = true }
                    index += 1
                    continue
                }
                let length: Int
                let second: ClosedRange<UInt8>
                switch lead {
                case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
                case 0xE0: (length, second) = (3, 0xA0...0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
                case 0xED: (length, second) = (3, 0x80...0x9F)
                case 0xF0: (length, second) = (4, 0x90...0xBF)
                case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
                case 0xF4: (length, second) = (4, 0x80...0x8F)
                default: return (false, hasUnwantedControls)
                }
                guard index + length <= count, second.contains(buffer[index + 1]) else {
                    return (false, hasUnwantedControls)
                }
                for offset in 2..<length where !(0x80...0xBF).contains(buffer[index + offset]) {
                    return (false, hasUnwantedControls)
                }
                index += length
            }
            return (true, hasUnwantedControls)
        }
    }

    /// C0 controls other than tab, line feed and carriage return.
    private static func isUnwantedControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }

    /// Whether iconv can decode the charset `label`.
    static func iconvCanDecode(_ label: String) -> Bool {
        guard let descriptor = openIconv(from: label) else { return false }
        iconv_close(descriptor)
        return true
    }

    private static func decode(_ bytes: ArraySlice<UInt8>, with table: SingleByteTable) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                output.append(contentsOf: table.upperHalf[Int(byte - 0x80)])
            }
        }
        return output
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var output = Array(String(decoding: units, as: UTF16.self).utf8)
        if bytes.count % 2 == 1 { output.append(contentsOf: replacement) }
        return output
    }

    private static func replacingControls(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            switch byte {
            case 0: output.append(contentsOf: replacement)
            case _ where isUnwantedControl(byte): output.append(0x20)
            default: output.append(byte)
            }
        }
        return output
    }

    private static func openIconv(from label: String) -> iconv_t? {
        let descriptor = iconv_open("UTF-8", label.uppercased())
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        return descriptor
    }

    /// Decodes through glibc iconv, replacing each byte iconv rejects with U+FFFD.
    private static func decodeWithIconv(_ bytes: ArraySlice<UInt8>, from label: String) -> [UInt8]? {
        guard let descriptor = openIconv(from: label) else { return nil }
        defer { iconv_close(descriptor) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = Array(bytes)
        input.withUnsafeMutableBufferPointer { inputBuffer in
            chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                let chunkStart = UnsafeMutableRawPointer(chunkBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var inLeft = inputBuffer.count
                // Each call converts as much as fits; errors are handled and the loop resumes.
                while true {
                    var outPointer: UnsafeMutablePointer<CChar>? = chunkStart
                    var outLeft = chunkBuffer.count
                    let finished = inLeft == 0
                    let result =
                        finished
                        ? iconv(descriptor, nil, nil, &outPointer, &outLeft)
                        : iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    let failure = result == -1 ? errno : 0
                    output.append(contentsOf: chunkBuffer.prefix(chunkBuffer.count - outLeft))
                    if finished { return }
                    switch failure {
                    case 0, E2BIG:
                        continue
                    case EINVAL:
                        // A truncated sequence at the very end.
                        output.append(contentsOf: replacement)
                        inLeft = 0
                    default:
                        output.append(contentsOf: replacement)
                        inPointer = inPointer.map { $0 + 1 }
                        inLeft -= 1
                    }
                }
            }
        }
        return Array(String(decoding: output, as: UTF8.self).utf8)
    }
}
