/// Page-derived text made safe to show anywhere: no terminal escape sequences, no control or
/// invisible formatting characters.
///
/// Pages are written by strangers. A name carrying `ESC [2J` clears a terminal, an OSC sequence
/// retitles it or plants a link, a bidi override (U+202E) makes `gpj.exe` read `exe.jpg`, and a
/// raw line break forges a line of the report. Escape sequences are dropped whole (not just
/// their ESC, which would leave `[31m` behind), other controls and line separators become a
/// space, and format characters (bidi controls, zero-width ones) are dropped.
public enum DisplayText {
    /// `text` with escape sequences removed, controls turned to spaces and format characters dropped.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var scalars = text.unicodeScalars[...]
        var cleaned = String.UnicodeScalarView()
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B: dropEscapeSequence(from: &scalars)
            case 0x9B: dropControlSequence(from: &scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: dropControlString(from: &scalars)
            default:
                if scalar.properties.generalCategory == .format { continue }
                cleaned.append(needsCleaning(scalar) ? " " : scalar)
            }
        }
        return String(cleaned)
    }

    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    /// After an ESC: a CSI (`[`), a string (OSC `]`, DCS `P`, SOS `X`, PM `^`, APC `_`), or a
    /// short sequence of intermediates and one final character.
    private static func dropEscapeSequence(from scalars: inout Substring.UnicodeScalarView) {
        guard let next = scalars.first else { return }
        switch next {
        case "[":
            scalars.removeFirst()
            dropControlSequence(from: &scalars)
        case "]", "P", "X", "^", "_":
            scalars.removeFirst()
            dropControlString(from: &scalars)
        default:
            while let intermediate = scalars.first, (0x20...0x2F).contains(intermediate.value) { scalars.removeFirst() }
            if let final = scalars.first, (0x30...0x7E).contains(final.value) { scalars.removeFirst() }
        }
    }

    /// A CSI's parameters and intermediates (0x20-0x3F) and its final character (0x40-0x7E).
    private static func dropControlSequence(from scalars: inout Substring.UnicodeScalarView) {
        while let parameter = scalars.first, (0x20...0x3F).contains(parameter.value) { scalars.removeFirst() }
        if let final = scalars.first, (0x40...0x7E).contains(final.value) { scalars.removeFirst() }
    }

    /// Up to and including the string terminator: BEL, ESC `\` or ST (U+009C); to the end if none.
    private static func dropControlString(from scalars: inout Substring.UnicodeScalarView) {
        while let scalar = scalars.popFirst() {
            if scalar.value == 0x07 || scalar.value == 0x9C { return }
            if scalar.value == 0x1B {
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            }
        }
    }
}
