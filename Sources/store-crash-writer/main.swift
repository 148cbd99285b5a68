// Writes audit runs to the history at the path given until it is killed: one run finished
// whole, then a run that records batches of findings and pages forever, saying on standard
// output after each batch is stored. ExposureStoreTests SIGKILLs it mid-write.
import ExposureCore
import ExposureStore
import Foundation

func say(_ line: String) {
    // Unbuffered: the test reads each line as soon as the batch it announces is stored.
    FileHandle.standardOutput.write(Data("\(line)\n".utf8))
}

func phones(_ numbers: Range<Int>, page: String) -> [Finding] {
    numbers.map { number in
        Finding(
            kind: .phone, subtype: "mobile", value: "0912 \(number)", normalized: "+84912\(number)",
            person: "Nguyễn Văn An", confidence: 0.9, severity: .high, message: "Mobile number",
            occurrences: [Evidence(url: page, path: "/html/body/p", context: "DĐ: 0912 \(number)")])
    }
}

let store = try await HistoryStore.open(path: CommandLine.arguments[1])
let subject = Subject(name: "Nguyễn Văn An")
let seeds = ["https://snv.example.gov.vn/"]
let figures = CrawlFigures(pagesFetched: 1, pagesFailed: 0, bytesFetched: 100, skipped: [:])

let finished = try await store.beginRun(
    subject: subject, seeds: seeds, configuration: ["batch": 10], toolVersion: "crash-writer")
try await store.record(findings: phones(0..<10, page: "https://snv.example.gov.vn/"), in: finished)
try await store.finishRun(finished, complete: true, crawl: figures)
say("finished \(finished)")

let killed = try await store.beginRun(
    subject: subject, seeds: seeds, configuration: ["batch": 50], toolVersion: "crash-writer")
say("begun \(killed)")
for batch in 0... {
    let page = "https://snv.example.gov.vn/tin-tuc/\(batch)"
    try await store.record(pages: [Page(url: page, status: 200, contentType: "text/html", bytes: 100, depth: 1)], in: killed)
    try await store.record(findings: phones(batch * 50..<(batch + 1) * 50, page: page), in: killed)
    say("recorded \(batch + 1)")
}
