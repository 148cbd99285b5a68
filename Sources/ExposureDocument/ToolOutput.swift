/// What a command-line tool printed and how it ended.
struct ToolOutput: Sendable {
    /// The exit status; meaningless when ``isTruncated`` (the tool was killed).
    var status: Int32
    var standardOutput: [UInt8]
    /// The first non-empty line of standard error, for error messages.
    var firstErrorLine: String?
    /// Whether the output cap was reached and the tool killed there.
    var isTruncated: Bool
}
