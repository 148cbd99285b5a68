import Foundation
import Testing

/// The committed fixtures (written by scripts/fixtures/make-document-fixtures.py).
enum Fixtures {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return Array(try Data(contentsOf: url))
    }
}
