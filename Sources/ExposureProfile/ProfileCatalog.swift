import Foundation

/// Where profiles are found by name, and how a name or a path becomes a profile.
///
/// Profiles are files read at run time, not resources built into the binary: they are
/// documents people read, copy and edit (`profiles show` prints the very file an audit used),
/// and SwiftPM resources must sit inside the target's folder, so bundling would keep a second
/// copy of `profiles/` under `Sources/`; on Linux `Bundle.module` would still need its
/// resource bundle shipped beside the binary, the same installation step as `share/`.
///
/// ``standard(environment:)`` searches, in order:
/// 1. `$EXPOSURE_AUDIT_PROFILES`, a colon-separated list of folders (a site's own profiles);
/// 2. `<executable's folder>/../share/exposure-audit/profiles`, where packages install them;
/// 3. `profiles/` of the source tree this module was built from, found through `#filePath`,
///    so that `swift run`, `make demo` and `make test` work in a fresh clone with no install.
///
/// The first folder holding `<name>.yaml` wins, so a site can override a bundled profile.
public struct ProfileCatalog: Sendable {
    /// The profile used when none is asked for.
    public static let defaultName = "vn"

    /// Searched in order; folders that do not exist are skipped.
    public var directories: [URL]

    public init(directories: [URL]) {
        self.directories = directories
    }

    /// The search order above, for this process.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ProfileCatalog {
        var directories: [URL] = []
        if let list = environment["EXPOSURE_AUDIT_PROFILES"] {
            directories += list.split(separator: ":").map { URL(fileURLWithPath: String($0), isDirectory: true) }
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            directories.append(
                executable.deletingLastPathComponent().deletingLastPathComponent()
                    .appendingPathComponent("share/exposure-audit/profiles", isDirectory: true))
        }
        // Sources/ExposureProfile/ProfileCatalog.swift -> the package root.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        directories.append(packageRoot.appendingPathComponent("profiles", isDirectory: true))
        return ProfileCatalog(directories: directories)
    }

    /// The names of every profile found, sorted, each once.
    public func names() -> [String] {
        let files = directories.flatMap { directory in
            (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        }
        return Set(files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }).sorted()
    }

    /// The file of the profile with this name, from the first folder that has one.
    public func file(named name: String) -> URL? {
        directories.lazy.map { $0.appendingPathComponent("\(name).yaml") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The file `--profile` means: a path when it has a `/` or a YAML extension, else a name.
    public func file(for nameOrPath: String) throws(ProfileError) -> URL {
        if Self.isPath(nameOrPath) { return URL(fileURLWithPath: nameOrPath) }
        guard let file = file(named: nameOrPath) else {
            let known = names()
            throw ProfileError(
                .notFound,
                "no profile named `\(nameOrPath)`"
                    + (known.isEmpty ? "" : " (there are \(known.joined(separator: ", ")))")
                    + "; searched \(directories.map(\.path).joined(separator: ", "))")
        }
        return file
    }

    /// Loads and checks a profile by name or path, throwing its first problem.
    public func load(_ nameOrPath: String = defaultName) throws(ProfileError) -> Profile {
        try Profile(contentsOf: file(for: nameOrPath))
    }

    /// Every problem of a profile by name or path; none when it is valid.
    public func problems(_ nameOrPath: String) -> [ProfileError] {
        do {
            return Profile.problems(at: try file(for: nameOrPath))
        } catch {
            return [error]
        }
    }

    private static func isPath(_ text: String) -> Bool {
        text.contains("/") || text.hasSuffix(".yaml") || text.hasSuffix(".yml")
    }
}
