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
    private var canonicalURLs: [String: String] = [:]
    private static let rememberedURLs = 4096
    private(set) var errors: [Report.CrawlError] = []

    func add(_ pageCandidates: [PortraitCandidate], page: String) {
        portraits.add(pageCandidates.map(canonical), page: page)
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
        var later: [(LinkedDetection, pages: [UInt64])] = []
        for (page, linked, laterPages) in portraits.portraits(sizes: sizes) {
            if byPage[page] == nil { pages.append(page) }
            byPage[page, default: []].append(linked)
            if !laterPages.isEmpty { later.append((linked, laterPages)) }
        }
        for page in pages { await collector.add(url: page, PageFindings(linked: byPage[page]!, mentions: [])) }
        for (linked, laterPages) in later {
            await collector.add(pages: laterPages, showing: PageFindings(linked: [linked], mentions: []))
        }
    }

    /// The candidate with its URLs as the crawler fetches them, so sizes are found by URL.
    private func canonical(_ candidate: PortraitCandidate) -> PortraitCandidate {
        var candidate = candidate
        candidate.image = canonical(candidate.image)
        candidate.originals = candidate.originals.map(canonical)
        return candidate
    }

    /// A URL made canonical, remembered: the same faces come back on page after page, and
    /// canonicalising through `URLComponents` cost more than the rest of the tally.
    private func canonical(_ url: String) -> String {
        if let known = canonicalURLs[url] { return known }
        // Bounded: a site of unique pictures must not make the memo grow with it.
        if canonicalURLs.count >= Self.rememberedURLs { canonicalURLs.removeAll(keepingCapacity: true) }
        let canonical = CanonicalURL.canonicalize(url) ?? url
        canonicalURLs[url] = canonical
        return canonical
    }
}
