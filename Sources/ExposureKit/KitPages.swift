import ExposureCore
import ExposureProfile

/// Which findings lie on a page that gives one person the whole extortion kit.
///
/// A page arrives with all its findings at once; only portraits, judged once the crawl is
/// over, come to a page later. So a person's page is kept only while it is whole or its kit
/// can still be completed by what comes later: the others could never be whole, and on a
/// large site they are most pages. What a kept page has is one shared value among the few
/// combinations a site's pages repeat, so a kept page costs a dictionary entry and no
/// allocation of its own.
struct KitPages {
    typealias Ingredients = SeverityRules.Kit.Ingredients

    /// What one page gives each person it names towards the kit, and which findings give it;
    /// findings go by their ordinal, their place in first-seen order.
    struct Contribution {
        fileprivate var people: [(person: String, share: Share)] = []

        var isEmpty: Bool { people.isEmpty }

        mutating func add(_ ingredients: Ingredients, ordinal: Int32, for person: String) {
            guard let index = people.firstIndex(where: { $0.person == person }) else {
                return people.append((person, Share(ingredients: ingredients, ordinals: [ordinal])))
            }
            people[index].share.formUnion(Share(ingredients: ingredients, ordinals: [ordinal]))
        }
    }

    /// What one person's page has given so far; a whole page's findings are counted already.
    fileprivate struct Share: Hashable {
        var ingredients: Ingredients
        /// Ascending, without repeats.
        var ordinals: [Int32]

        mutating func formUnion(_ other: Share) {
            ingredients.formUnion(other.ingredients)
            guard !other.ordinals.allSatisfy(ordinals.contains) else { return }
            ordinals = Array(Set(ordinals).union(other.ordinals)).sorted()
        }
    }

    /// The ingredients that can still come to a page after it was visited.
    private let late: Ingredients
    /// Kept pages, by ``personPage(_:_:)``, and the share each has given.
    private var pages: [Int: Int32] = [:]
    private var shares = InternTable<Share>()
    /// The ordinals of the findings found on some whole-kit page.
    private(set) var onWholeKit: Set<Int32> = []

    /// Kit pages to which `late` ingredients may still come after their visit.
    init(late: Ingredients) {
        self.late = late
    }

    /// How many person pages are kept, and how many distinct shares they hold between them.
    var footprint: (pages: Int, shares: Int) { (pages.count, shares.count) }

    /// Adds what a page, given by the ``Fingerprint/fnv1a64(_:)`` of its URL, gives its people.
    mutating func add(_ contribution: Contribution, onPage page: UInt64) {
        for (person, given) in contribution.people {
            let key = Self.personPage(person, page)
            var share = pages[key].map { shares[$0] } ?? Share(ingredients: [], ordinals: [])
            share.formUnion(given)
            if share.ingredients == .whole {
                onWholeKit.formUnion(share.ordinals)
                pages[key] = shares.number(of: Share(ingredients: .whole, ordinals: []))
            } else if share.ingredients.union(late) == .whole {
                pages[key] = shares.number(of: share)
            }
        }
    }

    /// One person on one page.
    private static func personPage(_ person: String, _ page: UInt64) -> Int {
        var hasher = Hasher()
        hasher.combine(person)
        hasher.combine(page)
        return hasher.finalize()
    }
}
