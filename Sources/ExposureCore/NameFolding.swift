import Foundation

/// Folds text for matching names: case, diacritics and Unicode normalization form do not count.
///
/// Vietnamese pages print the same name as `Nguyễn Văn An`, `NGUYỄN VĂN AN`, `Nguyen Van An`,
/// in NFC or NFD; all fold to `nguyen van an`. `đ` has no decomposition, so it is mapped by hand.
/// Runs of whitespace fold to one space and the ends are trimmed.
public enum NameFolding {
    public static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // ASCII whitespace directly; Unicode's property tables only for the rest.
            let isWhitespace =
                value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : scalar.properties.isWhitespace
            if isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if value < 0x80 {
                if pendingSpace {
                    folded.append(" ")
                    pendingSpace = false
                }
                // ASCII upper case to lower case without a table.
                folded.append((65...90).contains(value) ? Unicode.Scalar(UInt8(value + 32)) : scalar)
                continue
            }
            let replacement = latinTable[value] ?? slowFold(scalar)
            if replacement.isEmpty { continue }
            if pendingSpace {
                folded.append(" ")
                pendingSpace = false
            }
            folded.append(contentsOf: replacement)
        }
        return String(folded)
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
    private static let latinTable: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for range in [0x00C0...0x024F, 0x0300...0x036F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                table[UInt32(value)] = slowFold(scalar)
            }
        }
        return table
    }()
}
