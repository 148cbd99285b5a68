/// A failure of an audit as a whole: bad input, nothing reachable, nowhere to write.
public typealias AuditError = CodedError<AuditErrorCode>

/// What went wrong with an audit; never renumbered.
public enum AuditErrorCode: String, ErrorCode {
    case invalidArgument = "invalid-argument"
    case invalidURL = "invalid-url"
    case unreachable = "unreachable"
    case nothingFetched = "nothing-fetched"
    case outputFailed = "output-failed"
    case internalFailure = "internal"
}
