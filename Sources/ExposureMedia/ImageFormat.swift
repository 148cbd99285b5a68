/// The image formats the reader recognizes by their signature.
public enum ImageFormat: String, Sendable, Codable, CaseIterable {
    case jpeg, png, gif, webp
}

extension ImageFormat {
    /// The leading bytes that identify each format; WebP is a RIFF container whose form type
    /// ("WEBP") follows a 4-byte size, so its signature has a gap at bytes 4 to 7.
    private var signature: [(offset: Int, bytes: [UInt8])] {
        switch self {
        case .jpeg: [(0, [0xFF, 0xD8, 0xFF])]
        case .png: [(0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])]
        case .gif: [(0, Array("GIF8".utf8))]
        case .webp: [(0, Array("RIFF".utf8)), (8, Array("WEBP".utf8))]
        }
    }

    /// The format `data` starts with.
    ///
    /// Throws `truncated` when the data ends inside a signature, since a cut download of an
    /// image should read as cut rather than as something else.
    static func sniff(_ data: ByteReader) throws(ImageReadError) -> ImageFormat {
        guard data.count > 0 else { throw ImageReadError(.notAnImage, "no bytes") }
        for format in allCases {
            let parts = format.signature
            if parts.allSatisfy({ data.matches($0.bytes, at: $0.offset) }) { return format }
            let cutInside = parts.allSatisfy { part in
                data.matches(part.bytes, at: part.offset)
                    || (data.window(from: part.offset).map { $0.isCutShort(of: part.bytes) } ?? true)
            }
            if cutInside {
                throw ImageReadError(.truncated, "\(data.count) bytes end inside the \(format.rawValue) signature")
            }
        }
        throw ImageReadError(.notAnImage, "not a JPEG, PNG, GIF or WebP signature")
    }
}
