import Foundation

/// Validates JSON documents against a JSON Schema with Python's `jsonschema`, the reference
/// implementation of every draft (the SARIF schema is draft 4, the report's draft 2020-12).
///
/// `make test` installs `jsonschema` when it is missing; without python3 the schema tests are
/// skipped, saying so.
enum JSONSchemaValidator {
    static let pythonAvailable: Bool = (try? run(["-c", "pass"]).status) == 0

    /// The schema's own draft checks the schema, then the instance; nil when valid, else the errors.
    static func errors(in instance: Data, schema: URL) throws -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("instance-\(UUID().uuidString).json")
        try instance.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(["-c", script, schema.path, file.path])
        if result.status == 3 {
            throw ValidatorMissing(message: "python3 has no jsonschema module: `make test` installs it (or python3 -m pip install jsonschema)")
        }
        return result.status == 0 ? nil : result.output
    }

    struct ValidatorMissing: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private static let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit(3)
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        instance = json.load(open(sys.argv[2], encoding="utf-8"))
        validator = jsonschema.validators.validator_for(schema)
        validator.check_schema(schema)
        errors = list(validator(schema).iter_errors(instance))
        for error in errors[:20]:
            print("/".join(map(str, error.absolute_path)) or "(root)", ":", error.message[:300])
        sys.exit(1 if errors else 0)
        """

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
