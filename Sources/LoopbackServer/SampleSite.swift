import Foundation

/// The bundled sample agency site (`Samples/agency-site`) and the facts an audit must find there.
public enum SampleSite {
    /// The package's root directory, found from this source file's location.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let directory = packageRoot.appendingPathComponent("Samples/agency-site")

    /// Serves the sample site on 127.0.0.1: the files in `root`, plus the photos and the
    /// letter made in code (``SampleMedia``).
    public static func serve(root: URL = directory, port: Int = 0) throws -> LoopbackServer {
        let site = StaticSite(root: root)
        return try LoopbackServer(port: port) { request, writer in
            if let file = SampleMedia.files[request.path] {
                StaticSite.send(file.body, contentType: file.contentType, for: request, with: writer)
            } else {
                site.respond(to: request, with: writer)
            }
        }
    }

    /// The URL paths of the files made in code, which `Samples/agency-site/` does not hold.
    public static var generatedPaths: [String] { SampleMedia.files.keys.sorted() }

    /// The ground truth in `Samples/agency-site.expected.json`.
    public static func expectations() throws -> Expectations {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("Samples/agency-site.expected.json"))
        return try JSONDecoder().decode(Expectations.self, from: data)
    }

    /// What an audit of the sample site must find, and must never find.
    public struct Expectations: Decodable, Sendable {
        public struct Item: Decodable, Sendable, Hashable {
            public var normalized: String
            public var person: String?
            public var page: String
            public var subtype: String?
        }

        public struct Forbidden: Decodable, Sendable {
            public var paths: [String]
            public var values: [String]
        }

        public var people: [String]
        public var phones: [Item]
        public var emails: [Item]
        public var forbidden: Forbidden
        public var pages: [String]
    }
}
