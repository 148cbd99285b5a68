import Foundation

extension HistoryStore {
    /// `$XDG_DATA_HOME/exposure-audit/history.sqlite`, or under `~/.local/share` when
    /// `XDG_DATA_HOME` is unset, empty or relative (which the XDG specification says to ignore).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome: String
        if let configured = environment["XDG_DATA_HOME"], configured.hasPrefix("/") {
            dataHome = configured
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = URL(fileURLWithPath: home).appendingPathComponent(".local/share").path
        }
        return URL(fileURLWithPath: dataHome).appendingPathComponent("exposure-audit/history.sqlite").path
    }

    /// Creates the file's directory (0700) and the empty file (0600) before SQLite sees it:
    /// the history holds personal data, and SQLite gives its `-wal` and `-shm` files the
    /// main file's mode. An existing file or directory is left as it is.
    static func prepareFile(at path: String) throws {
        let fileManager = FileManager.default
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try fileManager.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError(.cannotOpen, "Could not create the directory \(directory.path)", cause: error)
        }
        guard !fileManager.fileExists(atPath: path) else { return }
        // An empty file is a valid new SQLite database.
        guard fileManager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError(.cannotOpen, "Could not create \(path)")
        }
    }
}
