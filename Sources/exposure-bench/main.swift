// exposure-bench: the per-page CPU cost of parsing and detection, without the network.
//
//     exposure-bench SITE_DIR [--limit N] [--repeat R] [--dump N]
//     exposure-bench --store HISTORY_DB REPORT_JSON [--repeat R]   (see StoreBench.swift)
//
// Loads N `.html` files under SITE_DIR (default 2000; an even sample of the sorted paths when
// there are more) into memory, then times, single-threaded and per page:
//   (a) `HTMLParser.parse` alone, R passes over all pages (default 3);
//   (b) the audit's per-page pipeline, stage by stage, one pass: parse, each of
//       `TextDetectors.all`, `StructuredDataDetector`, `PersonDetector` (site mode) and
//       `PersonLinker.link`,
// the same calls `Auditor.run` makes for every fetched page. `scripts/bench/run.sh` runs it on
// the generated benchmark site.

import ExposureCore
import ExposureDetect
import ExposureHTML
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct Options {
    var directory = ""
    var limit = 2000
    var repeats = 3
    /// Print what the detectors found on the first N pages (a sanity check of the site), then exit.
    var dump = 0
    /// A history and the scan report written with it, to time the writes instead (StoreBench.swift).
    var store: (history: String, report: String)?

    static func parse(_ arguments: [String]) -> Options? {
        var options = Options()
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--limit":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else { return nil }
                options.limit = value
            case "--repeat":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else { return nil }
                options.repeats = value
            case "--dump":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else { return nil }
                options.dump = value
            case "--store":
                guard let history = rest.popFirst(), let report = rest.popFirst() else { return nil }
                options.store = (history, report)
            case "-h", "--help":
                return nil
            default:
                guard options.directory.isEmpty, !argument.hasPrefix("-") else { return nil }
                options.directory = argument
            }
        }
        return options.directory.isEmpty && options.store == nil ? nil : options
    }
}

struct Page {
    var url: String
    var bytes: [UInt8]
}

func loadPages(under directory: String, limit: Int) -> [Page] {
    let root = URL(fileURLWithPath: directory).standardizedFileURL
    guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
    var paths: [String] = []
    while let relative = enumerator.nextObject() as? String {
        if relative.hasSuffix(".html") { paths.append(relative) }
    }
    paths.sort()
    if paths.count > limit {  // an even sample over the sorted paths, so every kind of page is in it
        paths = (0..<limit).map { paths[$0 * paths.count / limit] }
    }
    return paths.compactMap { relative in
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else {
            return nil
        }
        let path = relative == "index.html" ? "" : relative
        return Page(url: "http://127.0.0.1/" + path, bytes: [UInt8](data))
    }
}

func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1e3 + Double(attoseconds) / 1e15
}

/// CPU time of the whole process (user + system), in milliseconds.
func processCPUMilliseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) * 1e3 + Double(spec.tv_nsec) / 1e6
}

func peakRSSMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

func format(_ value: Double, _ decimals: Int = 3) -> String {
    String(format: "%.\(decimals)f", value)
}

guard let options = Options.parse(CommandLine.arguments) else {
    FileHandle.standardError.write(
        Data(
            ("usage: exposure-bench SITE_DIR [--limit N] [--repeat R] [--dump N]\n"
                + "       exposure-bench --store HISTORY_DB REPORT_JSON [--repeat R]\n").utf8))
    exit(64)
}

if let store = options.store {
    try await benchmarkStore(history: store.history, reportPath: store.report, repeats: options.repeats)
}

let pages = loadPages(under: options.directory, limit: options.limit)
guard !pages.isEmpty else {
    FileHandle.standardError.write(Data("exposure-bench: no .html files under \(options.directory)\n".utf8))
    exit(66)
}
let totalBytes = pages.reduce(0) { $0 + $1.bytes.count }
print(
    "exposure-bench: \(pages.count) pages, \(format(Double(totalBytes) / Double(pages.count) / 1024, 1)) KiB/page "
        + "on average, from \(options.directory)")

if options.dump > 0 {
    for page in pages.prefix(options.dump) {
        let document = HTMLParser.parse(page.bytes, url: page.url, contentType: "text/html")
        let detections = PhoneDetector().detect(in: document) + EmailDetector().detect(in: document)
        let mentions = PersonDetector(subject: Subject(name: nil)).mentions(in: document)
        print("\(page.url): \(document.blocks.count) blocks, \(document.links.count) links")
        for linked in PersonLinker.link(detections, to: mentions, in: document) {
            let detection = linked.detection
            print("  \(detection.kind) \(detection.normalized) [\(detection.anchor.region)] -> \(linked.person?.name ?? "-")")
        }
        for mention in mentions { print("  person \(mention.name) [\(mention.anchor.region)]") }
    }
    exit(0)
}

let clock = ContinuousClock()

// Warm-up: page in code and let the allocator settle.
for page in pages.prefix(50) { _ = HTMLParser.parse(page.bytes, url: page.url, contentType: "text/html") }

// (a) Parsing alone.
var blockCount = 0
var linkCount = 0
let parseCPUStart = processCPUMilliseconds()
let parseStart = clock.now
for _ in 0..<options.repeats {
    for page in pages {
        let document = HTMLParser.parse(page.bytes, url: page.url, contentType: "text/html")
        blockCount &+= document.blocks.count
        linkCount &+= document.links.count
    }
}
let parseWall = milliseconds(clock.now - parseStart)
let parseCPU = processCPUMilliseconds() - parseCPUStart
let parsedPages = Double(pages.count * options.repeats)

// (b) The audit's per-page pipeline, stage by stage: parse, each detector, people, linking.
let detectors: [(name: String, detector: any Detector)] =
    TextDetectors.all.map { ("\(type(of: $0)).detect", $0) }
    + [("StructuredDataDetector.detect", StructuredDataDetector())]
let personDetector = PersonDetector(subject: Subject(name: nil))
let memo = DetectionMemo()
let names = ["HTMLParser.parse"] + detectors.map(\.name) + ["PersonDetector.mentions", "PersonLinker.link"]
var stage = [Duration](repeating: .zero, count: names.count)
var phones = 0
var emails = 0
var mentionCount = 0
var linkedToPerson = 0
let pipelineCPUStart = processCPUMilliseconds()
let pipelineStart = clock.now
for page in pages {
    var t0 = clock.now
    let document = HTMLParser.parse(page.bytes, url: page.url, contentType: "text/html")
    stage[0] += clock.now - t0
    // One PageText per page with one memo for the run, as the audit makes: the first detector
    // to read words (titles) pays for splitting and folding them, the person detector reuses
    // them, and blocks seen on earlier pages are not read again.
    let text = PageText(document, memo: memo)
    var detections: [Detection] = []
    for (position, entry) in detectors.enumerated() {
        t0 = clock.now
        detections += entry.detector.detect(in: text)
        stage[position + 1] += clock.now - t0
    }
    t0 = clock.now
    let mentions = personDetector.mentions(in: text)
    text.rememberRepeatedBlocks()
    stage[names.count - 2] += clock.now - t0
    t0 = clock.now
    let linked = PersonLinker.link(detections, to: mentions, in: document)
    stage[names.count - 1] += clock.now - t0
    phones += detections.count { $0.kind == .phone }
    emails += detections.count { $0.kind == .email }
    mentionCount += mentions.count
    linkedToPerson += linked.count { $0.person != nil }
}
let pipelineWall = milliseconds(clock.now - pipelineStart)
let pipelineCPU = processCPUMilliseconds() - pipelineCPUStart
let n = Double(pages.count)

print("")
print("(a) HTMLParser.parse only, \(options.repeats) passes")
print("    parse                 \(format(parseWall / parsedPages)) ms/page wall, \(format(parseCPU / parsedPages)) ms/page CPU")
print("    per page: \(format(Double(blockCount) / parsedPages, 1)) text blocks, \(format(Double(linkCount) / parsedPages, 1)) links")
print("")
print("(b) parse + detect + link (the audit's per-page work), 1 pass")
for (name, duration) in zip(names, stage) {
    let perPage = milliseconds(duration) / n
    let share = milliseconds(duration) / pipelineWall * 100
    print("    \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(format(perPage)) ms/page  (\(format(share, 1))%)")
}
print("    total                        \(format(pipelineWall / n)) ms/page wall, \(format(pipelineCPU / n)) ms/page CPU")
print(
    "    per page: \(format(Double(phones) / n, 1)) phones, \(format(Double(emails) / n, 1)) emails, "
        + "\(format(Double(mentionCount) / n, 1)) person mentions, \(format(Double(linkedToPerson) / n, 1)) items linked to a person")
print("")
print("peak RSS \(format(peakRSSMiB(), 1)) MiB (pages held in memory: \(format(Double(totalBytes) / 1_048_576, 1)) MiB)")
