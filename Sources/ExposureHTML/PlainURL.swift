/// Resolving the plain references that make up nearly every page by hand: http(s) URLs and
/// relative references of ASCII that a URL holds as written (no spaces, no characters to encode).
///
/// Resolution follows RFC 3986 section 5 and then removes dot segments from the result, which
/// is what Foundation's `URL(string:relativeTo:)`, `absoluteURL` and `standardized` give for such
/// input, at a small fraction of the cost. Anything else (encoding, backslashes, other schemes,
/// hosts beyond letters, digits, dots and hyphens) is left to Foundation by ``URLResolver``.
struct PlainURL {
    private let scheme: [UInt8]
    private let authority: [UInt8]
    /// Empty or starting with `/`.
    private let path: [UInt8]
    private let query: [UInt8]?

    /// Takes apart an absolute http(s) URL, or returns nil when it is not plain.
    init?(_ url: String) {
        let parts = url.utf8.withContiguousStorageIfAvailable { bytes -> PlainURL? in
            guard let parts = Parts(bytes), let scheme = parts.scheme, let authority = parts.authority else {
                return nil
            }
            return PlainURL(
                scheme: Array(bytes[scheme]), authority: Array(bytes[authority]), path: Array(bytes[parts.path]),
                query: parts.query.map { Array(bytes[$0]) })
        }
        guard let parts = parts ?? nil else { return nil }
        self = parts
    }

    private init(scheme: [UInt8], authority: [UInt8], path: [UInt8], query: [UInt8]?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
    }

    /// How a reference starts, read from its bytes.
    enum SchemeReading: Equatable {
        /// No scheme: a relative reference.
        case none
        /// The lowercased scheme.
        case scheme(String)
        /// Non-ASCII next to the first colon, where only Unicode segmentation can tell.
        case unclear
    }

    /// The scheme of a trimmed reference: the ASCII before its first colon when that is a
    /// scheme per RFC 3986, as ``URLResolver`` reads it character by character.
    static func scheme(of reference: String) -> SchemeReading {
        let reading = reference.utf8.withContiguousStorageIfAvailable { bytes -> SchemeReading in
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return .none }
            // A combining mark after the colon would make it part of another character.
            if bytes[..<colon].contains(where: { $0 >= 0x80 }) || colon + 1 < bytes.count && bytes[colon + 1] >= 0x80 {
                return .unclear
            }
            guard isScheme(bytes[..<colon]) else { return .none }
            return .scheme(String(decoding: bytes[..<colon].map(lowercased), as: UTF8.self))
        }
        return reading ?? .unclear
    }

    /// The absolute URL for a trimmed reference whose scheme, if any, is http or https; nil when
    /// the reference is not plain, or is relative and there is no plain base.
    static func resolve(_ reference: String, against base: PlainURL?) -> String? {
        let resolved = reference.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.isEmpty, let parts = Parts(bytes) else { return nil }
            guard parts.scheme != nil || base != nil else { return nil }
            // Every part once, plus `://`, a merged path's `/`, `?` and `#`: dot removal only shortens.
            let capacity =
                bytes.count + 8
                + (base.map { $0.scheme.count + $0.authority.count + $0.path.count + ($0.query?.count ?? 0) } ?? 0)
            return String(unsafeUninitializedCapacity: capacity) { buffer in
                var output = Output(buffer: buffer)
                if let base, parts.scheme == nil {
                    output.append(base.scheme)
                    output.append("://".utf8)
                    if let authority = parts.authority {
                        output.append(bytes[authority])
                        output.appendPath(bytes[parts.path])
                    } else if parts.path.isEmpty {
                        output.append(base.authority)
                        output.appendPath(base.path)
                        if parts.query == nil, let query = base.query {
                            output.append(CollectionOfOne(UInt8(ascii: "?")))
                            output.append(query)
                        }
                    } else if bytes[parts.path.lowerBound] == UInt8(ascii: "/") {
                        output.append(base.authority)
                        output.appendPath(bytes[parts.path])
                    } else {
                        output.append(base.authority)
                        // RFC 3986 5.2.3: the base path up to its last slash, then the reference's.
                        let root = output.count
                        if let slash = base.path.lastIndex(of: UInt8(ascii: "/")) {
                            output.append(base.path[...slash])
                        } else {
                            output.append(CollectionOfOne(UInt8(ascii: "/")))
                        }
                        output.append(bytes[parts.path])
                        output.removeDotSegments(from: root)
                    }
                } else if let scheme = parts.scheme, let authority = parts.authority {
                    output.append(bytes[scheme])
                    output.append("://".utf8)
                    output.append(bytes[authority])
                    output.appendPath(bytes[parts.path])
                }
                if let query = parts.query {
                    output.append(CollectionOfOne(UInt8(ascii: "?")))
                    output.append(bytes[query])
                }
                if let fragment = parts.fragment {
                    output.append(CollectionOfOne(UInt8(ascii: "#")))
                    output.append(bytes[fragment])
                }
                return output.count
            }
        }
        return resolved ?? nil
    }

    /// The bytes of a resolved URL, written straight into its string's storage.
    private struct Output {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        mutating func append(_ bytes: some Collection<UInt8>) {
            for byte in bytes {
                buffer[count] = byte
                count += 1
            }
        }

        /// Appends an empty or `/`-rooted path without its dot segments.
        mutating func appendPath(_ path: some Collection<UInt8>) {
            let root = count
            append(path)
            removeDotSegments(from: root)
        }

        /// Removes the `.` and `..` segments of the `/`-rooted path written from `root` on
        /// (RFC 3986 5.2.4), compacting it in place: what is kept never overtakes what is read.
        mutating func removeDotSegments(from root: Int) {
            guard count > root, PlainURL.hasDotSegment(buffer[root..<count]) else { return }
            let end = count
            var read = root + 1
            var write = root
            while true {
                var segmentEnd = read
                while segmentEnd < end, buffer[segmentEnd] != UInt8(ascii: "/") { segmentEnd += 1 }
                let isLast = segmentEnd == end
                let length = segmentEnd - read
                let isDot = length == 1 && buffer[read] == UInt8(ascii: ".")
                let isDotDot = length == 2 && buffer[read] == UInt8(ascii: ".") && buffer[read + 1] == UInt8(ascii: ".")
                if isDot || isDotDot {
                    if isDotDot, let slash = buffer[root..<write].lastIndex(of: UInt8(ascii: "/")) { write = slash }
                    // A path ending in a dot segment ends in a slash.
                    if isLast {
                        buffer[write] = UInt8(ascii: "/")
                        write += 1
                    }
                } else {
                    buffer[write] = UInt8(ascii: "/")
                    write += 1
                    for index in read..<segmentEnd {
                        buffer[write] = buffer[index]
                        write += 1
                    }
                }
                if isLast { break }
                read = segmentEnd + 1
            }
            if write == root {
                buffer[write] = UInt8(ascii: "/")
                write += 1
            }
            count = write
        }
    }

    /// Whether a path has a segment that is exactly `.` or `..`.
    fileprivate static func hasDotSegment<Path: RandomAccessCollection<UInt8>>(_ path: Path) -> Bool
    where Path.Index == Int {
        var index = path.startIndex
        while let dot = path[index...].firstIndex(of: UInt8(ascii: ".")) {
            let startsSegment = dot == path.startIndex || path[dot - 1] == UInt8(ascii: "/")
            var end = dot + 1
            if end < path.endIndex, path[end] == UInt8(ascii: ".") { end += 1 }
            if startsSegment, end == path.endIndex || path[end] == UInt8(ascii: "/") { return true }
            index = dot + 1
        }
        return false
    }

    /// A reference split as in RFC 3986 appendix B, into ranges of its bytes.
    private struct Parts {
        var scheme: Range<Int>?
        var authority: Range<Int>?
        var path: Range<Int>
        var query: Range<Int>?
        var fragment: Range<Int>?

        /// Splits `bytes`, or returns nil when a byte or a part is not plain.
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            let count = bytes.count
            var index = 0
            let firstEnd =
                bytes.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
                ?? count
            if let colon = bytes[..<firstEnd].firstIndex(of: UInt8(ascii: ":")) {
                // Only http and https, followed by an authority: `https:x` and `https:/x` read oddly.
                guard isHTTP(bytes[..<colon]), colon + 2 < count, bytes[colon + 1] == UInt8(ascii: "/"),
                    bytes[colon + 2] == UInt8(ascii: "/")
                else { return nil }
                scheme = 0..<colon
                index = colon + 1
            }
            if index + 1 < count, bytes[index] == UInt8(ascii: "/"), bytes[index + 1] == UInt8(ascii: "/") {
                let start = index + 2
                var end = start
                while end < count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"),
                    bytes[end] != UInt8(ascii: "#")
                {
                    end += 1
                }
                guard isPlainAuthority(bytes[start..<end]) else { return nil }
                authority = start..<end
                index = end
            }
            let pathStart = index
            guard
                let pathEnd = scan(
                    bytes, from: index, allowing: isPathByte,
                    until: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") })
            else { return nil }
            path = pathStart..<pathEnd
            index = pathEnd
            if index < count, bytes[index] == UInt8(ascii: "?") {
                let end = scan(bytes, from: index + 1, allowing: isQueryByte, until: { $0 == UInt8(ascii: "#") })
                guard let end else { return nil }
                query = (index + 1)..<end
                index = end
            }
            if index < count {
                let end = scan(bytes, from: index + 1, allowing: isQueryByte, until: { _ in false })
                guard let end, end == count else { return nil }
                fragment = (index + 1)..<end
            }
        }
    }

    /// The index where a part starting at `start` ends (at a terminator or the end), or
    /// nil when it holds a byte `allowed` rejects or a `%` not followed by two hex digits.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, allowing allowed: (UInt8) -> Bool,
        until isTerminator: (UInt8) -> Bool
    ) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if isTerminator(byte) { return index }
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) else {
                    return nil
                }
                index += 3
                continue
            }
            guard allowed(byte) else { return nil }
            index += 1
        }
        return index
    }

    /// Unreserved and sub-delimiter characters, `:`, `@` and `/`: what a path keeps as written.
    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"),
            UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="),
            UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "/"):
            true
        default: false
        }
    }

    /// What a query or fragment keeps as written: a path's characters and `?`.
    private static func isQueryByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "?") || isPathByte(byte)
    }

    /// A host of letters, digits, dots and hyphens, with an optional port of up to five digits.
    private static func isPlainAuthority(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let colon = bytes.firstIndex(of: UInt8(ascii: ":")) ?? bytes.endIndex
        let host = bytes[..<colon]
        guard !host.isEmpty,
            host.allSatisfy({ isLetterOrDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") })
        else { return false }
        guard colon < bytes.endIndex else { return true }
        let port = bytes[(colon + 1)...]
        return (1...5).contains(port.count) && port.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    private static func isScheme(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = bytes.first, isLetter(first) else { return false }
        return bytes.allSatisfy {
            isLetterOrDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }

    private static func isHTTP(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let scheme = bytes.lazy.map(lowercased)
        return scheme.elementsEqual("http".utf8) || scheme.elementsEqual("https".utf8)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
