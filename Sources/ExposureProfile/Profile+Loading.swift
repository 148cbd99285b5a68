import ExposureCore
import Foundation
import Yams

extension Profile {
    /// Reads and checks the profile file at `url`, throwing its first problem.
    public init(contentsOf url: URL) throws(ProfileError) {
        let yaml = try Self.text(of: url)
        try self.init(yaml: yaml, file: url.path)
    }

    /// Decodes and checks profile YAML, throwing its first problem; `file` names it in errors.
    public init(yaml: String, file: String? = nil) throws(ProfileError) {
        let result = Self.read(yaml: yaml, file: file)
        guard let profile = result.profile else { throw result.problems[0] }
        self = profile
    }

    /// Every problem of the profile file at `url`; none when it is valid.
    public static func problems(at url: URL) -> [ProfileError] {
        do {
            return read(yaml: try text(of: url), file: url.path).problems
        } catch {
            return [error]
        }
    }

    /// Every problem of profile YAML; none when it is valid.
    ///
    /// A document that does not decode stops at the first problem (the decoder cannot go on);
    /// one that decodes is checked whole: unknown keys, then every rule the types cannot state.
    public static func problems(inYAML yaml: String, file: String? = nil) -> [ProfileError] {
        read(yaml: yaml, file: file).problems
    }

    private static func text(of url: URL) throws(ProfileError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            let missing = !FileManager.default.fileExists(atPath: url.path)
            throw ProfileError(
                missing ? .notFound : .unreadable, missing ? "no profile file here" : "cannot read the profile file",
                cause: missing ? nil : error, file: url.path)
        }
    }

    /// The profile, or nil with at least one problem.
    private static func read(yaml: String, file: String?) -> (profile: Profile?, problems: [ProfileError]) {
        let document: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                return (nil, [ProfileError(.invalidProfile, "the file is empty", file: file)])
            }
            document = node
        } catch {
            return (nil, [yamlProblem(error, file: file)])
        }

        let profile: Profile
        do {
            profile = try YAMLDecoder().decode(Profile.self, from: document)
        } catch let error as DecodingError {
            return (nil, [decodingProblem(error, in: document, file: file)])
        } catch {
            return (nil, [yamlProblem(error, file: file)])
        }

        var problems = unknownKeys(in: document, of: profile).map { path, line in
            ProfileError(.invalidProfile, "unknown key `\(path.lastKey ?? "")`", file: file, field: path.description, line: line)
        }
        problems += profile.validationProblems().map { problem in
            ProfileError(
                .invalidProfile, problem.message, file: file, field: problem.path.description,
                line: document.line(at: problem.path))
        }
        return (problems.isEmpty ? profile : nil, problems)
    }

    /// Keys of the document the model does not have; decoding alone ignores them.
    private static func unknownKeys(in document: Node, of profile: Profile) -> [(path: FieldPath, line: Int?)] {
        // Encoding a decoded profile cannot fail: every value came from YAML.
        guard let known = try? Yams.compose(yaml: YAMLEncoder().encode(profile)) else { return [] }
        return document.keys(unknownTo: known)
    }

    private static func yamlProblem(_ error: any Error, file: String?) -> ProfileError {
        let line: Int? =
            switch error as? YamlError {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
            case .duplicatedKeysInMapping(_, let context): context.mark.line
            default: nil
            }
        let message: String =
            switch error as? YamlError {
            case .duplicatedKeysInMapping(let duplicates, _):
                "a key is repeated in one mapping: \(duplicates.sorted().map { "`\($0)`" }.joined(separator: ", "))"
            default: "not well-formed YAML"
            }
        return ProfileError(.invalidYAML, message, cause: error, file: file, line: line)
    }

    /// A decoding error said plainly, at the field it is about.
    private static func decodingProblem(_ error: DecodingError, in document: Node, file: String?) -> ProfileError {
        let path: FieldPath
        let message: String
        switch error {
        case .keyNotFound(let key, let context):
            path = FieldPath(context.codingPath)
            message = "missing `\(key.stringValue)`"
        case .valueNotFound(_, let context):
            path = FieldPath(context.codingPath)
            message = "a value is required here"
        case .typeMismatch(let type, let context):
            path = FieldPath(context.codingPath)
            message = "expected \(expectation(type)), found \(shape(of: document.node(at: path)))"
        case .dataCorrupted(let context):
            path = FieldPath(context.codingPath)
            let value = document.node(at: path)?.string
            if let value, let allowed = path.lastKey.flatMap(ProfileVocabulary.names(forField:)) {
                message = "`\(value)` is not one of \(allowed.joined(separator: ", "))"
            } else {
                message = context.debugDescription
            }
        @unknown default:
            path = FieldPath()
            message = String(describing: error)
        }
        return ProfileError(
            .invalidProfile, message, file: file, field: path.components.isEmpty ? nil : path.description,
            line: document.line(at: path))
    }

    /// What a type looks like in YAML; Yams names the container it wanted by its node type.
    private static func expectation(_ type: Any.Type) -> String {
        if type == String.self { return "a text" }
        if type == Node.Sequence.self { return "a list" }
        if type == Node.Mapping.self { return "a mapping" }
        return "a \(type)"
    }

    private static func shape(of node: Node?) -> String {
        switch node {
        case .mapping?: "a mapping"
        case .sequence?: "a list"
        case .scalar(let scalar)?: "`\(scalar.string)`"
        case .alias?, nil: "nothing usable"
        }
    }
}
