import ArgumentParser
import ExposureProfile
import Foundation

/// `exposure-audit profiles`: the audit profiles there are, one of them in full, or a check of one.
struct Profiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, show and check audit profiles (advisories, severity rules, checklist).",
        discussion: """
            A profile is a YAML file: the bundled ones are in the profiles/ folder of the \
            source tree or share/exposure-audit/profiles beside the program; set \
            EXPOSURE_AUDIT_PROFILES to a folder of your own to add or override them.
            """,
        subcommands: [List.self, Show.self, Validate.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The profiles found, with their files.")

        func run() throws {
            let catalog = ProfileCatalog.standard()
            for name in catalog.names() {
                let summary = (try? catalog.load(name)).map { " — \($0.name)" } ?? " — (does not load: run validate)"
                print("\(name)\(summary)\n    \(catalog.file(named: name)?.path ?? "")")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a profile's file exactly as the audit reads it.")

        @Argument(help: "A profile name or a YAML file.")
        var profile = ProfileCatalog.defaultName

        func run() throws {
            let text: String
            do {
                text = try String(contentsOf: ProfileCatalog.standard().file(for: profile), encoding: .utf8)
            } catch {
                throw Profiles.fail(["\(error)"], code: 64)
            }
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check profiles: every problem with its file, line and field; exit 65 if any.")

        @Argument(help: "Profile names or YAML files. Default: every profile found.")
        var profiles: [String] = []

        func run() throws {
            let catalog = ProfileCatalog.standard()
            let names = profiles.isEmpty ? catalog.names() : profiles
            var problems: [String] = []
            for name in names {
                let found = catalog.problems(name)
                if found.isEmpty { print("\(name): ok") }
                problems += found.map(\.description)
            }
            if !problems.isEmpty { throw Profiles.fail(problems, code: 65) }
        }
    }
}

extension Profiles {
    /// Prints each problem on its own line on standard error; the exit code to throw.
    fileprivate static func fail(_ problems: [String], code: Int32) -> ExitCode {
        for problem in problems { FileHandle.standardError.write(Data("exposure-audit: error: \(problem)\n".utf8)) }
        return ExitCode(code)
    }
}
