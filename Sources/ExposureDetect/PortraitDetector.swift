import ExposureCore
import ExposureHTML
import Foundation

/// An image's pixel size, as read from its bytes.
public struct PixelSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    var shortSide: Int { min(width, height) }
    var area: Int { width * height }
}

/// An `<img>` (or a profile page's `og:image`) tied to a person, before its pixel size is known.
public struct PortraitCandidate: Sendable, Hashable {
    /// How the image was tied to the person, strongest first.
    public enum Association: String, Sendable, Hashable {
        /// The `alt` or `title` attribute names the person.
        case alt
        /// The file name spells the person's name (`le-quang-vinh-150x150.jpg`).
        case fileName
        /// The figure's caption names the person (a news or group photo).
        case caption
        /// The image shares a card or table row with the person's name, and no one else's.
        case container
        /// The page is the person's profile and shares this image (`og:image`).
        case profile
        /// The text around the image names the person, and no one else.
        case nearby
    }

    public var person: PersonMention
    /// The image as the page shows it.
    public var image: String
    /// Larger versions worth fetching, largest first: `srcset`'s widest, the link around the
    /// image, the URL without a CMS size suffix.
    public var originals: [String]
    /// The size the page gives in its `width`/`height` attributes.
    public var declaredSize: PixelSize?
    public var association: Association
    /// How many people the same `<img>` is tied to (more than one in a group photo).
    public var peopleShown: Int
    public var anchor: Anchor
    public var context: String

    public init(
        person: PersonMention, image: String, originals: [String], declaredSize: PixelSize?,
        association: Association, peopleShown: Int, anchor: Anchor, context: String
    ) {
        self.person = person
        self.image = image
        self.originals = originals
        self.declaredSize = declaredSize
        self.association = association
        self.peopleShown = peopleShown
        self.anchor = anchor
        self.context = context
    }
}

/// Decides which images show a person, and how usable they are as face material.
///
/// A page first yields candidates: images tied to a named person by their `alt`, file name,
/// caption, card or row, or a profile page's `og:image`, that are not in a header, menu or
/// footer and do not look like logos, icons, banners, spacers or placeholder silhouettes.
/// Once the audit has read the pixel sizes of the images and of the larger originals behind
/// them, ``portraits(from:sizes:)`` keeps the head-and-shoulders ones (portrait or square,
/// at least ``minimumSide`` px), reports named wider photos as `photo`, and drops any image
/// the site shows as the only picture of two different people: a placeholder.
public enum PortraitDetector {
    /// Images with a shorter side below this are icons, bullets or tracking pixels.
    static let minimumSide = 48
    /// Wider than this (width over height) is not head-and-shoulders; wider than
    /// ``bannerAspect`` is a banner even when a caption names someone.
    static let portraitAspect = 1.25
    static let bannerAspect = 2.5

    /// File name and `alt` words of images that show no one in particular.
    static let placeholderWords = [
        "no-photo", "nophoto", "no-avatar", "noavatar", "no-image", "noimage", "avatar-default", "default-avatar",
        "default-user", "user-default", "placeholder", "silhouette", "anonymous", "no_photo", "no_avatar",
        "no_image", "default_avatar", "logo", "banner", "icon", "spacer", "pixel", "blank",
    ]

    /// Candidate portraits on one page: every image tied to a person in `mentions`.
    public static func candidates(in document: HTMLDocument, mentions: [PersonMention]) -> [PortraitCandidate] {
        let people = mentions.filter { $0.anchor.region == .main || $0.anchor.region == .aside }
        guard !people.isEmpty else { return [] }
        let names = NamePatterns(people)
        var candidates: [PortraitCandidate] = []
        for image in document.images where image.region == .main || image.region == .aside {
            guard !isExcluded(image.src, alt: image.alt), !isTooSmall(declared(image)) else { continue }
            let (shown, association) = peopleShown(in: image, among: people, names: names)
            for person in shown {
                candidates.append(
                    PortraitCandidate(
                        person: person, image: image.src, originals: originals(of: image), declaredSize: declared(image),
                        association: association, peopleShown: shown.count,
                        anchor: Anchor(
                            path: image.path, blockIndex: nil, offset: 0, container: image.container, region: image.region),
                        context: context(of: image)))
            }
        }
        if let profile = profileImage(of: document, among: names) { candidates.append(profile) }
        return candidates
    }

    /// The portraits among an audit's candidates, each with the largest original found and its
    /// pixel size, as detections tied to their person; `sizes` maps image URLs to pixel sizes.
    /// An audit gathers its candidates in a ``Tally``, which this reads the same way.
    public static func portraits(
        from candidates: [(page: String, candidate: PortraitCandidate)], sizes: [String: PixelSize]
    ) -> [(page: String, linked: LinkedDetection)] {
        var tally = Tally()
        for (page, candidate) in candidates { tally.add([candidate], page: page) }
        return tally.portraits(sizes: sizes).map { ($0.page, $0.linked) }
    }

    /// The portrait `candidate` shows, judged by the largest of its versions `sizes` knows;
    /// nil for an image of the wrong shape. Placeholders are the caller's to rule out.
    static func portrait(_ candidate: PortraitCandidate, sizes: [String: PixelSize]) -> LinkedDetection? {
        let versions = [candidate.image] + candidate.originals
        let measured = versions.compactMap { url in sizes[url].map { (url, $0) } }
        let shown = sizes[candidate.image] ?? candidate.declaredSize
        guard let subtype = subtype(shape: shown ?? measured.first?.1, association: candidate.association) else {
            return nil
        }
        let largest = measured.max { $0.1.area < $1.1.area }
        let original = largest?.0 ?? candidate.image
        let detection = Detection(
            kind: .portrait, subtype: subtype, value: original, normalized: original,
            confidence: confidence(of: candidate.association), anchor: candidate.anchor, context: candidate.context,
            image: ImageReference(
                url: candidate.image, original: original, width: largest?.1.width, height: largest?.1.height))
        return LinkedDetection(detection: detection, person: candidate.person, confidence: detection.confidence)
    }

    /// `portrait` for a head-and-shoulders shape, `photo` for a wider picture a caption or
    /// `alt` names the person in, nil for an icon, a banner or an unnamed wide picture. An
    /// image of unknown size counts as a portrait: its association is all there is.
    static func subtype(shape: PixelSize?, association: PortraitCandidate.Association) -> String? {
        guard let shape else { return "portrait" }
        guard shape.shortSide >= minimumSide else { return nil }
        let aspect = Double(shape.width) / Double(shape.height)
        if aspect <= portraitAspect { return "portrait" }
        let named: Set<PortraitCandidate.Association> = [.alt, .caption, .fileName]
        return aspect <= bannerAspect && named.contains(association) ? "photo" : nil
    }

    private static func confidence(of association: PortraitCandidate.Association) -> Double {
        switch association {
        case .alt, .fileName: 0.9
        case .container: 0.85
        case .caption, .profile: 0.8
        case .nearby: 0.6
        }
    }

    /// The people an image shows and how it was tied to them: its own words first (`alt`,
    /// `title`, file name, caption), then its card or row, then the text around it.
    private static func peopleShown(
        in image: Image, among people: [PersonMention], names: NamePatterns
    ) -> ([PersonMention], PortraitCandidate.Association) {
        // The file name is read only when `alt` and `title` name no one: most images' do.
        let sources: [(() -> String?, PortraitCandidate.Association)] = [
            ({ image.alt }, .alt), ({ image.title }, .alt), ({ fileWords(image.src) }, .fileName),
            ({ image.figcaption }, .caption),
        ]
        for (source, association) in sources {
            guard let text = source(), !text.isEmpty else { continue }
            let named = names.named(in: text)
            if !named.isEmpty { return (named, association) }
        }
        if let container = image.container?.path {
            let inContainer = unique(people.filter { $0.anchor.container?.path == container })
            if inContainer.count == 1 { return (inContainer, .container) }
        }
        let nearby = names.named(in: image.context)
        return nearby.count == 1 ? (nearby, .nearby) : ([], .nearby)
    }

    private static func unique(_ mentions: [PersonMention]) -> [PersonMention] {
        var seen: Set<String> = []
        return mentions.filter { seen.insert($0.key).inserted }
    }

    /// A profile page's `og:image`: the page whose title names exactly one person shares that
    /// person's picture.
    private static func profileImage(of document: HTMLDocument, among names: NamePatterns) -> PortraitCandidate? {
        guard let image = document.openGraph["og:image"], !isExcluded(image, alt: nil),
            let title = document.openGraph["og:title"] ?? document.title
        else { return nil }
        let named = names.named(in: title)
        guard named.count == 1 else { return nil }
        let resolved = URL(string: image, relativeTo: URL(string: document.baseURL))?.absoluteString ?? image
        return PortraitCandidate(
            person: named[0], image: resolved, originals: [], declaredSize: nil, association: .profile, peopleShown: 1,
            anchor: Anchor(path: "meta[property=og:image]", blockIndex: nil, offset: 0, container: nil, region: .main),
            context: "og:image of \(title)")
    }

    private static func declared(_ image: Image) -> PixelSize? {
        guard let width = image.width, let height = image.height, width > 0, height > 0 else { return nil }
        return PixelSize(width: width, height: height)
    }

    private static func isTooSmall(_ size: PixelSize?) -> Bool {
        guard let size else { return false }
        return size.shortSide < minimumSide
    }

    /// Logos, icons, spacers and placeholders by their file name or `alt`; vector and inline images.
    static func isExcluded(_ url: String, alt: String?) -> Bool {
        let lowered = url.lowercased()
        if lowered.hasPrefix("data:") || lowered.hasSuffix(".svg") || lowered.containsBytes(".svg?") { return true }
        if placeholderWords.contains(where: fileName(lowered).containsBytes) { return true }
        // Folded only when the file name did not tell: folding is the costly part.
        guard let alt, !alt.isEmpty else { return false }
        return NameFolding.fold(alt).split(separator: " ").contains(where: placeholderWordSet.contains)
    }

    private static let placeholderWordSet: Set<Substring> = Set(placeholderWords.map { $0[...] })

    /// The last non-empty path segment (the whole URL when there is none), found from the end:
    /// splitting a URL into all its segments cost more than the rest of the check.
    private static func fileName(_ url: String) -> Substring {
        if let slash = url.lastIndex(of: "/"), url.index(after: slash) < url.endIndex {
            return url[url.index(after: slash)...]
        }
        return url.split(separator: "/").last ?? url[...]
    }

    /// The file name's words: `le-quang-vinh-150x150.jpg` reads `le quang vinh 150x150`.
    private static func fileWords(_ url: String) -> String {
        let path = url.prefix { $0 != "?" && $0 != "#" }
        let name = path.split(separator: "/").last ?? ""
        let stem = name.lastIndex(of: ".").map { name[..<$0] } ?? name
        // Most file names are plain ASCII: their dashes and underscores are swapped byte for
        // byte, without Foundation's decoding and search.
        if stem.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "%") }) {
            return String(decoding: stem.utf8.map { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") ? 0x20 : $0 }, as: UTF8.self)
        }
        return (stem.removingPercentEncoding ?? String(stem)).replacingOccurrences(of: "-", with: " ")
            .replacingOccurrences(of: "_", with: " ")
    }

    /// Larger versions of an image, largest first: `srcset` by its width or density, the
    /// image linked around it, the URL with a CMS size suffix (`-150x150`, `_thumb`) removed.
    static func originals(of image: Image) -> [String] {
        var urls = image.srcset.sorted { descriptorValue($0.descriptor) > descriptorValue($1.descriptor) }.map(\.url)
        if let link = image.linkURL, isImageURL(link) { urls.append(link) }
        if let stripped = withoutSizeSuffix(image.src) { urls.append(stripped) }
        var seen: Set<String> = [image.src]
        return urls.filter { seen.insert($0).inserted }
    }

    /// `600w` is 600, `2x` is 2000 (densities above any width list's thumbnails), none is 0.
    private static func descriptorValue(_ descriptor: String?) -> Double {
        guard let descriptor, let number = Double(descriptor.dropLast()) else { return 0 }
        return descriptor.hasSuffix("x") ? number * 1000 : number
    }

    static func isImageURL(_ url: String) -> Bool {
        let path = url.prefix { $0 != "?" && $0 != "#" }.lowercased()
        return [".jpg", ".jpeg", ".png", ".gif", ".webp"].contains { path.hasSuffix($0) }
    }

    /// The URL without a CMS thumbnail suffix on its file name, nil when it has none:
    /// WordPress's `-150x150`, and `_thumb`, `-thumb`, `_small`, `-small`, `_thumbnail`.
    public static func withoutSizeSuffix(_ url: String) -> String? {
        let end = url.firstIndex { $0 == "?" || $0 == "#" } ?? url.endIndex
        let path = url[..<end]
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let stem = path[..<dot]
        for suffix in ["_thumbnail", "-thumbnail", "_thumb", "-thumb", "_small", "-small"] where stem.hasSuffix(suffix) {
            return String(stem.dropLast(suffix.count) + path[dot...])
        }
        // `-150x150`: a dash, digits, `x`, digits at the end of the stem.
        guard let dash = stem.lastIndex(of: "-") else { return nil }
        let size = stem[stem.index(after: dash)...].split(separator: "x", omittingEmptySubsequences: false)
        guard size.count == 2, size.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return String(stem[..<dash] + path[dot...])
    }

    /// What the report quotes for an image: its `alt` or caption, else the text around it.
    private static func context(of image: Image) -> String {
        [image.alt, image.figcaption, image.title].compactMap { $0 }.first { !$0.isEmpty } ?? image.context
    }
}

/// The names of a page's people as the whole-word patterns images are matched against: built
/// once per page, not once per image and source text.
private struct NamePatterns {
    private let people: [(mention: PersonMention, patterns: [String])]

    init(_ mentions: [PersonMention]) {
        var seen: Set<String> = []
        people = mentions.filter { seen.insert($0.key).inserted }.map { mention in
            let printed = NameFolding.fold(mention.name)
            return (mention, Array(Set([" \(mention.key) ", " \(printed) "])))
        }
    }

    /// The people whose folded name occurs in `text` as whole words, one mention each; a
    /// name inside a longer one found there (`hoang minh` in `hoang minh tuan`) is not another person.
    func named(in text: String) -> [PersonMention] {
        // The text's folded words between single spaces, split as every detector splits them.
        let padded = " " + Word.split(text).map(\.folded).joined(separator: " ") + " "
        let found = people.filter { $0.patterns.contains { padded.containsBytes($0) } }.map(\.mention)
        return found.filter { short in !found.contains { $0.key != short.key && " \($0.key) ".containsBytes(" \(short.key) ") } }
    }
}
