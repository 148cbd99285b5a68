import ExposureCore
import ExposureDetect
import ExposureKit
import Foundation

// Measures detection and attribution on a labeled corpus (`make eval`).
// Usage: exposure-eval CORPUS_DIRECTORY   (holding labels.jsonl and pages/)

/// One line of labels.jsonl.
struct Label: Decodable {
    var file: String
    var person: String?
    var kind: String
    var normalized: String
}

/// A finding reduced to what labels compare: kind and normalized value, with its owner.
struct Item: Hashable {
    var kind: String
    var value: String
}

func key(kind: String, normalized: String) -> Item {
    // Names and free text compare folded; phones and emails exactly as normalized.
    let folded = ["person", "title", "workplace", "address", "family"].contains(kind)
    // Portraits compare by the image's path: labels give it as written, absolute or not.
    if kind == "portrait", let path = URL(string: normalized)?.path, !path.isEmpty { return Item(kind: kind, value: path) }
    return Item(kind: kind, value: folded ? NameFolding.fold(normalized) : normalized)
}

struct Tally {
    var labels = 0
    var predicted = 0
    var truePositives = 0
    var matchedFindings = 0
    var linkedCorrect = 0
    var linkedTotal = 0

    var precision: Double { predicted == 0 ? 0 : Double(matchedFindings) / Double(predicted) }
    var recall: Double { labels == 0 ? 0 : Double(truePositives) / Double(labels) }
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: exposure-eval CORPUS_DIRECTORY\n".utf8))
    exit(64)
}
let corpus = URL(fileURLWithPath: arguments[1])
let decoder = JSONDecoder()
let labels = try String(contentsOf: corpus.appendingPathComponent("labels.jsonl"), encoding: .utf8)
    .split(separator: "\n").map { try decoder.decode(Label.self, from: Data($0.utf8)) }
let labelsByFile = Dictionary(grouping: labels, by: \.file)
let analyzer = PageAnalyzer(subject: Subject(name: nil))

var tallies: [String: Tally] = [:]
var attribution = Tally()
var misses: [String] = []
let verbose = ProcessInfo.processInfo.environment["EVAL_VERBOSE"] == "1"

for (file, fileLabels) in labelsByFile.sorted(by: { $0.key < $1.key }) {
    let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(file)))
    let analysis = analyzer.analyze(bytes, url: "https://example.gov.vn/\(file)", contentType: nil)

    // Owners by item: a shared mailbox may belong to several people, or to the agency (nil).
    var labeledOwners: [Item: Set<String?>] = [:]
    for label in fileLabels {
        labeledOwners[key(kind: label.kind, normalized: label.normalized), default: []]
            .insert(label.person.map(NameFolding.fold))
    }
    var predictedOwners: [Item: Set<String?>] = [:]
    for linked in analysis.linked {
        predictedOwners[key(kind: linked.detection.kind.rawValue, normalized: linked.detection.normalized), default: []]
            .insert(linked.person?.key)
    }
    for mention in analysis.mentions {
        predictedOwners[key(kind: "person", normalized: mention.name), default: []].insert(mention.key)
    }
    // Portraits as the page alone shows them (no image is fetched: shapes from the attributes),
    // by the path of the image shown, as labelled.
    for (_, portrait) in PortraitDetector.portraits(from: analysis.portraitCandidates.map { (file, $0) }, sizes: [:]) {
        let shown = portrait.detection.image?.url ?? portrait.detection.normalized
        predictedOwners[key(kind: "portrait", normalized: shown), default: []].insert(portrait.person?.key)
    }

    // Free-text kinds match loosely: a label and a finding agree when one contains the other
    // ("Giám đốc" and "Giám đốc Sở Nội vụ"), as printed extents vary.
    let loose: Set<String> = ["title", "workplace", "address"]
    func counterpart(of item: Item, in others: [Item: Set<String?>]) -> Item? {
        if others[item] != nil { return item }
        guard loose.contains(item.kind) else { return nil }
        // The closest in length when several overlap, so that runs agree whatever the hash order.
        return others.keys.filter {
            $0.kind == item.kind && ($0.value.contains(item.value) || item.value.contains($0.value))
        }.min {
            (abs($0.value.count - item.value.count), $0.value) < (abs($1.value.count - item.value.count), $1.value)
        }
    }
    for item in Set(labeledOwners.keys).union(predictedOwners.keys) {
        var tally = tallies[item.kind, default: Tally()]
        let labeled = labeledOwners[item] != nil
        let predicted = predictedOwners[item] != nil
        let matched = labeled ? counterpart(of: item, in: predictedOwners) != nil : counterpart(of: item, in: labeledOwners) != nil
        // Recall counts labels found; precision counts findings that match a label.
        if labeled {
            tally.labels += 1
            if matched { tally.truePositives += 1 }
        }
        if predicted {
            tally.predicted += 1
            if matched { tally.matchedFindings += 1 }
        }
        tallies[item.kind] = tally
        if verbose && !matched {
            misses.append("\(labeled ? "MISSED" : "EXTRA ") \(file) \(item.kind) \(item.value)")
        }
        // Attribution: every person a matched item was linked to must be one of its labeled owners.
        guard item.kind != "person", predicted, matched, let owners = predictedOwners[item],
            let truth = labeledOwners[counterpart(of: item, in: labeledOwners)!]
        else {
            continue
        }
        for owner in owners where owner != nil {
            attribution.linkedTotal += 1
            if truth.contains(owner) { attribution.linkedCorrect += 1 }
            else if verbose { misses.append("WRONG  \(file) \(item.kind) \(item.value) -> \(owner!)") }
        }
    }
}

func percent(_ value: Double) -> String { String(format: "%.2f", value) }
print("exposure-audit detectors on \(labelsByFile.count) pages (\(labels.count) labels)")
print("kind          labels  found  correct  precision  recall")
for kind in ["phone", "email", "person", "title", "workplace", "address", "portrait", "dob", "family", "national_id", "social"] {
    let tally = tallies[kind, default: Tally()]
    print(
        kind.padding(toLength: 12, withPad: " ", startingAt: 0)
            + String(format: "%8d %6d %8d", tally.labels, tally.predicted, tally.truePositives)
            + "  " + percent(tally.precision).leftPadded(9) + "  " + percent(tally.recall).leftPadded(6))
}
let accuracy = attribution.linkedTotal == 0 ? 0 : Double(attribution.linkedCorrect) / Double(attribution.linkedTotal)
print("attribution: \(attribution.linkedCorrect)/\(attribution.linkedTotal) linked findings to the right person (\(percent(accuracy)))")
if verbose { misses.sorted().forEach { print($0) } }

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
