/// The codes of one module's failures: stable strings that scripts and tests can match on.
public protocol ErrorCode: RawRepresentable, Sendable, Hashable, Codable where RawValue == String {}

/// A failure the user sees: a stable code for scripts, a message for people, and its cause.
///
/// Every module names its own codes (``AuditError``, the store's, the document and image
/// readers'); the shape, the wording of ``description`` and the handling of causes are this
/// one type's.
public struct CodedError<Code: ErrorCode>: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: Code
    public var message: String
    /// The underlying error's description, or a tool's complaint, when there is one.
    public var cause: String?

    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause.map { String(describing: $0) }
    }

    /// A failure whose cause is text, such as the first line a command-line tool printed.
    public init(_ code: Code, _ message: String, cause: String?) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        guard let cause else { return message }
        return "\(message) (\(cause))"
    }
}
