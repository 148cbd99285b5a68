@testable import ExposureKit
import Testing

@Suite struct KitPagesTests {
    private static let face = KitPages.Ingredients(rawValue: 1)
    private static let contact = KitPages.Ingredients(rawValue: 2)
    private static let leverage = KitPages.Ingredients(rawValue: 4)

    /// One person's page, its findings given as (ingredients, ordinal) pairs.
    private static func page(_ findings: [(KitPages.Ingredients, Int32)], of person: String = "le van an")
        -> KitPages.Contribution
    {
        var contribution = KitPages.Contribution()
        for (ingredients, ordinal) in findings { contribution.add(ingredients, ordinal: ordinal, for: person) }
        return contribution
    }

    @Test func aWholePageGivesEveryFindingOnIt() {
        var kits = KitPages(late: Self.face)
        kits.add(Self.page([(Self.contact, 0), (Self.leverage, 1), (Self.face, 2)]), onPage: 1)
        kits.add(Self.page([(Self.contact, 0), (Self.leverage, 3)]), onPage: 2)
        #expect(kits.onWholeKit == [0, 1, 2])
    }

    /// A portrait judged after the crawl completes a page that had all but the face, and
    /// counts with the findings the page had; a page it cannot complete is not even kept.
    @Test func aLatePortraitCompletesOnlyPagesMissingNothingElse() {
        var kits = KitPages(late: Self.face)
        kits.add(Self.page([(Self.contact, 0), (Self.leverage, 1)]), onPage: 1)
        kits.add(Self.page([(Self.contact, 0)]), onPage: 2)
        #expect(kits.footprint.pages == 1)
        #expect(kits.onWholeKit.isEmpty)

        kits.add(Self.page([(Self.face, 5)]), onPage: 2)
        #expect(kits.onWholeKit.isEmpty)
        kits.add(Self.page([(Self.face, 5)]), onPage: 1)
        #expect(kits.onWholeKit == [0, 1, 5])
        kits.add(Self.page([(Self.face, 6)]), onPage: 1)
        #expect(kits.onWholeKit == [0, 1, 5, 6])
    }

    /// Each person's kit is their own: one person's face does not complete another's page.
    @Test func peopleOnOnePageKeepSeparateKits() {
        var kits = KitPages(late: Self.face)
        var page = Self.page([(Self.contact, 0), (Self.leverage, 1)], of: "le van an")
        page.add(Self.face, ordinal: 2, for: "tran thi binh")
        kits.add(page, onPage: 1)
        #expect(kits.onWholeKit.isEmpty)
        kits.add(Self.page([(Self.face, 3)], of: "le van an"), onPage: 1)
        #expect(kits.onWholeKit == [0, 1, 3])
    }

    /// Thousands of pages repeating the same findings keep one share between them.
    @Test func repeatedPagesShareWhatTheyGive() {
        var kits = KitPages(late: Self.face)
        for page in UInt64(1)...1_000 {
            kits.add(Self.page([(Self.contact, 0), (Self.leverage, 1), (Self.leverage, 1)]), onPage: page)
        }
        #expect(kits.footprint.pages == 1_000)
        #expect(kits.footprint.shares == 1)
    }
}
