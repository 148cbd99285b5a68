import Foundation

/// A document's bytes in a file only this user can read, for a tool to open; removed when the
/// owner goes, whatever path the read took.
final class TemporaryFile {
    let path: String

    /// Writes the bytes to a new file created 0600 (never a file that was there: `O_EXCL`).
    init(_ bytes: [UInt8], suffix: String) throws(DocumentReadError) {
        let directory = FileManager.default.temporaryDirectory.path
        path = "\(directory)/exposure-document-\(UUID().uuidString)\(suffix)"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw DocumentReadError(.unreadable, "could not create a temporary file", cause: String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: bytes)
            try handle.close()
        } catch {
            unlink(path)
            throw DocumentReadError(.unreadable, "could not write a temporary file", cause: "\(error)")
        }
    }

    deinit {
        unlink(path)
    }
}
