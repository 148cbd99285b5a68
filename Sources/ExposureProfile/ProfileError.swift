/// A profile that cannot be used: a stable code for scripts, a message for people, where in
/// which file, and the underlying cause.
///
/// Shaped like ExposureCore's `AuditError`, with the place added: a profile is written by
/// hand, and its author needs the file, the field (`checklist[3].cites[0].advisory`) and the
/// line to fix it.
public struct ProfileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable machine-readable codes; never renamed.
    public enum Code: String, Sendable, Codable {
        /// No bundled profile has the name, or no file is at the path.
        case notFound = "profile-not-found"
        /// The file exists but could not be read.
        case unreadable = "profile-unreadable"
        /// The file is not well-formed YAML (or repeats a key in one mapping).
        case invalidYAML = "profile-invalid-yaml"
        /// Well-formed YAML that is not a valid profile.
        case invalidProfile = "profile-invalid"
    }

    public var code: Code
    public var message: String
    /// The underlying error's description, when there is one.
    public var cause: String?
    /// The file as given or found; nil for text given directly without a name.
    public var file: String?
    /// Where in the profile, e.g. `checklist[3].action.en`; nil for the file as a whole.
    public var field: String?
    /// The line (from 1) the problem is on, when the YAML parser knows it.
    public var line: Int?

    public init(
        _ code: Code, _ message: String, cause: (any Error)? = nil, file: String? = nil, field: String? = nil,
        line: Int? = nil
    ) {
        self.code = code
        self.message = message
        self.cause = cause.map { String(describing: $0) }
        self.file = file
        self.field = field
        self.line = line
    }

    /// `vn.yaml:42: checklist[3].cites[0].advisory: unknown advisory `A009``, as compilers print.
    public var description: String {
        var place = [file, line.map(String.init)].compactMap { $0 }.joined(separator: ":")
        if let field { place += place.isEmpty ? field : ": \(field)" }
        let text = place.isEmpty ? message : "\(place): \(message)"
        guard let cause else { return text }
        return "\(text) (\(cause))"
    }
}
