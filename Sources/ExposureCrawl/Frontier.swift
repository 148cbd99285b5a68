/// The queue of URLs to fetch, breadth first, deduplicated before anything is enqueued.
struct Frontier {
    /// A URL waiting to be fetched, and how it was reached.
    struct Target: Sendable {
        enum Kind: Sendable, Equatable {
            case page
            case sitemap
            /// `/sitemap.xml` tried without being announced; its absence is not an error.
            case guessedSitemap
            /// A document or an image, read and never followed.
            case media(CrawlLink.Kind)
        }

        var url: String
        var depth: Int
        var kind: Kind = .page
        /// The redirect hops that led here, oldest first; empty for a link.
        var redirectChain: [String] = []

        var isMedia: Bool {
            if case .media = kind { return true }
            return false
        }

        /// The key the frontier deduplicates on: the URL, except that an image whose first
        /// bytes were read may be fetched once more whole.
        var seenKey: URLFingerprint {
            URLFingerprint(url, wholeImage: kind == .media(.wholeImage))
        }
    }

    private var queue: [Target] = []
    private var head = 0
    private var seen: Set<URLFingerprint> = []

    var isEmpty: Bool { head == queue.count }
    var count: Int { queue.count - head }

    /// Whether a URL was ever enqueued, by its ``Target/seenKey``.
    func hasSeen(_ key: URLFingerprint) -> Bool { seen.contains(key) }

    /// Adds a target unless its URL was seen before; returns whether it was added.
    @discardableResult
    mutating func enqueue(_ target: Target) -> Bool {
        guard seen.insert(target.seenKey).inserted else { return false }
        queue.append(target)
        return true
    }

    mutating func next() -> Target? {
        guard head < queue.count else { return nil }
        defer {
            head += 1
            // Drop consumed entries now and then so a long crawl does not keep them all.
            if head > 4096 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
        }
        return queue[head]
    }

    /// Empties the queue, returning how many targets were waiting.
    mutating func drain() -> Int {
        let waiting = count
        queue.removeAll()
        head = 0
        return waiting
    }
}
