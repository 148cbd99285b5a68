extension ImageCandidate {
    /// Parses a `srcset` value into candidates with URLs as written, following the WHATWG
    /// algorithm: URLs end at whitespace, so commas inside a URL survive; descriptors end at a
    /// comma outside parentheses.
    static func parseSrcset(_ value: String) -> [ImageCandidate] {
        let scalars = Array(value.unicodeScalars)
        var candidates: [ImageCandidate] = []
        var index = 0
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
        }
        while true {
            while index < scalars.count, isSpace(scalars[index]) || scalars[index] == "," { index += 1 }
            guard index < scalars.count else { return candidates }
            let urlStart = index
            while index < scalars.count, !isSpace(scalars[index]) { index += 1 }
            var urlEnd = index
            var descriptor: String?
            if scalars[urlEnd - 1] == "," {
                while urlEnd > urlStart, scalars[urlEnd - 1] == "," { urlEnd -= 1 }
            } else {
                var inParentheses = false
                var text = String.UnicodeScalarView()
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "," && !inParentheses { break }
                    if scalar == "(" { inParentheses = true }
                    if scalar == ")" { inParentheses = false }
                    text.append(scalar)
                    index += 1
                }
                let words = String(text).split { $0.isWhitespace }
                descriptor = words.isEmpty ? nil : words.joined(separator: " ")
            }
            guard urlEnd > urlStart else { continue }
            var url = String.UnicodeScalarView()
            url.append(contentsOf: scalars[urlStart..<urlEnd])
            candidates.append(ImageCandidate(url: String(url), descriptor: descriptor))
        }
    }
}
