import Foundation

/// Writes reports to disk: atomically, and readable by the owner only (they hold personal data).
public enum ReportFile {
    /// Writes what `produce` hands its sink, piece by piece, to a temporary file beside `path`
    /// (created mode 0600), then renames it over `path`: a reader never sees half a report, and
    /// a large report is never held in memory whole.
    public static func write(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        let destination = URL(fileURLWithPath: path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600])
        else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try produce { try handle.write(contentsOf: $0) }
            try handle.synchronize()
            guard rename(temporary.path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
