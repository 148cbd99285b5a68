/// What an image's embedded metadata tells about where, when and by whom it was taken.
///
/// Only the fields the audit reports are kept (no thumbnails, serial numbers or maker notes),
/// each text cut at `ByteReader.maxTextBytes`: the auditor should hold no more personal data
/// than it needs to warn about. When a file carries the same field twice (EXIF and XMP, or two
/// EXIF blocks), the first one read wins.
public struct ImageMetadata: Sendable, Equatable {
    /// The PNG text keywords kept; other keywords (often long tool dumps) are skipped.
    public enum TextKey: String, Sendable, Codable, CaseIterable {
        case author = "Author", artist = "Artist", copyright = "Copyright", software = "Software",
            comment = "Comment"
    }

    /// GPS latitude in signed decimal degrees (south is negative).
    public var latitude: Double?
    /// GPS longitude in signed decimal degrees (west is negative).
    public var longitude: Double?
    /// EXIF DateTimeOriginal, else DateTime, as printed: `YYYY:MM:DD HH:MM:SS`.
    public var captureTime: String?
    public var cameraMake: String?
    public var cameraModel: String?
    /// EXIF Artist (0x013B), usually the photographer or the owner set in the camera.
    public var artist: String?
    /// EXIF Copyright (0x8298).
    public var copyright: String?
    /// EXIF Software (0x0131): the camera firmware or the editor that last saved the file.
    public var software: String?
    /// XMP `dc:creator`, the first one listed.
    public var xmpCreator: String?
    /// IPTC by-line (2:80), the photographer named by a newsroom or photo tool.
    public var iptcByline: String?
    /// PNG tEXt and uncompressed iTXt values by keyword.
    public var pngText: [TextKey: String] = [:]

    public init() {}

    /// Whether no field was found; such metadata is reported as nil.
    public var isEmpty: Bool { self == ImageMetadata() }

    /// Sets a field only if no earlier block set it.
    mutating func keepFirst<Value>(_ field: WritableKeyPath<ImageMetadata, Value?>, _ value: Value?) {
        if self[keyPath: field] == nil { self[keyPath: field] = value }
    }
}
