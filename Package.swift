// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "exposure-audit",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "exposure-audit", targets: ["exposure-audit"]),
        .library(name: "ExposureKit", targets: ["ExposureKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // C libraries, reached only through ExposureNet and ExposureHTML.
        .systemLibrary(
            name: "CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(
            // Not "CZlib": ZIPFoundation's own zlib module has that name, and Clang module names are global.
            name: "CExposureZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        // Plain values shared by every module.
        .target(name: "ExposureCore"),

        // Feature modules.
        .target(name: "ExposureNet", dependencies: ["CCurl", "CExposureZlib", "ExposureCore"]),
        .target(name: "ExposureHTML", dependencies: ["CLibXML2", "ExposureCore"]),
        .target(name: "ExposureCrawl", dependencies: ["ExposureNet", "ExposureHTML", "ExposureCore"]),
        .target(name: "ExposureDetect", dependencies: ["ExposureHTML", "ExposureCore"]),
        .target(name: "ExposureReport", dependencies: ["ExposureCore"]),
        .target(name: "ExposureMedia", dependencies: ["ExposureCore"]),
        // PDF, DOCX, XLSX, DOC and XLS into text blocks and metadata; PDF, DOC and XLS through
        // Debian's tools (poppler-utils, catdoc) as child processes.
        .target(
            name: "ExposureDocument",
            dependencies: ["ExposureCore", "ExposureHTML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Audit history in SQLite: runs, findings, acceptances, validators for re-crawls.
        .target(
            name: "ExposureStore",
            dependencies: ["ExposureCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // Audit profiles (`profiles/*.yaml`): advisories, severity rules, lexicons, checklist.
        .target(
            name: "ExposureProfile",
            dependencies: ["ExposureCore", .product(name: "Yams", package: "Yams")]),

        // The auditor: crawl -> parse -> detect -> link -> judge -> render.
        .target(
            name: "ExposureKit",
            dependencies: [
                "ExposureCore", "ExposureNet", "ExposureCrawl", "ExposureHTML", "ExposureDetect",
                "ExposureProfile", "ExposureReport", "ExposureMedia", "ExposureDocument", "ExposureStore",
            ]),

        // The command line: ArgumentParser subcommands over ExposureKit and ExposureStore. Linked
        // with jemalloc on Linux: an audit makes millions of small strings and arrays on two or
        // more threads, where glibc's allocator costs about a tenth of the CPU time.
        .executableTarget(
            name: "exposure-audit",
            dependencies: [
                "ExposureKit", "ExposureProfile", "ExposureStore", "CJemallocSettings",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]),
        // jemalloc's settings for the command line (one arena); C, as jemalloc reads a C global.
        .target(name: "CJemallocSettings"),

        // A loopback HTTP server for tests and for `make demo`; never part of the product.
        .target(name: "LoopbackServer"),
        .executableTarget(name: "sample-site-server", dependencies: ["LoopbackServer"]),
        // Detector accuracy on the labeled corpus (`make eval`); not shipped.
        .executableTarget(name: "exposure-eval", dependencies: ["ExposureKit", "ExposureDetect", "ExposureCore"]),
        // Writes runs to a history until it is killed, for ExposureStoreTests; not shipped.
        .executableTarget(name: "store-crash-writer", dependencies: ["ExposureStore", "ExposureCore"]),
        // Benchmarks (`make bench`): parsing and detection on generated pages, and the history and
        // report writes of a scan; not shipped.
        .executableTarget(
            name: "exposure-bench",
            dependencies: ["ExposureHTML", "ExposureDetect", "ExposureCore", "ExposureStore", "ExposureReport"]),

        .testTarget(name: "ExposureCoreTests", dependencies: ["ExposureCore"]),
        .testTarget(name: "ExposureNetTests", dependencies: ["ExposureNet", "LoopbackServer"]),
        .testTarget(name: "ExposureHTMLTests", dependencies: ["ExposureHTML"]),
        .testTarget(
            name: "ExposureCrawlTests", dependencies: ["ExposureCrawl", "LoopbackServer"]),
        .testTarget(name: "ExposureDetectTests", dependencies: ["ExposureDetect", "ExposureHTML"]),
        .testTarget(name: "ExposureReportTests", dependencies: ["ExposureReport"], exclude: ["Fixtures", "Goldens"]),
        .testTarget(name: "ExposureMediaTests", dependencies: ["ExposureMedia"]),
        .testTarget(name: "ExposureProfileTests", dependencies: ["ExposureProfile", "ExposureCore"]),
        .testTarget(
            name: "ExposureDocumentTests",
            dependencies: [
                "ExposureDocument", "ExposureHTML", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ExposureStoreTests",
            dependencies: ["ExposureStore", "ExposureCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "ExposureKitTests", dependencies: ["ExposureKit", "ExposureStore", "LoopbackServer"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "LoopbackServer", "ExposureReport", "ExposureStore", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
