/// The HTTP methods the auditor needs: it only ever reads.
public enum HTTPMethod: String, Sendable {
    case get = "GET"
    case head = "HEAD"
}
