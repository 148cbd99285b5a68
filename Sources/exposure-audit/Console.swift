import ArgumentParser
import ExposureCore
import Foundation

/// Messages to standard error: status lines, verbose detail, and the one line for a failure.
struct Console: Sendable {
    var verbose: Bool
    var quiet: Bool

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
        let auditError = error as? AuditError ?? AuditError(.internalFailure, "unexpected failure", cause: error)
        FileHandle.standardError.write(Data("exposure-audit: error: \(auditError.description)\n".utf8))
        switch auditError.code {
        case .invalidArgument, .invalidURL: return ExitCode(64)
        case .unreachable, .nothingFetched: return ExitCode(69)
        case .outputFailed: return ExitCode(73)
        case .internalFailure: return ExitCode(70)
        }
    }
}
