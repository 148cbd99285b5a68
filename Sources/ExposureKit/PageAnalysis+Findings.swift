import ExposureCore
import ExposureCrawl
import ExposureDetect
import ExposureStore

extension PageAnalysis {
    /// What the audit keeps of the page, with `links` (its ``links(includingMedia:)``): the same
    /// form whether it was parsed now or replayed from the history for a 304, so both are
    /// counted alike. With `media`, the images to fetch and the portraits to judge are kept too.
    func findings(links: [CrawlLink], includingMedia media: Bool) -> PageFindings {
        PageFindings(
            linked: linked, mentions: mentions, links: links.filter { $0.kind != .image }.map(\.url),
            portraits: media ? portraitCandidates.map(PageFindings.Portrait.init) : [],
            images: links.filter { $0.kind == .image }.map(\.url))
    }
}

extension PageFindings {
    /// A page's linked detections and mentions in the form the collector and the history take.
    init(
        linked: [LinkedDetection], mentions: [PersonMention], links: [String] = [], portraits: [Portrait] = [],
        images: [String] = []
    ) {
        var seenNames: Set<Mention> = []
        self.init(
            items: linked.map { item in
                Item(
                    kind: item.detection.kind, subtype: item.detection.subtype, value: item.detection.value,
                    normalized: item.detection.normalized, confidence: item.confidence,
                    path: item.detection.anchor.path, context: item.detection.context, personKey: item.person?.key,
                    image: item.detection.image)
            },
            // The collector counts a person once per page and reads each spelling for the best
            // one; repeats of a spelling change nothing.
            mentions: mentions.map { Mention(key: $0.key, name: $0.name) }.filter { seenNames.insert($0).inserted },
            links: links, portraits: portraits, images: images)
    }

    /// The links to crawl on from the page: pages and documents by their URL, then its images;
    /// without `media`, pages alone.
    func crawlLinks(includingMedia media: Bool) -> [CrawlLink] {
        let links = links.map { CrawlLink($0, kind: CrawlLink.kind(ofURL: $0)) }
        guard media else { return links.filter { !$0.kind.isMedia } }
        return links + images.map { CrawlLink($0, kind: .image) }
    }
}

extension PageFindings.Portrait {
    init(_ candidate: PortraitCandidate) {
        self.init(
            person: .init(key: candidate.person.key, name: candidate.person.name), image: candidate.image,
            originals: candidate.originals, declaredWidth: candidate.declaredSize?.width,
            declaredHeight: candidate.declaredSize?.height, association: candidate.association.rawValue,
            peopleShown: candidate.peopleShown, path: candidate.anchor.path, context: candidate.context)
    }
}

extension PortraitCandidate {
    /// A candidate as an unchanged page gave it when it was last analysed; nil for an
    /// association this version no longer knows.
    init?(_ stored: PageFindings.Portrait) {
        guard let association = Association(rawValue: stored.association) else { return nil }
        let anchor = Anchor(path: stored.path, blockIndex: nil, offset: 0, container: nil, region: .main)
        let size = stored.declaredWidth.flatMap { width in stored.declaredHeight.map { PixelSize(width: width, height: $0) } }
        self.init(
            person: PersonMention(name: stored.person.name, key: stored.person.key, anchor: anchor, confidence: 0.8),
            image: stored.image, originals: stored.originals, declaredSize: size, association: association,
            peopleShown: stored.peopleShown, anchor: anchor, context: stored.context)
    }
}
