import ExposureCore

/// Why a document could not be read, with its code, message and cause.
public typealias DocumentReadError = CodedError<DocumentReadErrorCode>

/// Why a document could not be read; never renumbered.
public enum DocumentReadErrorCode: String, ErrorCode {
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
