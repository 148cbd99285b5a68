import ExposureCore
import ExposureCrawl
import ExposureDetect
import ExposureDocument
import ExposureMedia
import ExposureStore

/// What the auditor does with each fetched URL: a page is analysed and its links, documents
/// and images handed back to the crawler; a document is read into text and metadata and
/// analysed like a page; an image's pixel size and metadata are read.
struct PageVisitor: Sendable {
    let analyzer: PageAnalyzer
    let findings: FindingCollector
    let media: MediaCollector
    /// Whether documents and images are fetched and read (`--no-media` turns it off).
    let readsMedia: Bool
    let documentReader: DocumentReader
    /// Stores pages in the history as they come and gives back unchanged ones (304s).
    let recorder: AuditRecorder?
    let log: @Sendable (String) -> Void

    func visit(_ page: FetchedPage) async -> [CrawlLink] {
        log("fetched \(page.url) (\(page.response.status), \(page.response.body.count) bytes)")
        if page.isNotModified, let recorder {
            let replayed = await recorder.replay(page)
            await findings.add(url: page.url, replayed)
            if readsMedia { await media.add(replayed.portraits.compactMap(PortraitCandidate.init), page: page.url) }
            return replayed.crawlLinks(includingMedia: readsMedia)
        }
        switch page.kind {
        case .page where page.isHTML:
            let (links, kept, candidates) = analyze(page)
            await recorder?.record(page, kept)
            await findings.add(url: page.url, kept)
            if readsMedia { await media.add(candidates, page: page.url) }
            return links
        case .page, .document:
            if readsMedia { await readDocument(page) }
            return []
        case .image, .wholeImage:
            return await readImage(page)
        }
    }

    /// What a page yields, without the analysis itself: a crawl keeps up to 64 visits under way,
    /// and when the CPU is the limit nearly all of them wait for the history and the collectors
    /// at once, each holding its page's blocks, words and detections (63 measured at once, on
    /// the 20,000-page benchmark site).
    private func analyze(_ page: FetchedPage) -> (links: [CrawlLink], kept: PageFindings, candidates: [PortraitCandidate]) {
        let analysis = analyzer.analyze(page.response.body, url: page.url, contentType: page.response.contentType)
        let links = analysis.links(includingMedia: readsMedia)
        return (links, analysis.findings(links: links, includingMedia: readsMedia), readsMedia ? analysis.portraitCandidates : [])
    }

    private func readDocument(_ page: FetchedPage) async {
        do {
            let content = try await documentReader.read(page.response.body, url: page.url)
            let analysis = analyzer.analyze(content)
            let kept = PageFindings(linked: analysis.linked, mentions: analysis.mentions)
            await recorder?.record(page, kept)
            await findings.add(url: page.url, kept)
        } catch {
            await media.fail(page.url, "document not read: \(error)")
        }
    }

    /// Reads the image's headers; a ranged read that ended before the pixel size asks for the
    /// whole file instead.
    private func readImage(_ page: FetchedPage) async -> [CrawlLink] {
        let info: ImageInfo
        do {
            info = try ImageInfo(reading: page.response.body)
        } catch {
            if error.code == .truncated, page.kind == .image, page.response.status == 206 {
                return [CrawlLink(page.url, kind: .wholeImage)]
            }
            await media.fail(page.url, "image not read: \(error)")
            return []
        }
        await media.record(PixelSize(width: info.width, height: info.height), for: page.url)
        let analysis = analyzer.analyze(image: info, url: page.url)
        if !analysis.linked.isEmpty {
            await findings.add(url: page.url, PageFindings(linked: analysis.linked, mentions: analysis.mentions))
        }
        return []
    }
}

extension PageAnalysis {
    /// What to fetch from this page: its links (frames and canonical links included) and the
    /// documents it links to, then the images that may be portraits and their larger originals,
    /// then every other image, in that order so the image cap goes to faces first. Without
    /// media, links to documents and images are left alone.
    func links(includingMedia: Bool) -> [CrawlLink] {
        var links = followableLinks.map { CrawlLink($0, kind: CrawlLink.kind(ofURL: $0)) }
        guard includingMedia else { return links.filter { !$0.kind.isMedia } }
        for candidate in portraitCandidates {
            links += ([candidate.image] + candidate.originals).map { CrawlLink($0, kind: .image) }
        }
        links += document.images.map { CrawlLink($0.src, kind: .image) }
        return links
    }
}
