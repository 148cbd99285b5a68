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
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace {
                folded.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "đ", "Đ": folded.append("d")
            default: folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(folded)
    }
}
