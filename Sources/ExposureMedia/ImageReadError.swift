import ExposureCore

/// Why bytes could not be read as an image, with its code and message.
///
/// Only the format and the pixel size can fail; metadata problems leave fields nil instead,
/// since a photo with a broken EXIF block is still a photo worth auditing.
public typealias ImageReadError = CodedError<ImageReadErrorCode>

/// Why bytes could not be read as an image; never renumbered.
public enum ImageReadErrorCode: String, ErrorCode {
    /// Empty, or not JPEG, PNG, GIF or WebP, or a container of one with no image in it.
    case notAnImage = "not-an-image"
    /// The data ends before the pixel size could be read (a cut download, a size cap).
    case truncated = "truncated"
}
