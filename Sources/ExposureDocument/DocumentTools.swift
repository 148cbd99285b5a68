/// Where the command-line tools are; Debian's paths unless a test points elsewhere.
public struct DocumentTools: Sendable, Hashable {
    /// From poppler-utils.
    public var pdfinfo = "/usr/bin/pdfinfo"
    public var pdftotext = "/usr/bin/pdftotext"
    /// From catdoc.
    public var catdoc = "/usr/bin/catdoc"
    public var xls2csv = "/usr/bin/xls2csv"

    public init() {}
}
