import Foundation

/// Serves a directory of files, the way a plain web server would.
///
/// `/` and paths ending in `/` serve `index.html`; content types follow file extensions,
/// and `.html` files may declare a legacy charset in a sidecar `NAME.html.charset` file.
public struct StaticSite: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// Answers a request from the directory: 200 with the file, or 404.
    public func respond(to request: LoopbackRequest, with writer: LoopbackResponseWriter) {
        guard let file = file(for: request.path),
            let body = try? Data(contentsOf: file)
        else {
            writer.send(status: 404, contentType: "text/html; charset=utf-8", text: "<h1>404</h1>")
            return
        }
        var contentType = StaticSite.contentType(forExtension: file.pathExtension)
        let charsetFile = file.appendingPathExtension("charset")
        if let charset = try? String(contentsOf: charsetFile, encoding: .utf8) {
            contentType = "text/html; charset=\(charset.trimmingCharacters(in: .whitespacesAndNewlines))"
        }
        StaticSite.send([UInt8](body), contentType: contentType, for: request, with: writer)
    }

    /// Sends a file's bytes, or the one range a `Range: bytes=FIRST-LAST` header asks for
    /// (206 with `Content-Range`), as web servers do for the image headers the auditor reads.
    public static func send(
        _ body: [UInt8], contentType: String, for request: LoopbackRequest, with writer: LoopbackResponseWriter
    ) {
        var status = 200
        var headers = [("Content-Type", contentType), ("Accept-Ranges", "bytes")]
        var part = body[...]
        if let range = request.headers["range"], range.hasPrefix("bytes="), !body.isEmpty {
            let bounds = range.dropFirst("bytes=".count).split(separator: "-", omittingEmptySubsequences: false)
            if bounds.count == 2, let first = Int(bounds[0]), first < body.count {
                let last = min(Int(bounds[1]) ?? body.count - 1, body.count - 1)
                part = body[first...last]
                status = 206
                headers.append(("Content-Range", "bytes \(first)-\(last)/\(body.count)"))
            }
        }
        writer.send(status: status, headers: headers, body: request.method == "HEAD" ? [] : Array(part))
    }

    /// The file a path maps to, or nil when it would leave the root or does not exist.
    func file(for path: String) -> URL? {
        let decoded = path.removingPercentEncoding ?? path
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains("..") else { return nil }
        var file = parts.reduce(root) { $0.appendingPathComponent($1) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) else {
            return nil
        }
        if isDirectory.boolValue { file.appendPathComponent("index.html") }
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }

    static func contentType(forExtension pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "xml": "application/xml"
        case "css": "text/css"
        case "js": "text/javascript"
        case "json": "application/json"
        case "jpg", "jpeg": "image/jpeg"
        case "png": "image/png"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "svg": "image/svg+xml"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }
}
