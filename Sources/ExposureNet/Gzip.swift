import CExposureZlib

/// Decompresses gzip files (`sitemap.xml.gz`), which arrive as content, not as a transfer
/// encoding libcurl would undo; output is capped so a small bomb cannot fill memory.
public enum Gzip {
    /// Whether the bytes start with the gzip magic number.
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed bytes, or an error when the data is corrupt or inflates past `limit`.
    public static func decompress(_ bytes: [UInt8], limit: Int) throws(GzipError) -> [UInt8] {
        let inflater = try Inflater()
        return try inflater.inflate(bytes, limit: limit)
    }
}

/// Why gzip data could not be decompressed.
public enum GzipError: Error, Sendable, Equatable, CustomStringConvertible {
    case corrupt
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .corrupt: "corrupt gzip data"
        case .tooLarge(let limit): "gzip data inflates past \(limit / 1024 / 1024) MiB"
        }
    }
}

/// Owns one zlib inflate stream and ends it in `deinit`.
private final class Inflater {
    private var stream = z_stream()

    init() throws(GzipError) {
        guard ea_inflate_init_auto(&stream) == Z_OK else { throw .corrupt }
    }

    deinit { inflateEnd(&stream) }

    func inflate(_ input: [UInt8], limit: Int) throws(GzipError) -> [UInt8] {
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        let status: Int32 = input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            while true {
                let result = chunk.withUnsafeMutableBufferPointer { chunkBuffer -> Int32 in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    return CExposureZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if output.count + produced > limit { return Z_MEM_ERROR }
                output.append(contentsOf: chunk[0..<produced])
                if result == Z_STREAM_END { return Z_STREAM_END }
                if result != Z_OK || (produced == 0 && stream.avail_in == 0) { return Z_DATA_ERROR }
            }
        }
        switch status {
        case Z_STREAM_END: return output
        case Z_MEM_ERROR: throw .tooLarge(limit: limit)
        default: throw .corrupt
        }
    }
}
