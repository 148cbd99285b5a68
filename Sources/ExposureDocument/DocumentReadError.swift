/// Why a document could not be read: a stable code for scripts, a message for people, and its cause.
public struct DocumentReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable machine-readable codes; never renumbered.
    public enum Code: String, Sendable, Codable {
        /// Not PDF, DOCX, XLSX, DOC or XLS by its bytes (PowerPoint, an image, HTML).
        case unsupported = "unsupported"
        /// Encrypted with a password we do not have.
        case encrypted = "encrypted"
        /// Broken or truncated: the reader or tool gave up on it.
        case unreadable = "unreadable"
        /// Over the input size cap.
        case tooLarge = "too-large"
        /// A ZIP package past its entry, size or compression-ratio caps.
        case bomb = "bomb"
        /// Over the per-document time cap; the tool was killed.
        case timeout = "timeout"
        /// The task reading it was cancelled; the tool was killed.
        case cancelled = "cancelled"
        /// The command-line tool for the format is not installed.
        case toolMissing = "tool-missing"
    }

    public var code: Code
    public var message: String
    /// The underlying error's description or the tool's first line of complaint, when there is one.
    public var cause: String?

    public init(_ code: Code, _ message: String, cause: String? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        guard let cause else { return "\(code.rawValue): \(message)" }
        return "\(code.rawValue): \(message) (\(cause))"
    }
}
