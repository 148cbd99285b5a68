import ExposureCore
import ExposureCrawl
import ExposureDetect
import ExposureStore
import ExposureReport

/// Gathers what portraits are judged on, which arrives from different fetches: the images
/// tied to people on pages, and the pixel sizes read from the images themselves; plus the
/// documents and images that could not be read, for the report's crawl errors.
actor MediaCollector {
    private var portraits = PortraitDetector.Tally()
    private var sizes: [String: PixelSize] = [:]
    private(set) var errors: [Report.CrawlError] = []

    func add(_ pageCandidates: [PortraitCandidate], page: String) {
        portraits.add(pageCandidates.map(Self.canonical), page: page)
    }

    func record(_ size: PixelSize, for url: String) {
        sizes[url] = size
    }

    func fail(_ url: String, _ message: String) {
        errors.append(Report.CrawlError(url: url, message: message))
    }

    /// Judges every candidate now that the sizes are in and hands the portraits to `collector`,
    /// one page's at a time.
    func deliverPortraits(to collector: FindingCollector) async {
        var pages: [String] = []
        var byPage: [String: [LinkedDetection]] = [:]
        var counted: [(LinkedDetection, pages: Int)] = []
        for (page, linked, morePages) in portraits.portraits(sizes: sizes) {
            if byPage[page] == nil { pages.append(page) }
            byPage[page, default: []].append(linked)
            if morePages > 0 { counted.append((linked, morePages)) }
        }
        for page in pages { await collector.add(url: page, PageFindings(linked: byPage[page]!, mentions: [])) }
        for (linked, count) in counted {
            await collector.add(pages: count, showing: PageFindings(linked: [linked], mentions: []))
        }
    }

    /// The candidate with its URLs as the crawler fetches them, so sizes are found by URL.
    private static func canonical(_ candidate: PortraitCandidate) -> PortraitCandidate {
        var candidate = candidate
        candidate.image = CanonicalURL.canonicalize(candidate.image) ?? candidate.image
        candidate.originals = candidate.originals.map { CanonicalURL.canonicalize($0) ?? $0 }
        return candidate
    }
}
