import Foundation

/// Folds text for matching names: case, diacritics and Unicode normalization form do not count.
///
/// Vietnamese pages print the same name as `Nguyễn Văn An`, `NGUYỄN VĂN AN`, `Nguyen Van An`,
/// in NFC or NFD; all fold to `nguyen van an`. `đ` has no decomposition, so it is mapped by hand.
/// Runs of whitespace fold to one space and the ends are trimmed.
public enum NameFolding {
    public static func fold(_ text: String) -> String {
        // Built as UTF-8 bytes: appending bytes is far cheaper than appending scalars to a view.
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // ASCII directly; Unicode's property tables only for the rest.
            if value < 0x80 {
                if value == 0x20 || (0x09...0x0D).contains(value) {
                    pendingSpace = !folded.isEmpty
                    continue
                }
                if pendingSpace {
                    folded.append(0x20)
                    pendingSpace = false
                }
                folded.append(UInt8((0x41...0x5A).contains(value) ? value + 32 : value))
                continue
            }
            if scalar.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            let replacement = latinTable[value] ?? Array(String(String.UnicodeScalarView(slowFold(scalar))).utf8)
            if replacement.isEmpty { continue }
            if pendingSpace {
                folded.append(0x20)
                pendingSpace = false
            }
            folded.append(contentsOf: replacement)
        }
        return String(decoding: folded, as: UTF8.self)
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

    /// Latin-1, Latin Extended-A/B, combining diacritics and Latin Extended Additional
    /// (every precomposed Vietnamese letter), folded once.
    private static let latinTable: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        for range in [0x00C0...0x024F, 0x0300...0x036F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                table[UInt32(value)] = Array(String(String.UnicodeScalarView(slowFold(scalar))).utf8)
            }
        }
        return table
    }()
}
