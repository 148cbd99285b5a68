import ExposureCore
@testable import ExposureKit
import ExposureReport
import Foundation
import LoopbackServer
import Testing

/// The sample site's portraits, photos and letter, audited end to end on 127.0.0.1.
@Suite struct AuditorMediaTests {
    private func audit(_ server: LoopbackServer, configure: (inout AuditConfiguration) -> Void = { _ in }) async throws -> Report {
        var configuration = AuditConfiguration(seeds: [server.baseURL + "/"], subject: Subject(name: nil))
        configuration.delay = .zero
        configure(&configuration)
        return try await Auditor(configuration: configuration).run()
    }

    @Test func leadersPortraitsAreFoundWithTheLargerOriginalAndItsPixelSize() async throws {
        let server = try SampleSite.serve()
        let report = try await audit(server)
        let portraits = report.findings.filter { $0.kind == .portrait }
        let vinh = try #require(portraits.first { $0.person == "Lê Quang Vinh" && $0.subtype == "portrait" })
        #expect(vinh.image?.url == server.baseURL + "/uploads/lanh-dao/le-quang-vinh-150x150.png")
        #expect(vinh.image?.original == server.baseURL + "/uploads/lanh-dao/le-quang-vinh.png")
        #expect(vinh.image?.width == 600 && vinh.image?.height == 800)
        #expect(vinh.occurrences.first?.url == server.baseURL + "/gioi-thieu/lanh-dao.html")
        // His mobile is on the same page: face and channel together.
        #expect(vinh.severity == .critical)

        let nghia = try #require(portraits.first { $0.normalized.hasSuffix("/hoang-van-nghia-chan-dung.jpg") })
        #expect(nghia.person == "Hoàng Văn Nghĩa")
        #expect(nghia.image?.url.hasSuffix("/hoang-van-nghia-chan-dung-150x150.jpg") == true)
        #expect(nghia.image?.width == 1200 && nghia.image?.height == 1600)
        // Images are asked for by their first bytes.
        #expect(server.requests.contains { $0.path.hasSuffix("chan-dung.jpg") && $0.headers["range"] == "bytes=0-262143" })
    }

    @Test func placeholdersAndChromeAreNotPortraits() async throws {
        let server = try SampleSite.serve()
        let report = try await audit(server)
        let shown = report.findings.filter { $0.kind == .portrait }.compactMap { $0.image?.url }
        for path in ["/images/no-avatar.png", "/uploads/can-bo/anh-dai-dien.jpg", "/images/logo.png", "/images/banner.png"] {
            #expect(!shown.contains(server.baseURL + path), "\(path) reported as a portrait")
        }
        #expect(!report.findings.contains { $0.kind == .portrait && $0.person == "Võ Thị Lan" })
    }

    @Test func aGPSTaggedPhotoIsReportedWithItsCoordinates() async throws {
        let server = try SampleSite.serve()
        let report = try await audit(server)
        let gps = try #require(report.findings.first { $0.kind == .imageMetadata && $0.subtype == "gps" })
        #expect(gps.normalized == "16.81634, 107.10015")
        #expect(gps.severity == .high)
        #expect(gps.occurrences.map(\.url) == [server.baseURL + "/uploads/tin-tuc/2024/IMG_0412.jpg"])
        #expect(report.findings.contains { $0.kind == .imageMetadata && $0.subtype == "camera" && $0.normalized == "samsung sm-a546e" })
    }

    @Test func aPDFLettersSignerTitleAndMobileAreFoundAndAttributed() async throws {
        let server = try SampleSite.serve()
        let report = try await audit(server)
        let letter = server.baseURL + "/van-ban/thong-bao-214.pdf"
        let inLetter = report.findings.filter { $0.occurrences.contains { $0.url == letter } }
        let mobile = try #require(inLetter.first { $0.kind == .phone && $0.normalized == "+84358614290" })
        #expect(mobile.person == "Trần Đức Minh")
        #expect(mobile.occurrences.contains { $0.url == letter && $0.path == "/pdf/page[1]" })
        let titles = inLetter.filter { $0.kind == .title }
        #expect(titles.contains { $0.person == "Trần Đức Minh" && $0.normalized.lowercased().hasPrefix("phó giám đốc") })
        #expect(!titles.contains { $0.person == "Trần Đức Minh" && $0.normalized.lowercased() == "giám đốc" })
        let author = try #require(inLetter.first { $0.kind == .documentMetadata && $0.subtype == "author" })
        #expect(author.person == "Trương Thị Bích Ngọc")
        #expect(author.severity == .medium)
        #expect(report.crawl.errors.isEmpty, "\(report.crawl.errors)")
    }

    @Test func noMediaFetchesNoImagesAndReadsNoDocuments() async throws {
        let server = try SampleSite.serve()
        let report = try await audit(server) { $0.readsMedia = false }
        let media: Set<FindingKind> = [.portrait, .imageMetadata, .documentMetadata]
        #expect(!report.findings.contains { media.contains($0.kind) })
        #expect(!server.requestedPaths.contains { [".jpg", ".png", ".pdf"].contains(where: $0.hasSuffix) })
    }

    @Test func theImageCapStopsImageFetchesAndIsCounted() async throws {
        let server = try SampleSite.serve()
        let report = try await audit(server) { $0.maxImages = 2 }
        #expect(server.requestedPaths.count { $0.hasSuffix(".jpg") || $0.hasSuffix(".png") } == 2)
        #expect((report.crawl.skipped["media_budget"] ?? 0) > 0)
    }

    @Test func brokenAndEncryptedLookingDocumentsAreCrawlErrorsNotCrashes() async throws {
        let server = try LoopbackServer { request, writer in
            switch request.path {
            case "/cut.pdf": writer.send(status: 200, headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.4\n1 0 obj <<".utf8))
            case "/bomb.docx": writer.send(status: 200, headers: [("Content-Type", "application/octet-stream")], body: [0x50, 0x4B, 0x03, 0x04, 1, 2, 3])
            case "/broken.jpg": writer.send(status: 200, headers: [("Content-Type", "image/jpeg")], body: [0xFF, 0xD8, 0xFF, 0xE0])
            default:
                writer.send(
                    contentType: "text/html; charset=utf-8",
                    text: "<main><a href='/cut.pdf'>a</a><a href='/bomb.docx'>b</a><img src='/broken.jpg'></main>")
            }
        }
        let report = try await audit(server)
        let failed = Set(report.crawl.errors.map { String($0.url.dropFirst(server.baseURL.count)) })
        #expect(failed == ["/cut.pdf", "/bomb.docx", "/broken.jpg"])
        #expect(report.crawl.errors.allSatisfy { $0.message.contains("not read") })
    }
}
