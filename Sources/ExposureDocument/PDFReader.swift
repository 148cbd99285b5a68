import ExposureHTML

/// Reads a PDF's Info and XMP metadata and its text with poppler's `pdfinfo` and `pdftotext`.
///
/// The tools run as child processes (``ToolRunner``), not libpoppler in-process: a hostile PDF
/// that hangs or crashes poppler then costs one recorded error and never the audit holding
/// everything found so far, and a child can be killed at the time cap.
struct PDFReader: Sendable {
    var limits: DocumentLimits
    var tools: DocumentTools

    func read(_ bytes: [UInt8], url: String, deadline: ContinuousClock.Instant) async throws(DocumentReadError) -> DocumentContent {
        let file = try TemporaryFile(bytes, suffix: ".pdf")
        let runner = ToolRunner(deadline: deadline, outputLimit: limits.maximumToolOutputBytes)
        let info = try await runner.run(tools.pdfinfo, ["-isodates", "-enc", "UTF-8", file.path])
        try Self.check(info)
        var (metadata, pageCount) = DocumentMetadata.pdfInfo(info.standardOutput)
        let packet = try await runner.run(tools.pdfinfo, ["-meta", file.path])
        if packet.status == 0, !packet.isTruncated { metadata.fillGaps(fromXMP: packet.standardOutput) }

        var collector = BlockCollector(limits: limits)
        let lastPage = min(pageCount ?? limits.maximumPages, limits.maximumPages)
        if let pageCount, pageCount > lastPage { collector.markTruncated() }
        if lastPage > 0 {
            let text = try await runner.run(
                tools.pdftotext, ["-enc", "UTF-8", "-f", "1", "-l", String(lastPage), file.path, "-"])
            try Self.check(text)
            if text.isTruncated { collector.markTruncated() }
            Self.collectPages(String(decoding: text.standardOutput, as: UTF8.self), into: &collector)
        }
        return DocumentContent(
            format: .pdf, metadata: metadata, pageCount: pageCount, isTruncated: collector.isTruncated,
            document: HTMLDocument(url: url, title: metadata.title, blocks: collector.blocks))
    }

    /// Pages end with a form feed; on a page, a blank line ends a paragraph (poppler's text
    /// flow). Each line is a block, so a signature block's lines stay adjacent, and its
    /// paragraph is their container.
    ///
    /// A paragraph all in capitals shares its container with the next one: a letter's
    /// signature prints the authority and the title in capitals (`KT. GIÁM ĐỐC`, `PHÓ GIÁM
    /// ĐỐC`), then leaves room for the signature and the seal before the signer's name, and
    /// poppler ends the paragraph at that gap; one container ties the title to the name.
    static func collectPages(_ text: String, into collector: inout BlockCollector) {
        for (pageIndex, page) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
            let path = "/pdf/page[\(pageIndex + 1)]"
            var paragraph = 0
            var inParagraph = false
            var paragraphInCapitals = false
            for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
                guard collector.hasRoom else { return }
                guard !line.trimmingWhitespace.isEmpty else {
                    inParagraph = false
                    continue
                }
                let inCapitals = line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase)
                if !inParagraph {
                    if !paragraphInCapitals { paragraph += 1 }
                    (inParagraph, paragraphInCapitals) = (true, inCapitals)
                } else {
                    paragraphInCapitals = paragraphInCapitals && inCapitals
                }
                collector.append(
                    String(line), path: path, container: Container(kind: .paragraph, path: "\(path)/p[\(paragraph)]"))
            }
        }
    }

    /// A tool that failed: a password prompt is ``DocumentReadError/Code/encrypted``, anything
    /// else ``DocumentReadError/Code/unreadable`` with poppler's first complaint.
    private static func check(_ output: ToolOutput) throws(DocumentReadError) {
        guard output.status != 0, !output.isTruncated else { return }
        let complaint = output.firstErrorLine
        if complaint?.lowercased().contains("password") == true {
            throw DocumentReadError(.encrypted, "the PDF is encrypted with a password", cause: complaint)
        }
        throw DocumentReadError(.unreadable, "poppler could not read the PDF", cause: complaint)
    }
}
