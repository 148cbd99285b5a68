import ExposureCore
import ExposureProfile
import Foundation
import Testing

@Suite struct BundledProfileTests {
    static let catalog = ProfileCatalog.standard(environment: [:])

    @Test(arguments: ["vn", "en"])
    func loadsWithoutProblems(_ name: String) throws {
        #expect(Self.catalog.problems(name).isEmpty, "\(Self.catalog.problems(name))")
        let profile = try Self.catalog.load(name)
        #expect(profile.id == name)
        #expect(!profile.checklist.isEmpty)
    }

    @Test func vietnameseProfileIsInVietnameseAndCitesTheFiveAdvisories() throws {
        let profile = try Self.catalog.load("vn")
        #expect(profile.language == .vi)
        #expect(profile.advisories.map(\.key) == ["A000", "A001", "A002", "A003", "A004"])
        for entry in profile.checklist {
            #expect(!entry.cites.isEmpty)
            #expect(entry.cites.allSatisfy { ["A000", "A001", "A002", "A003", "A004"].contains($0.advisory) }, "\(entry.id)")
        }
    }

    @Test(arguments: ["vn", "en"])
    func everyRecommendationHasAnEntry(_ name: String) throws {
        let profile = try Self.catalog.load(name)
        let cited = Set(profile.checklist.flatMap(\.cites).map { "\($0.advisory) \($0.recommendation)" })
        for advisory in profile.advisories {
            for recommendation in advisory.recommendations {
                #expect(cited.contains("\(advisory.key) \(recommendation.id)"), "\(advisory.key) \(recommendation.id)")
            }
        }
    }

    @Test(arguments: ["vn", "en"])
    func personAdviceIsGivenWhateverWasFound(_ name: String) throws {
        let profile = try Self.catalog.load(name)
        let items = profile.checklist(for: [], language: profile.language)
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { $0.audience == .person && $0.severity == nil })
    }

    /// The coverage table in profiles/README.md says which entries follow each recommendation
    /// of the `vn` profile; it must say what the profile does.
    @Test func readmeCoverageTableMatchesTheProfile() throws {
        let profile = try Self.catalog.load("vn")
        let readme = try String(
            contentsOf: Fixtures.packageRoot.appendingPathComponent("profiles/README.md"), encoding: .utf8)
        var table: [String: Set<String>] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| A0") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let entries = cells[3].split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " `")) }
            table["\(cells[0]) \(cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`")))"] = Set(entries)
        }
        var expected: [String: Set<String>] = [:]
        for entry in profile.checklist {
            for cite in entry.cites { expected["\(cite.advisory) \(cite.recommendation)", default: []].insert(entry.id) }
        }
        #expect(table == expected)
    }
}
