import ExposureCore

extension PortraitDetector {
    /// An audit's portrait candidates, held in memory that stops growing with the site: each
    /// pairing of an image with a person keeps the candidates of its first
    /// ``Finding/maximumOccurrences`` pages (all a finding lists) and only counts the pages after.
    ///
    /// A large site shows the same few hundred faces on thousands of pages; keeping every
    /// sighting until the images' sizes are in made portraits the largest memory of an audit.
    public struct Tally: Sendable {
        /// What makes two candidates the same portrait finding, judged the same way.
        private struct Pairing: Hashable {
            var image: String
            var originals: [String]
            var personKey: String
            var association: PortraitCandidate.Association
            var declaredSize: PixelSize?
        }

        /// Where a portrait was seen: all a finding's occurrence needs beyond its pairing.
        private struct Sighting {
            /// Arrival order, so portraits are handed on in the order pages showed them.
            var sequence: Int
            var page: String
            var path: String
            var context: String
        }

        private struct Sightings {
            /// The pairing's first candidate, which the others differ from only in where they are.
            var first: PortraitCandidate
            var kept: [Sighting] = []
            var pagesKept = 0
            /// Pages after the kept ones, counted but not kept.
            var pagesCounted = 0
            var lastPage = ""
        }

        /// Who an image was shown as the only picture of.
        private enum Subjects {
            case one(personKey: String)
            /// Two or more different people: a placeholder.
            case several
        }

        private var subjectsByImage: [String: Subjects] = [:]
        private var pairings: [Pairing: Sightings] = [:]
        private var sequence = 0
        /// Images found to be placeholders whose pairings are still held, and how many pairings
        /// the last sweep left: a site's stock pictures, shown for hundreds of people, would
        /// otherwise make the most pairings of all.
        private var placeholdersUnswept = 0
        private var pairingsAfterSweep = 0

        public init() {}

        /// Adds one page's candidates.
        public mutating func add(_ candidates: [PortraitCandidate], page: String) {
            for candidate in candidates {
                if candidate.peopleShown == 1 {
                    switch subjectsByImage[candidate.image] {
                    case nil: subjectsByImage[candidate.image] = .one(personKey: candidate.person.key)
                    case .one(let key) where key != candidate.person.key:
                        subjectsByImage[candidate.image] = .several
                        placeholdersUnswept += 1
                    default: break
                    }
                }
                guard !isPlaceholder(candidate.image) else { continue }
                let pairing = Pairing(
                    image: candidate.image, originals: candidate.originals, personKey: candidate.person.key,
                    association: candidate.association, declaredSize: candidate.declaredSize)
                var sightings = pairings.removeValue(forKey: pairing) ?? Sightings(first: candidate)
                if sightings.lastPage != page {
                    sightings.lastPage = page
                    if sightings.pagesKept < Finding.maximumOccurrences {
                        sightings.pagesKept += 1
                    } else {
                        sightings.pagesCounted += 1
                    }
                }
                // Once pages are being counted, the current page is one of them.
                if sightings.pagesCounted == 0 {
                    sightings.kept.append(
                        Sighting(sequence: sequence, page: page, path: candidate.anchor.path, context: candidate.context))
                    sequence += 1
                }
                pairings[pairing] = sightings
            }
            sweepPlaceholders()
        }

        /// Drops the pairings of images found to be placeholders, which will never be portraits;
        /// in batches, so that a sweep's walk over every pairing stays rare.
        private mutating func sweepPlaceholders() {
            guard placeholdersUnswept >= 16 || placeholdersUnswept > 0 && pairings.count >= 2 * pairingsAfterSweep
            else { return }
            pairings = pairings.filter { !isPlaceholder($0.key.image) }
            placeholdersUnswept = 0
            pairingsAfterSweep = pairings.count
        }

        /// The portraits among the candidates, judged with `sizes` (image URL to pixel size):
        /// the kept sightings in the order pages showed them, each with the number of further
        /// pages that showed the same portrait and were only counted.
        public func portraits(sizes: [String: PixelSize]) -> [(page: String, linked: LinkedDetection, morePages: Int)] {
            var portraits: [(sequence: Int, page: String, linked: LinkedDetection, morePages: Int)] = []
            for sightings in pairings.values where !isPlaceholder(sightings.first.image) {
                // One judgement serves the whole pairing: its image, versions and association are the same.
                guard let judged = PortraitDetector.portrait(sightings.first, sizes: sizes) else { continue }
                for (position, sighting) in sightings.kept.enumerated() {
                    var linked = judged
                    linked.detection.anchor.path = sighting.path
                    linked.detection.context = sighting.context
                    let morePages = position == sightings.kept.count - 1 ? sightings.pagesCounted : 0
                    portraits.append((sighting.sequence, sighting.page, linked, morePages))
                }
            }
            return portraits.sorted { $0.sequence < $1.sequence }.map { ($0.page, $0.linked, $0.morePages) }
        }

        /// Whether the site shows `image` as the only picture of two or more different people:
        /// a stock silhouette or a default avatar, whatever its file is called.
        private func isPlaceholder(_ image: String) -> Bool {
            if case .several = subjectsByImage[image] { return true }
            return false
        }
    }
}
