/// The kinds of files agencies post that can be read into text.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case pdf, docx, xlsx
    /// Word 97-2003 and Excel 97-2003 (OLE2 compound files), read with catdoc's tools.
    case doc, xls
}
