import ArgumentParser
import ExposureCore
import ExposureStore
import Foundation

/// Messages to standard error: status lines, verbose detail, and the one line for a failure.
struct Console: Sendable {
    var verbose = false
    var quiet = false

    func status(_ line: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data("\(line)\n".utf8))
    }

    /// A warning the user must see, even with --quiet.
    func warn(_ line: String) {
        FileHandle.standardError.write(Data("\(line)\n".utf8))
    }

    var detail: @Sendable (String) -> Void {
        let verbose = verbose
        return { line in
            guard verbose else { return }
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
    }

    /// Prints one clear line for the error and returns the exit code that goes with it.
    func fail(_ error: any Error) -> ExitCode {
        if let storeError = error as? StoreError {
            FileHandle.standardError.write(Data("exposure-audit: error: \(storeError.description)\n".utf8))
            return Self.exitCode(for: storeError.code)
        }
        let auditError = error as? AuditError ?? AuditError(.internalFailure, "unexpected failure", cause: error)
        FileHandle.standardError.write(Data("exposure-audit: error: \(auditError.description)\n".utf8))
        switch auditError.code {
        case .invalidArgument, .invalidURL: return ExitCode(64)
        case .unreachable, .nothingFetched: return ExitCode(69)
        case .outputFailed: return ExitCode(73)
        case .internalFailure: return ExitCode(70)
        }
    }

    /// 65 for a history or baseline file this build cannot use as it is, 74 for one it could
    /// not reach or write, 64 for a run that is not there (a wrong argument).
    static func exitCode(for code: StoreErrorCode) -> ExitCode {
        switch code {
        case .notADatabase, .corrupt, .newerSchema, .invalidBaseline: ExitCode(65)
        case .cannotOpen, .busy, .database: ExitCode(74)
        case .runNotFound: ExitCode(64)
        }
    }
}
