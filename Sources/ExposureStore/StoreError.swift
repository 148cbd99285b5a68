import ExposureCore
import GRDB

/// A history database failure the user sees, with its code, message and cause.
public typealias StoreError = CodedError<StoreErrorCode>

/// What went wrong with the history database; never renumbered.
public enum StoreErrorCode: String, ErrorCode {
    /// The file or its directory could not be created or opened.
    case cannotOpen = "cannot-open"
    /// The file is not an SQLite database at all.
    case notADatabase = "not-a-database"
    /// The file is an SQLite database whose pages are damaged.
    case corrupt = "corrupt"
    /// A later exposure-audit applied migrations this build does not know.
    case newerSchema = "newer-schema"
    /// Another process held the database locked for too long.
    case busy = "busy"
    /// No run has the id asked for.
    case runNotFound = "run-not-found"
    /// A baseline file could not be read, parsed or written.
    case invalidBaseline = "invalid-baseline"
    /// Any other database failure.
    case database = "database"
}

extension StoreError {
    /// Classifies a failure met while doing `action` on the database at `path`: SQLite's
    /// result codes say whether the file is foreign, damaged or locked; a ``StoreError`` passes.
    static func classifying(_ error: any Error, path: String, action: String) -> StoreError {
        if let error = error as? StoreError { return error }
        // Damaged pages can also read as impossible values (a NULL migration name), not as
        // SQLite's own corruption code.
        if error is RowDecodingError { return damaged(path, cause: error) }
        guard let error = error as? DatabaseError else {
            return StoreError(.database, "Could not \(action) in \(path)", cause: error)
        }
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(
                .notADatabase, "\(path) is not an exposure-audit history database (not an SQLite file)", cause: error)
        case .SQLITE_CORRUPT:
            return damaged(path, cause: error)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.busy, "\(path) is locked by another exposure-audit process", cause: error)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            return StoreError(.cannotOpen, "Could not open \(path)", cause: error)
        default:
            return StoreError(.database, "Could not \(action) in \(path)", cause: error)
        }
    }

    private static func damaged(_ path: String, cause: any Error) -> StoreError {
        StoreError(.corrupt, "\(path) is damaged; move it aside to start a new history, or restore a backup", cause: cause)
    }
}
