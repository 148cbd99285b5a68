import ExposureHTML

/// Reads the files agencies post (PDF, DOCX, XLSX, DOC, XLS) into text blocks and metadata,
/// under size, page, cell, character, decompression and time caps.
///
/// The format comes from the bytes (`%PDF-`, a ZIP package's content types, an OLE2 header
/// and its stream names), never from the URL or the Content-Type alone. PDF, DOC and XLS are
/// read by Debian's tools as child processes; DOCX and XLSX in-process with ZIPFoundation and
/// ExposureHTML's offline XML reader (``XMLStreamReader``, libxml2 without network, entities
/// or DTDs, its huge-input limits on). libxml2 rather than FoundationXML's `XMLParser`: the
/// house keeps C to ExposureHTML and ExposureNet, where the options are set explicitly and
/// the same library already reads sitemaps, while `XMLParser` is a delegate class built on
/// the same libxml2 with its options out of view.
///
/// A broken, encrypted, hostile or slow file is a ``DocumentReadError``, never a crash or a hang.
public struct DocumentReader: Sendable {
    public var limits: DocumentLimits
    public var tools: DocumentTools

    public init(limits: DocumentLimits = DocumentLimits(), tools: DocumentTools = DocumentTools()) {
        self.limits = limits
        self.tools = tools
    }

    /// The document's content; `url` becomes the document's URL for the detectors' occurrences.
    public func read(_ bytes: [UInt8], url: String) async throws(DocumentReadError) -> DocumentContent {
        guard bytes.count <= limits.maximumBytes else {
            throw DocumentReadError(.tooLarge, "\(bytes.count) bytes, over the \(limits.maximumBytes)-byte cap")
        }
        let deadline = ContinuousClock.now + limits.timeLimit
        switch DocumentSignature(bytes) {
        case .pdf:
            return try await PDFReader(limits: limits, tools: tools).read(bytes, url: url, deadline: deadline)
        case .zipPackage:
            return try readPackage(bytes, url: url)
        case .compoundFile(let format?):
            return try await LegacyOfficeReader(limits: limits, tools: tools)
                .read(bytes, format: format, url: url, deadline: deadline)
        case .compoundFile(nil):
            throw DocumentReadError(.unsupported, "an OLE2 file with neither a Word nor an Excel stream")
        case nil:
            throw DocumentReadError(.unsupported, "not a PDF, Office package or OLE2 file")
        }
    }

    private func readPackage(_ bytes: [UInt8], url: String) throws(DocumentReadError) -> DocumentContent {
        var package = try OfficePackage(bytes, limits: limits)
        guard let contentTypes = try package.part("[Content_Types].xml"),
            let (format, mainPart) = DocumentSignature.packageFormat(contentTypes: contentTypes)
        else {
            throw DocumentReadError(.unsupported, "a ZIP file that is neither a Word nor an Excel package")
        }
        return format == .docx
            ? try WordprocessingReader(limits: limits).read(&package, mainPart: mainPart, url: url)
            : try SpreadsheetReader(limits: limits).read(&package, mainPart: mainPart, url: url)
    }
}
