import ExposureCore

/// ANSI colours for the text report, or nothing at all: colour only when the caller writes to a terminal.
struct TerminalStyle {
    var enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    /// Red for critical and high (critical in bold), yellow for medium, cyan for low, dim for info.
    func severity(_ severity: Severity?, _ text: String) -> String {
        switch severity {
        case .critical: wrap(text, "1;31")
        case .high: wrap(text, "31")
        case .medium: wrap(text, "33")
        case .low: wrap(text, "36")
        case .info, nil: dim(text)
        }
    }

    /// Wraps only text the renderer has cleaned: page-derived strings never reach the terminal raw.
    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
