import ExposureStore
import Foundation
import Testing

@Suite struct ValidatorTests {
    @Test func validatorsAreKeptPerURLAcrossRunsAndReplacedByTheLatest() async throws {
        try await withTemporaryDirectory { directory in
            let store = try await HistoryStore.open(path: directory.appendingPathComponent("h.sqlite").path)
            let first = try await store.recordRun([])
            let home = PageValidator(url: site, etag: #"W/"abc""#, lastModified: "Tue, 01 Dec 2026 08:00:00 GMT", bodyHash: "1f2e")
            let contact = PageValidator(url: site + "lien-he", etag: nil, lastModified: nil, bodyHash: "99aa")
            try await store.updateValidators([home, contact], seenIn: first)

            let second = try await store.recordRun([])
            var changedHome = home
            changedHome.etag = #""def""#
            try await store.updateValidators([changedHome], seenIn: second)

            let stored = try await store.validators(for: [site, site + "lien-he", site + "never-seen"])
            #expect(stored.count == 2)
            #expect(stored[site]?.etag == #""def""#)
            #expect(stored[site]?.lastSeenRun == second)
            #expect(stored[site + "lien-he"]?.bodyHash == "99aa")
            #expect(stored[site + "lien-he"]?.lastSeenRun == first)
        }
    }
}
