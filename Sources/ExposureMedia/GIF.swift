/// Reads a GIF's logical screen size, which is the size browsers show.
///
/// GIF metadata (comment and XMP application extensions) is not read: tools that write
/// personal data into images write it into JPEG, PNG or WebP.
enum GIF {
    static func read(_ data: ByteReader) throws(ImageReadError) -> ImageInfo {
        var screen = data
        screen.bigEndian = false
        // "GIF87a" or "GIF89a", then width and height as little-endian 16-bit numbers; data
        // cut inside the version is let through to fail as cut below.
        guard screen.matches(Array("7a".utf8), at: 4) || screen.matches(Array("9a".utf8), at: 4) || screen.count < 6
        else { throw ImageReadError(.notAnImage, "unknown GIF version") }
        guard let width = screen.u16(6), let height = screen.u16(8) else {
            throw ImageReadError(.truncated, "GIF ends before its logical screen size")
        }
        return ImageInfo(format: .gif, width: width, height: height, metadata: nil)
    }
}
