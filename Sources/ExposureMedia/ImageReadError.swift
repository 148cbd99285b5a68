/// Why bytes could not be read as an image: a stable code for scripts and a message for people.
///
/// Only the format and the pixel size can fail; metadata problems leave fields nil instead,
/// since a photo with a broken EXIF block is still a photo worth auditing.
public struct ImageReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable machine-readable codes; never renumbered.
    public enum Code: String, Sendable, Codable {
        /// Empty, or not JPEG, PNG, GIF or WebP, or a container of one with no image in it.
        case notAnImage = "not-an-image"
        /// The data ends before the pixel size could be read (a cut download, a size cap).
        case truncated = "truncated"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }
}
