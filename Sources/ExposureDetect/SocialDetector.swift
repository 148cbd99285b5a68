import ExposureCore
import ExposureHTML
import Foundation

/// Finds social-network accounts: Facebook, Zalo, Telegram, TikTok, YouTube, Skype, X (Twitter),
/// Instagram and LinkedIn, in links, in URLs printed as text, in labelled handles
/// (`Facebook: @name`, `Skype: name`, `Zalo: 0912 345 678`) and in JSON-LD `sameAs` lists.
///
/// Each is a channel a scammer can message the victim on, or watch them through. The
/// normalized value is the account's address, `https://` + host + account path, with share,
/// post and tracking parts dropped (`https://www.facebook.com/name`,
/// `https://www.facebook.com/profile.php?id=1000…`, `https://zalo.me/0912345678`); handles
/// printed without a link get the network's usual address. A Zalo account is reached by its
/// owner's mobile number, which is normalized to the national form Zalo links use. Share
/// buttons, embeds, plugins, posts and groups name no person's account and are skipped.
public struct SocialDetector: Detector {
    /// A network and where it lives.
    enum Network: String {
        case facebook, zalo, telegram, tiktok, youtube, skype, x, instagram, linkedin

        /// The host an account printed as a bare handle is addressed at.
        var canonicalHost: String {
            switch self {
            case .facebook: "www.facebook.com"
            case .zalo: "zalo.me"
            case .telegram: "t.me"
            case .tiktok: "www.tiktok.com"
            case .youtube: "www.youtube.com"
            case .skype: ""
            case .x: "x.com"
            case .instagram: "www.instagram.com"
            case .linkedin: "www.linkedin.com"
            }
        }
    }

    /// Networks by registrable domain (the host's last two labels).
    private static let networksByDomain: [String: Network] = [
        "facebook.com": .facebook, "fb.com": .facebook, "fb.me": .facebook, "m.me": .facebook, "zalo.me": .zalo,
        "t.me": .telegram, "telegram.me": .telegram, "tiktok.com": .tiktok, "youtube.com": .youtube,
        "twitter.com": .x, "x.com": .x, "instagram.com": .instagram, "linkedin.com": .linkedin,
    ]

    /// First path segments that are pages of the network itself, not accounts (lower case).
    private static let reservedPaths: [Network: Set<String>] = [
        .facebook: [
            "sharer", "sharer.php", "share.php", "share", "dialog", "plugins", "tr", "login", "login.php",
            "help", "policies", "privacy", "legal", "watch", "events", "groups", "hashtag", "photo.php", "photo",
            "photos", "story.php", "permalink.php", "home.php", "search", "l.php", "reel", "stories", "gaming",
            "marketplace", "ads", "business", "settings", "messages", "notes", "video.php", "media", "v2.0",
        ],
        .telegram: ["share", "joinchat", "s", "addstickers", "iv", "proxy", "socks", "c"],
        .x: [
            "intent", "share", "home", "search", "hashtag", "i", "login", "signup", "explore", "settings",
            "messages", "notifications", "privacy", "tos", "widgets.js", "widgets", "compose",
        ],
        .instagram: [
            "p", "reel", "reels", "explore", "accounts", "stories", "tv", "direct", "about", "developer", "legal",
        ],
    ]

    /// Bytes that any account printed in a text holds: a network's name where a label or a URL
    /// names it, `.com/` and `.me/` of printed URLs, `@` of handles. They start with bytes that
    /// are rare in Vietnamese (no `f`, `z`) or in text, so most blocks are passed over in one scan.
    private static let textCues = ByteCues([
        "facebook", "Facebook", "FACEBOOK", "fb.", "FB:", "zalo", "Zalo", "ZALO", "@", ".com/", ".me/", "Skype",
        "SKYPE",
    ])
    /// Bytes that any account link holds: its network's domain (and `skype:`).
    private static let linkCues = ByteCues([
        "facebook.", "fb.", "zalo.me", ".me/", "tiktok.", "youtube.", "twitter.", "x.com", "instagram.",
        "linkedin.", "skype:",
    ])

    /// Labels that introduce an account printed as a handle, folded, with the networks they name.
    private static let handleLabels: [String: Network] = [
        "facebook": .facebook, "fb": .facebook, "zalo": .zalo, "telegram": .telegram, "tiktok": .tiktok,
        "youtube": .youtube, "skype": .skype, "twitter": .x, "x": .x, "instagram": .instagram,
    ]

    /// An account found on the page.
    struct Account: Equatable {
        var network: Network
        /// The account's address, as the report stores it.
        var address: String
    }

    public init() {}

    public func detect(in page: PageText) -> [Detection] {
        var detections: [Detection] = []
        var seen: Set<String> = []
        func add(_ account: Account, value: String, anchor: Anchor, context: String, confidence: Double) {
            guard seen.insert(account.address).inserted else { return }
            detections.append(
                Detection(
                    kind: .social, subtype: account.network.rawValue, value: value, normalized: account.address,
                    confidence: confidence, anchor: anchor, context: context))
        }
        let links = page.document.links
        for linkIndex in links.indices where Self.linkCues.occurs(in: links[linkIndex].url) {
            let link = links[linkIndex]
            guard link.kind == .anchor, let account = Self.account(inURL: link.url) else { continue }
            // The account's address stands for the link, without its tracking parameters.
            let context = link.text.isEmpty ? account.address : link.text
            add(account, value: account.address, anchor: page.anchor(of: link), context: context, confidence: 0.9)
        }
        let blocks = page.document.blocks
        for blockIndex in blocks.indices where Self.textCues.occurs(in: blocks[blockIndex].text) {
            let text = blocks[blockIndex].text
            for (account, range) in accounts(inText: text, words: page.words(ofBlock: blockIndex)) {
                add(
                    account, value: String(text[range]), anchor: page.anchor(block: blockIndex, at: range.lowerBound),
                    context: Snippet.around(range, in: text), confidence: 0.85)
            }
        }
        return detections
    }

    // MARK: Links

    /// The account a URL points at, or nil for any other page (shares, posts, embeds, ...).
    static func account(inURL url: String) -> Account? {
        if url.utf8.count > 6, url.prefix(6).lowercased() == "skype:" {
            let name = url.dropFirst(6).prefix { $0 != "?" }
            return isHandle(name, extra: ".:-_") ? Account(network: .skype, address: "skype:\(name)") : nil
        }
        guard let schemeEnd = url.firstRange(of: "://"),
            ["http", "https"].contains(url[..<schemeEnd.lowerBound].lowercased())
        else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let host = rest[..<hostEnd].lowercased()
        guard let network = network(ofHost: host) else { return nil }
        let afterHost = rest[hostEnd...].prefix { $0 != "#" }
        let path = afterHost.prefix { $0 != "?" }
        let query = afterHost.dropFirst(path.count)
        let segments = path.split(separator: "/")
        guard let handle = handle(in: segments, query: query, of: network) else { return nil }
        return Account(network: network, address: "https://\(host)/\(handle)")
    }

    private static func network(ofHost host: String) -> Network? {
        let labels = host.split(separator: ".")
        guard labels.count >= 2 else { return nil }
        return networksByDomain[labels.suffix(2).joined(separator: ".")]
    }

    /// The account part of a path on `network`: `name`, `profile.php?id=…`, `@name`, `in/name`.
    private static func handle(in segments: [Substring], query: Substring, of network: Network) -> String? {
        guard let first = segments.first else { return nil }
        if let reserved = reservedPaths[network], reserved.contains(first.lowercased()) { return nil }
        switch network {
        case .facebook:
            if first.lowercased() == "profile.php" {
                let id = query.split(separator: "&").first { $0.hasPrefix("?id=") || $0.hasPrefix("id=") }
                let digits = id?.split(separator: "=").last ?? ""
                return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit) ? "profile.php?id=\(digits)" : nil
            }
            // Old page and profile addresses: `pages/Name/123…`, `people/Name/100…`.
            if first == "pages" || first == "people" {
                return segments.count >= 3 ? segments.prefix(3).joined(separator: "/") : nil
            }
            return isHandle(first, extra: ".-_") && !first.hasSuffix(".php") ? String(first) : nil
        case .zalo:
            guard first.allSatisfy(\.isASCIIDigit) else { return nil }
            return zaloNumber(String(first)) ?? (first.count >= 12 ? String(first) : nil)
        case .telegram, .x:
            return isHandle(first, extra: "_") ? String(first) : nil
        case .instagram:
            return isHandle(first, extra: "._") ? String(first) : nil
        case .tiktok:
            return first.hasPrefix("@") && isHandle(first.dropFirst(), extra: "._") ? String(first) : nil
        case .youtube:
            if first.hasPrefix("@") { return isHandle(first.dropFirst(), extra: "._-") ? String(first) : nil }
            guard ["channel", "c", "user"].contains(first), segments.count >= 2, isHandle(segments[1], extra: "._-")
            else { return nil }
            return "\(first)/\(segments[1])"
        case .linkedin:
            guard ["in", "company", "school", "pub"].contains(first), segments.count >= 2,
                isHandle(segments[1], extra: "-_%.")
            else { return nil }
            return "\(first)/\(segments[1])"
        case .skype:
            return nil
        }
    }

    /// Whether the text is a plausible account name: letters, digits and the network's few marks,
    /// at least one letter or digit.
    private static func isHandle(_ text: Substring, extra: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 100 && text.contains { $0.isASCIILetterOrDigit }
            && text.allSatisfy { $0.isASCIILetterOrDigit || extra.contains($0) }
    }

    /// A Zalo account number in the national mobile form Zalo links use, `0912345678`, from
    /// `0912345678`, `84912345678` or `+84912345678`; nil when the digits are no Vietnamese
    /// mobile (an official account's id).
    static func zaloNumber(_ number: String) -> String? {
        let digits = number.hasPrefix("+") ? number.dropFirst() : number[...]
        let national = digits.hasPrefix("84") && digits.count == 11 ? "0" + digits.dropFirst(2) : String(digits)
        let group = PhoneNumber.Group(digits: national[...], separator: "", plus: false)
        guard PhoneNumber.parse([group][...])?.subtype == "mobile" else { return nil }
        return national
    }

    // MARK: Text

    /// Words that are a network's domain label when a dot follows (`facebook.com`, `zalo.me`).
    private static let domainWords: Set<String> = [
        "facebook", "fb", "zalo", "t", "telegram", "tiktok", "youtube", "twitter", "x", "instagram", "linkedin",
    ]

    /// Accounts printed in a block: URLs without a link, and handles after a network's label.
    private func accounts(inText text: String, words: [Word]) -> [(Account, Range<String.Index>)] {
        var found: [(Account, Range<String.Index>)] = []
        var searchedUpTo = text.startIndex
        for word in words where word.text.startIndex >= searchedUpTo {
            let isDomain = word.text.endIndex < text.endIndex && text.utf8[word.text.endIndex] == UInt8(ascii: ".")
            if isDomain, Self.domainWords.contains(word.folded) {
                guard let (account, range) = printedURL(around: word.text, in: text) else { continue }
                found.append((account, range))
                searchedUpTo = range.upperBound
            } else if !isDomain, let network = Self.handleLabels[word.folded],
                let account = handle(after: word.text, on: network, in: text)
            {
                found.append(account)
                searchedUpTo = account.1.upperBound
            } else if word.folded == "zalo", let account = zaloNumber(before: word) {
                found.append(account)
            }
        }
        return found
    }

    /// The URL printed around a network's domain word: the run of URL characters holding it,
    /// from its scheme (or its host) to its last path character.
    private func printedURL(around domain: Substring, in text: String) -> (Account, Range<String.Index>)? {
        // URLs are ASCII, so the run is found on bytes, and every index it stops at is a character's.
        let bytes = text.utf8
        var start = domain.startIndex
        while start > bytes.startIndex, Self.isURLByte(bytes[bytes.index(before: start)]) {
            bytes.formIndex(before: &start)
        }
        var end = domain.endIndex
        while end < bytes.endIndex, Self.isURLByte(bytes[end]) { bytes.formIndex(after: &end) }
        // A sentence's full stop or comma, or a closing bracket, ends the URL before it.
        while end > domain.endIndex, ".,:;)!?".utf8.contains(bytes[bytes.index(before: end)]) {
            bytes.formIndex(before: &end)
        }
        var printed = text[start..<end]
        let lead = text[start..<domain.startIndex]
        // `Fanpage:https://…`, `Facebook:facebook.com/…`: the URL starts at its scheme, else its host.
        if let scheme = lead.firstRange(of: "http") {
            printed = text[scheme.lowerBound..<end]
        } else if let separator = lead.utf8.lastIndex(where: { !Self.isHostByte($0) }) {
            // `user@facebook.com`: an email address at the network, not an account.
            guard bytes[separator] != UInt8(ascii: "@") else { return nil }
            printed = text[bytes.index(after: separator)..<end]
        }
        let url = printed.hasPrefix("http") ? String(printed) : "https://" + printed
        guard let account = Self.account(inURL: url) else { return nil }
        return (account, printed.startIndex..<printed.endIndex)
    }

    private static func isURLByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || "-._~:/?#@!$&'*+=%),".utf8.contains(byte)
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// `Facebook: @name`, `Instagram @name`, `Skype: name`, `Zalo: 0912 345 678` after a label word.
    private func handle(
        after label: Substring, on network: Network, in text: String
    ) -> (Account, Range<String.Index>)? {
        let rest = text[label.endIndex...].prefix(40)
        let labelEnd = rest.prefix { " :-–\u{A0})".contains($0) }
        guard !labelEnd.isEmpty else { return nil }
        let value = rest[labelEnd.endIndex...]
        switch network {
        case .zalo:
            guard let (match, range) = Self.phone(in: value), range.lowerBound == value.startIndex,
                let number = Self.zaloNumber(match.number.e164)
            else { return nil }
            return (Account(network: .zalo, address: "https://zalo.me/\(number)"), range)
        case .skype:
            // Skype names carry no `@`, so only a colon marks one: `Skype: ten.dang.nhap`.
            let name = value.prefix { $0.isASCIILetterOrDigit || ".:-_".contains($0) }
            guard labelEnd.contains(":"), name.count >= 3, Self.isHandle(name, extra: ".:-_") else { return nil }
            return (Account(network: .skype, address: "skype:\(name)"), name.startIndex..<name.endIndex)
        default:
            guard value.first == "@" else { return nil }
            let name = value.dropFirst().prefix { $0.isASCIILetterOrDigit || "._".contains($0) }
            guard Self.isHandle(name, extra: "._") else { return nil }
            let path = network == .tiktok || network == .youtube ? "@\(name)" : String(name)
            return (
                Account(network: network, address: "https://\(network.canonicalHost)/\(path)"),
                value.startIndex..<name.endIndex
            )
        }
    }

    /// `0912 345 678 (Zalo)`, `0912 345 678 - Zalo`: a mobile printed just before the word.
    private func zaloNumber(before word: Word) -> (Account, Range<String.Index>)? {
        guard word.gap.utf8.contains(where: \.isASCIIDigit), let (match, range) = Self.phone(in: word.gap, last: true),
            word.gap[range.upperBound...].allSatisfy({ " (-/".contains($0) }),
            let number = Self.zaloNumber(match.number.e164)
        else { return nil }
        return (Account(network: .zalo, address: "https://zalo.me/\(number)"), range)
    }

    /// The first (or last) phone number in a piece of a text, with its range in that text.
    private static func phone(in piece: Substring, last: Bool = false) -> (PhoneDetector.Match, Range<String.Index>)? {
        let copy = String(piece)
        let matches = PhoneDetector.matches(in: copy)
        guard let match = last ? matches.last : matches.first else { return nil }
        let offset = copy.utf8.distance(from: copy.startIndex, to: match.range.lowerBound)
        let length = copy.utf8.distance(from: match.range.lowerBound, to: match.range.upperBound)
        let start = piece.utf8.index(piece.startIndex, offsetBy: offset)
        let end = piece.utf8.index(start, offsetBy: length)
        return (match, start..<end)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}
