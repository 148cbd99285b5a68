import ExposureCore

extension PortraitDetector {
    /// An audit's portrait candidates, held in memory that stops growing with the site: each
    /// pairing of an image with a person keeps the candidates of its first
    /// ``Finding/maximumOccurrences`` pages (all a finding lists) and, of the pages after, only a
    /// 64-bit fingerprint of their URL (``Fingerprint/fnv1a64(_:)``), for the kit judged per page.
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
            /// Pages after the kept ones, by the fingerprint of their URL.
            var laterPages: [UInt64] = []
            var lastPage = ""

            /// Counts `candidate`, seen on `page`, keeping where it was while pages are kept.
            mutating func add(_ candidate: PortraitCandidate, page: String, sequence: inout Int) {
                if lastPage != page {
                    lastPage = page
                    if pagesKept < Finding.maximumOccurrences {
                        pagesKept += 1
                    } else {
                        laterPages.append(Fingerprint.fnv1a64(page))
                    }
                }
                // Once later pages are being fingerprinted, the current page is one of them.
                if laterPages.isEmpty {
                    kept.append(
                        Sighting(sequence: sequence, page: page, path: candidate.anchor.path, context: candidate.context))
                    sequence += 1
                }
            }
        }

        /// Who an image was shown as the only picture of, by the fingerprint of their key.
        private enum Subjects {
            case one(person: UInt64)
            /// Two or more different people: a placeholder.
            case several
        }

        /// By the fingerprint of the image URL: a large site shows thousands of pictures, and
        /// their URLs and people's keys would be held for no more than this comparison.
        private var subjectsByImage: [UInt64: Subjects] = [:]
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
                let image = Fingerprint.fnv1a64(candidate.image)
                if candidate.peopleShown == 1 {
                    let person = Fingerprint.fnv1a64(candidate.person.key)
                    switch subjectsByImage[image] {
                    case nil: subjectsByImage[image] = .one(person: person)
                    case .one(let shown) where shown != person:
                        subjectsByImage[image] = .several
                        placeholdersUnswept += 1
                    default: break
                    }
                }
                guard !isPlaceholder(image) else { continue }
                let pairing = Pairing(
                    image: candidate.image, originals: candidate.originals, personKey: candidate.person.key,
                    association: candidate.association, declaredSize: candidate.declaredSize)
                // Updated in place: one lookup of the pairing, whose key hashes several URLs.
                pairings[pairing, default: Sightings(first: candidate)].add(candidate, page: page, sequence: &sequence)
            }
            sweepPlaceholders()
        }

        /// Drops the pairings of images found to be placeholders, which will never be portraits;
        /// in batches, so that a sweep's walk over every pairing stays rare: only once the
        /// placeholders found since the last sweep number a sixteenth of the pairings, or the
        /// pairings have doubled. A fixed batch made a site with thousands of pictures walk its
        /// thousands of pairings over and over.
        private mutating func sweepPlaceholders() {
            guard placeholdersUnswept > 0,
                placeholdersUnswept * 16 >= pairings.count || pairings.count >= 2 * pairingsAfterSweep
            else { return }
            pairings = pairings.filter { !isPlaceholder(Fingerprint.fnv1a64($0.key.image)) }
            placeholdersUnswept = 0
            pairingsAfterSweep = pairings.count
        }

        /// The portraits among the candidates, judged with `sizes` (image URL to pixel size):
        /// the kept sightings in the order pages showed them, the last of each pairing with the
        /// fingerprints of the further pages that showed the same portrait.
        public func portraits(sizes: [String: PixelSize]) -> [(page: String, linked: LinkedDetection, laterPages: [UInt64])] {
            var portraits: [(sequence: Int, page: String, linked: LinkedDetection, laterPages: [UInt64])] = []
            for sightings in pairings.values where !isPlaceholder(Fingerprint.fnv1a64(sightings.first.image)) {
                // One judgement serves the whole pairing: its image, versions and association are the same.
                guard let judged = PortraitDetector.portrait(sightings.first, sizes: sizes) else { continue }
                for (position, sighting) in sightings.kept.enumerated() {
                    var linked = judged
                    linked.detection.anchor.path = sighting.path
                    linked.detection.context = sighting.context
                    let laterPages = position == sightings.kept.count - 1 ? sightings.laterPages : []
                    portraits.append((sighting.sequence, sighting.page, linked, laterPages))
                }
            }
            return portraits.sorted { $0.sequence < $1.sequence }.map { ($0.page, $0.linked, $0.laterPages) }
        }

        /// Whether the site shows the image (by the fingerprint of its URL) as the only picture
        /// of two or more different people: a stock silhouette or a default avatar, whatever its
        /// file is called.
        private func isPlaceholder(_ image: UInt64) -> Bool {
            if case .several = subjectsByImage[image] { return true }
            return false
        }
    }
}
