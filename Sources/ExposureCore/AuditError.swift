/// A failure the user sees: a stable code for scripts, a message for people, and its cause.
public struct AuditError: Error, Sendable, CustomStringConvertible {
    /// Stable machine-readable codes; never renumbered.
    public enum Code: String, Sendable, Codable {
        case invalidArgument = "invalid-argument"
        case invalidURL = "invalid-url"
        case unreachable = "unreachable"
        case nothingFetched = "nothing-fetched"
        case outputFailed = "output-failed"
        case internalFailure = "internal"
    }

    public var code: Code
    public var message: String
    /// The underlying error's description, when there is one.
    public var cause: String?

    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause.map { String(describing: $0) }
    }

    public var description: String {
        guard let cause else { return message }
        return "\(message) (\(cause))"
    }
}
