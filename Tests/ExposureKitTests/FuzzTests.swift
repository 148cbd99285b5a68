import ExposureCore
import ExposureKit
import Foundation
import LoopbackServer
import Testing

/// SplitMix64: a tiny seeded generator, so a failing input can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random and mutated HTML through parsing, detection and linking: nothing may crash or hang,
/// and every result must still be well formed.
@Suite(.timeLimit(.minutes(2))) struct FuzzTests {
    static let seeds: [[UInt8]] = {
        let directory = SampleSite.packageRoot.appendingPathComponent("Corpus/pages")
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.path < $1.path }.compactMap { try? [UInt8](Data(contentsOf: $0)) }
    }()

    static let fragments: [[UInt8]] = [
        "<table>", "</td>", "<tr><td>", "<div class=\"card\">", "</div>", "<!--", "-->", "<script>", "<![CDATA[",
        "&#x1F600;", "&#0;", "&#xD800;", "&amp", "<a href=\"tel:", "<a href=\"mailto:", "@", "[at]", "0912.345.678",
        "Nguyễn Văn An", "\u{0301}\u{0301}\u{0301}", "<br>", "\u{0}", "<meta charset=\"windows-1258\">",
        "<img srcset=\"a 1x, , b", "<base href=\"javascript:x\">", "<h1>", "\u{202E}", "\u{1B}[2J",
    ].map { Array($0.utf8) }

    static func mutate(_ page: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
        var bytes = page
        for _ in 0..<Int.random(in: 1...20, using: &rng) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &rng)
            case 1: bytes.insert(contentsOf: fragments.randomElement(using: &rng)!, at: position)
            case 2 where !bytes.isEmpty: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...200, using: &rng)))
            case 3: bytes = Array(bytes.prefix(position))
            case 4: bytes.insert(contentsOf: Array(repeating: Array("<div><span>".utf8), count: Int.random(in: 1...400, using: &rng)).flatMap { $0 }, at: position)
            default: bytes.insert(contentsOf: (0..<Int.random(in: 1...64, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }, at: position)
            }
        }
        return bytes
    }

    static func checkWellFormed(_ analysis: PageAnalysis) {
        for item in analysis.linked {
            #expect(!item.detection.normalized.isEmpty)
            #expect((0...1).contains(item.confidence))
            #expect(item.detection.context.count <= Evidence.maximumContextLength)
        }
        for mention in analysis.mentions { #expect(!mention.key.isEmpty) }
    }

    @Test func mutatedCorpusPages() async {
        #expect(Self.seeds.count >= 30)
        let analyzer = PageAnalyzer(subject: Subject(name: "Nguyễn Văn An"))
        var rng = SplitMix64(state: 20_261_123)
        for iteration in 0..<300 {
            let page = Self.mutate(Self.seeds[iteration % Self.seeds.count], using: &rng)
            Self.checkWellFormed(analyzer.analyze(page, url: "https://s.gov.vn/p/\(iteration)", contentType: nil))
            // Long CPU-bound loops must not starve other suites' tasks of the shared pool.
            await Task.yield()
        }
    }

    @Test func randomBytesAndDeclaredCharsets() async {
        let analyzer = PageAnalyzer(subject: Subject(name: nil))
        var rng = SplitMix64(state: 7)
        let charsets = [nil, "text/html; charset=windows-1258", "text/html; charset=utf-16", "text/html; charset=bogus"]
        for iteration in 0..<200 {
            let bytes = (0..<Int.random(in: 0...4096, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            Self.checkWellFormed(
                analyzer.analyze(bytes, url: "https://s.gov.vn/r/\(iteration)", contentType: charsets[iteration % charsets.count]))
            await Task.yield()
        }
    }

    @Test func deepNestingAndHugeTextStayBounded() {
        let analyzer = PageAnalyzer(subject: Subject(name: nil))
        let deep = Array((String(repeating: "<div><table><tr><td>", count: 5_000) + "Ông Lê Văn Tám DĐ: 0912 345 678").utf8)
        Self.checkWellFormed(analyzer.analyze(deep, url: "https://s.gov.vn/deep", contentType: nil))
        let digits = Array(("<p>" + String(repeating: "0912 ", count: 100_000) + "</p>").utf8)
        Self.checkWellFormed(analyzer.analyze(digits, url: "https://s.gov.vn/digits", contentType: nil))
    }
}
