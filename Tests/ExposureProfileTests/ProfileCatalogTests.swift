import ExposureProfile
import Foundation
import Testing

@Suite struct ProfileCatalogTests {
    /// A folder holding `files`, removed after `body`.
    func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try body(folder)
    }

    @Test func standardCatalogFindsTheBundledProfiles() throws {
        let catalog = ProfileCatalog.standard(environment: [:])
        #expect(Set(["vn", "en"]).isSubset(of: catalog.names()))
        let profile = try catalog.load()
        #expect(profile.id == ProfileCatalog.defaultName)
    }

    @Test func environmentFoldersComeFirst() throws {
        try withFolder(["vn.yaml": Fixtures.yaml, "extra.yaml": Fixtures.yaml]) { folder in
            let catalog = ProfileCatalog.standard(environment: ["EXPOSURE_AUDIT_PROFILES": folder.path])
            let profile = try catalog.load("vn")
            #expect(profile.id == "test")
            #expect(catalog.names().contains("extra"))
        }
    }

    @Test func aPathIsLoadedAsAFile() throws {
        try withFolder(["mine.yml": Fixtures.yaml]) { folder in
            let profile = try ProfileCatalog(directories: []).load(folder.appendingPathComponent("mine.yml").path)
            #expect(profile.id == "test")
        }
    }

    @Test func anUnknownNameSaysWhatThereIs() throws {
        try withFolder(["one.yaml": Fixtures.yaml]) { folder in
            let catalog = ProfileCatalog(directories: [folder])
            let error = #expect(throws: ProfileError.self) { try catalog.load("two") }
            #expect(error?.code == .notFound)
            #expect(error?.message.contains("(there are one)") == true)
            #expect(catalog.problems("two").map(\.code) == [.notFound])
        }
    }

    @Test func aMissingFileIsNotFound() {
        let problems = ProfileCatalog(directories: []).problems("/nonexistent/profile.yaml")
        #expect(problems.map(\.code) == [.notFound])
        #expect(problems.first?.file == "/nonexistent/profile.yaml")
    }

    @Test func problemsOfAFileNameIt() throws {
        try withFolder(["bad.yaml": Fixtures.yaml(replacing: "id: test", with: "id: Bad Id")]) { folder in
            let problems = ProfileCatalog(directories: [folder]).problems("bad")
            #expect(problems.map(\.field) == ["id"])
            #expect(problems.first?.file == folder.appendingPathComponent("bad.yaml").path)
        }
    }
}
