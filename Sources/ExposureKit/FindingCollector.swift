import ExposureCore
import ExposureDetect
import ExposureProfile
import ExposureReport
import ExposureStore
import Foundation

/// Gathers what every page yielded and merges it into findings and people.
///
/// Pages are visited concurrently, so this is an actor; merging happens once at the end.
///
/// A finding lists only its first pages, and which pages come first depends on the order
/// fetches finish in; so the collector also notes, for every person and page, what that page
/// gives towards the extortion kit, and judges the kit from all pages, the same every run.
actor FindingCollector {
    private struct FindingKey: Hashable {
        var kind: FindingKind
        var normalized: String
        var personKey: String?

        /// Hashes the bytes: Swift's string hashing normalizes non-ASCII text (most titles and
        /// units) first, on every one of the thousands of lookups a site's pages make.
        func hash(into hasher: inout Hasher) {
            hasher.combine(kind)
            var normalized = normalized
            normalized.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if var personKey {
                personKey.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }
    }

    private struct Accumulated {
        var subtype: String?
        var value: String
        var image: ImageReference?
        var confidence: Double
        /// Its place in first-seen order, to name it among a page's kit ingredients.
        let ordinal: Int32
        /// What it gives a scammer towards the kit, when it is a person's.
        let ingredients: KitPages.Ingredients
        var occurrences: [Evidence] = []
        var pages = 0
        /// The page it was last seen on; nil until it is counted.
        var lastURL: String?

        init(first item: PageFindings.Item, ordinal: Int, ingredients: KitPages.Ingredients) {
            subtype = item.subtype
            value = item.value
            image = item.image
            confidence = item.confidence
            self.ordinal = Int32(ordinal)
            self.ingredients = ingredients
        }

        /// Counts `item`, seen on `url`; answers whether it is the first seen, with its ordinal
        /// and ingredients.
        mutating func add(_ item: PageFindings.Item, seenOn url: String)
            -> (isFirst: Bool, ordinal: Int32, ingredients: KitPages.Ingredients)
        {
            let isFirst = lastURL == nil
            confidence = max(confidence, item.confidence)
            // One page's detections arrive together, so a new URL means a new page.
            if lastURL != url {
                pages += 1
                lastURL = url
            }
            let path = item.path
            if occurrences.count < Finding.maximumOccurrences,
                !occurrences.contains(where: { $0.url == url && $0.path == path })
            {
                // A site repeats a finding in the same place and words on page after page: the
                // previous occurrence's strings are shared, not held again for each page. Equal
                // bytes, not merely equal strings, so that the report spells each as found.
                var evidence = Evidence(url: url, path: path, context: item.context)
                if let previous = occurrences.last {
                    if previous.path.utf8.elementsEqual(path.utf8) { evidence.path = previous.path }
                    if previous.context.utf8.elementsEqual(evidence.context.utf8) { evidence.context = previous.context }
                }
                occurrences.append(evidence, neverMoreThan: Finding.maximumOccurrences)
            }
            return (isFirst, ordinal, ingredients)
        }
    }

    private struct PersonRecord {
        var name: String
        var urls: [String] = []
        var pages = 0
        /// The page the person was last named on; nil until they are counted.
        var lastURL: String?

        /// Counts a mention of the person on `url`; answers whether it is the first seen.
        mutating func add(_ mention: PageFindings.Mention, seenOn url: String) -> Bool {
            let isFirst = lastURL == nil
            // An all-caps heading gives a title-cased guess; a name printed in mixed case is better.
            if mention.name != name, name.lowercased().capitalized == name,
                mention.name != mention.name.lowercased().capitalized
            {
                name = mention.name
            }
            if lastURL != url {
                lastURL = url
                pages += 1
                if urls.count < Finding.maximumOccurrences { urls.append(url, neverMoreThan: Finding.maximumOccurrences) }
            }
            return isFirst
        }
    }

    private let profile: Profile
    private var findings: [FindingKey: Accumulated] = [:]
    private var findingOrder: [FindingKey] = []
    private var people: [String: PersonRecord] = [:]
    private var personOrder: [String] = []
    /// What each person's findings give towards the kit on each page.
    private var kitPages: KitPages

    /// A collector judging findings, and the extortion kit, by `profile`'s severity rules.
    init(profile: Profile) {
        self.profile = profile
        // Portraits are judged when the crawl is over (MediaCollector.deliverPortraits): they
        // are all that can come to a page after its visit.
        kitPages = KitPages(late: profile.severity.kit.ingredients(anySubtypeOf: .portrait))
    }

    /// Records what one page yielded, analysed now or replayed from the history; a page's
    /// findings come in one call, and only its portraits may come in another, later.
    ///
    /// Each mention and item is looked up once and updated in place: a site's pages repeat
    /// the same dozen or so items (the footer's hotline, address and e-mail) on every page.
    func add(url: String, _ page: PageFindings) {
        for mention in page.mentions {
            if people[mention.key, default: PersonRecord(name: mention.name)].add(mention, seenOn: url) {
                personOrder.append(mention.key)
            }
        }
        var kit = KitPages.Contribution()
        for item in page.items {
            let key = FindingKey(kind: item.kind, normalized: item.normalized, personKey: item.personKey)
            let (isFirst, ordinal, ingredients) = findings[key, default: newAccumulated(item)].add(item, seenOn: url)
            if isFirst { findingOrder.append(key) }
            if let person = item.personKey, !ingredients.isEmpty { kit.add(ingredients, ordinal: ordinal, for: person) }
        }
        if !kit.isEmpty { kitPages.add(kit, onPage: Fingerprint.fnv1a64(url)) }
    }

    private func newAccumulated(_ item: PageFindings.Item) -> Accumulated {
        let kit = profile.severity.kit
        let ingredients = item.personKey == nil ? [] : kit.ingredients(kind: item.kind, subtype: item.subtype)
        return Accumulated(first: item, ordinal: findingOrder.count, ingredients: ingredients)
    }

    /// The findings that lie, on some page, beside the rest of their person's kit.
    private func findingsOnWholeKitPages() -> Set<FindingKey> {
        Set(kitPages.onWholeKit.map { findingOrder[Int($0)] })
    }

    /// Counts more pages that showed `page`'s items, given by the fingerprints of their URLs,
    /// pages whose occurrences were not kept (portraits past the first pages that showed them):
    /// they count, and add to their person's kit on each; items not yet found are ignored.
    func add(pages laterPages: [UInt64], showing page: PageFindings) {
        var kit = KitPages.Contribution()
        for item in page.items {
            let key = FindingKey(kind: item.kind, normalized: item.normalized, personKey: item.personKey)
            guard let found = findings[key] else { continue }
            findings[key]!.pages += laterPages.count
            if let person = item.personKey, !found.ingredients.isEmpty {
                kit.add(found.ingredients, ordinal: found.ordinal, for: person)
            }
        }
        guard !kit.isEmpty else { return }
        for laterPage in laterPages { kitPages.add(kit, onPage: laterPage) }
    }

    /// Folds a person's shorter titles into the longer ones that extend them: `Giám đốc`,
    /// `Giám đốc Sở` and `Giám đốc Sở Nội vụ` on different pages are one title, reported once.
    /// A shorter title on a whole-kit page makes the longer one that absorbs it on one too.
    private func mergeNestedTitles(onWholeKitPages: inout Set<FindingKey>) {
        let titles = findingOrder.filter { $0.kind == .title && $0.personKey != nil }
        let folded = Dictionary(uniqueKeysWithValues: titles.map { ($0, NameFolding.fold($0.normalized)) })
        let longestFirst = titles.sorted { folded[$0]!.count > folded[$1]!.count }
        var absorbed: Set<FindingKey> = []
        for (position, shorter) in longestFirst.enumerated().reversed() {
            guard let longer = longestFirst[..<position].first(where: {
                $0.personKey == shorter.personKey && !absorbed.contains($0)
                    && folded[$0]!.extendsPhrase(folded[shorter]!)
            }) else { continue }
            let item = findings.removeValue(forKey: shorter)!
            absorbed.insert(shorter)
            if onWholeKitPages.contains(shorter) { onWholeKitPages.insert(longer) }
            findings[longer]!.pages = max(findings[longer]!.pages, item.pages)
            findings[longer]!.confidence = max(findings[longer]!.confidence, item.confidence)
            for evidence in item.occurrences where findings[longer]!.occurrences.count < Finding.maximumOccurrences {
                findings[longer]!.occurrences.append(evidence)
            }
        }
        findingOrder.removeAll { absorbed.contains($0) }
    }

    /// The merged findings, judged by the profile, and the people; in a person audit only the subject's.
    func result(subjectKey: String?, language: Language) -> (findings: [Finding], people: [Report.Person]) {
        var onWholeKitPages = findingsOnWholeKitPages()
        mergeNestedTitles(onWholeKitPages: &onWholeKitPages)
        // Distinct portraits per person, by the name findings carry.
        var portraitsPerPerson: [String: Int] = [:]
        for key in findingOrder where key.kind == .portrait {
            if let name = key.personKey.flatMap({ people[$0]?.name }) { portraitsPerPerson[name, default: 0] += 1 }
        }
        var merged: [Finding] = []
        var mergedOnWholeKitPages: Set<Int> = []
        for key in findingOrder {
            if let subjectKey, key.personKey != subjectKey { continue }
            if onWholeKitPages.contains(key) { mergedOnWholeKitPages.insert(merged.count) }
            let item = findings[key]!
            let person = key.personKey.flatMap { people[$0]?.name }
            let pageCount = item.pages
            merged.append(
                Finding(
                    kind: key.kind, subtype: item.subtype, value: item.value,
                    normalized: key.normalized, person: person, confidence: (item.confidence * 100).rounded() / 100,
                    severity: .info,  // judged below, with all of the person's findings at hand
                    message: Judgement.message(
                        kind: key.kind, subtype: item.subtype, person: person, pageCount: pageCount,
                        image: item.image, language: language),
                    occurrences: item.occurrences, pageCount: pageCount, image: item.image))
        }
        // Face material is judged by its size and number, which profiles cannot see.
        merged = profile.severity.judged(
            merged,
            adjustingBase: { finding, base in
                guard finding.kind == .portrait else { return base }
                return Judgement.portraitSeverity(
                    base: base, shortSide: finding.image?.shortSide, isPhoto: finding.subtype == "photo",
                    count: finding.person.flatMap { portraitsPerPerson[$0] } ?? 1)
            }, onWholeKitPage: mergedOnWholeKitPages)
        merged.sort {
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            if ($0.person ?? "") != ($1.person ?? "") { return ($0.person ?? "\u{10FFFF}") < ($1.person ?? "\u{10FFFF}") }
            if $0.kind != $1.kind { return $0.kind.rawValue < $1.kind.rawValue }
            return $0.normalized < $1.normalized
        }
        // Grouped once: a large site names hundreds of people and has thousands of findings.
        var findingIDsByPerson: [String: [String]] = [:]
        for finding in merged {
            if let person = finding.person { findingIDsByPerson[person, default: []].append(finding.id) }
        }
        let keys = subjectKey.map { key in personOrder.filter { $0 == key } } ?? personOrder
        let reportPeople = keys.map { key in
            let record = people[key]!
            return Report.Person(
                name: record.name, occurrences: record.urls.map(Report.PersonOccurrence.init(url:)),
                pageCount: record.pages, findings: findingIDsByPerson[record.name] ?? [])
        }
        return (merged, reportPeople)
    }
}

extension String {
    /// Whether this is `phrase` with more words after it (`giam doc so` extends `giam doc`);
    /// `pho giam doc` does not extend `giam doc`, a different title.
    fileprivate func extendsPhrase(_ phrase: String) -> Bool {
        hasPrefix(phrase + " ")
    }
}
