/// How the auditor names itself to the servers it visits, so site owners can find out who called.
public enum UserAgent {
    public static let version = "0.1.0"
    public static let projectURL = "https://github.com/exposure-audit/exposure-audit"
    /// The `User-Agent` header value, e.g. "exposure-audit/0.1.0 (+https://github.com/exposure-audit/exposure-audit)".
    public static let `default` = "exposure-audit/\(version) (+\(projectURL))"
    /// The product token robots.txt groups are matched against.
    public static let robotsToken = "exposure-audit"
}
