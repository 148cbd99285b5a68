import ExposureHTML

/// What a document holds, as text blocks every page detector reads, plus its metadata.
public struct DocumentContent: Sendable {
    public var format: DocumentFormat
    public var metadata: DocumentMetadata
    /// PDF pages in the file (not only those read); DOCX pages as Word last counted them.
    public var pageCount: Int?
    /// XLSX and XLS sheets.
    public var sheetCount: Int?
    /// Whether a page, cell, character or output cap cut the text short.
    public var isTruncated: Bool
    /// The text as blocks: paths `/pdf/page[3]`, `/docx/p[12]`, `/docx/tbl[1]/tr[2]/tc[3]`,
    /// `/xlsx/<sheet>/B4`; table and sheet rows are `.tableRow` containers with the cell
    /// index, PDF paragraphs and DOC paragraphs `.paragraph` containers.
    public var document: HTMLDocument

    public init(
        format: DocumentFormat, metadata: DocumentMetadata = DocumentMetadata(), pageCount: Int? = nil,
        sheetCount: Int? = nil, isTruncated: Bool = false, document: HTMLDocument
    ) {
        self.format = format
        self.metadata = metadata
        self.pageCount = pageCount
        self.sheetCount = sheetCount
        self.isTruncated = isTruncated
        self.document = document
    }
}
