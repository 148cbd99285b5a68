import Foundation
import ZIPFoundation

/// An Office Open XML package (a ZIP archive) whose parts are read under the bomb guard.
///
/// Sizes in ZIP headers can lie, so every cap is enforced on the bytes actually inflated,
/// chunk by chunk, stopping the inflation at the cap: entries listed, bytes per part, bytes
/// of all parts together, and the ratio of inflated to compressed bytes.
struct OfficePackage {
    private let archive: Archive
    /// Entries by lowercased path without a leading slash (part names are case-insensitive).
    private let entries: [String: Entry]
    private let limits: DocumentLimits
    private var inflatedTotal = 0

    init(_ bytes: [UInt8], limits: DocumentLimits) throws(DocumentReadError) {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw DocumentReadError(.unreadable, "not a readable ZIP package", cause: "\(error)")
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            guard entries.count < limits.maximumArchiveEntries else {
                throw DocumentReadError(.bomb, "the package lists over \(limits.maximumArchiveEntries) entries")
            }
            entries[Self.key(entry.path)] = entry
        }
        self.archive = archive
        self.entries = entries
        self.limits = limits
    }

    /// Every part path, as stored.
    var paths: [String] { entries.values.map(\.path) }

    /// The part's bytes, or nil when the package has no such part.
    mutating func part(_ path: String) throws(DocumentReadError) -> [UInt8]? {
        guard let entry = entries[Self.key(path)], entry.type == .file else { return nil }
        var bytes: [UInt8] = []
        var overflow: DocumentReadError?
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        let limits = limits
        let totalBefore = inflatedTotal
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                bytes += chunk
                if bytes.count > limits.maximumEntryBytes {
                    overflow = DocumentReadError(.bomb, "\(path) inflates past \(limits.maximumEntryBytes) bytes")
                } else if totalBefore + bytes.count > limits.maximumTotalBytes {
                    overflow = DocumentReadError(.bomb, "the package inflates past \(limits.maximumTotalBytes) bytes")
                } else if bytes.count > limits.ratioCheckBytes, bytes.count / compressed > limits.maximumCompressionRatio {
                    overflow = DocumentReadError(.bomb, "\(path) inflates over \(limits.maximumCompressionRatio) times its size")
                }
                if let overflow { throw overflow }
            }
        } catch {
            throw overflow ?? DocumentReadError(.unreadable, "\(path) could not be inflated", cause: "\(error)")
        }
        inflatedTotal += bytes.count
        return bytes
    }

    private static func key(_ path: String) -> String {
        String(path.drop { $0 == "/" }).lowercased()
    }
}
