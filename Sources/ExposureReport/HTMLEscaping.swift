/// HTML escaping for page-derived text, in element content and in quoted attribute values alike.
///
/// `&`, `<`, `>`, `"` and `'` become character references, so text can neither open a tag nor
/// end an attribute; control and invisible formatting characters are cleaned first.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        let cleaned = DisplayText.clean(text)
        guard cleaned.utf8.contains(where: { [0x26, 0x3C, 0x3E, 0x22, 0x27].contains($0) }) else { return cleaned }
        var escaped = ""
        escaped.reserveCapacity(cleaned.utf8.count + 16)
        for character in cleaned {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
