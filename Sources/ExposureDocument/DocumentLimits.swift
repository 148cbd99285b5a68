/// The caps one document is read under; past most of them the text read so far is kept and
/// the content marked truncated, past the safety ones (size, bomb, time) it is an error.
public struct DocumentLimits: Sendable, Hashable {
    /// Input bytes at most (the crawler caps downloads at 10 MiB already).
    public var maximumBytes = 20 * 1024 * 1024
    /// PDF pages read at most; later pages are skipped and the content marked truncated.
    public var maximumPages = 200
    /// Wall time for the whole document, all tools together; past it the tool is killed.
    public var timeLimit: Duration = .seconds(20)
    /// Text a tool may print at most; past it the tool is killed and the content truncated.
    public var maximumToolOutputBytes = 8 * 1024 * 1024
    /// Characters of text kept at most, over all blocks.
    public var maximumCharacters = 2_000_000
    /// Spreadsheet cells (or table cells) read at most.
    public var maximumCells = 200_000
    /// Entries a ZIP package may list at most.
    public var maximumArchiveEntries = 2_000
    /// Bytes one ZIP entry may inflate to, counted on the bytes actually inflated.
    public var maximumEntryBytes = 64 * 1024 * 1024
    /// Bytes all the entries read from one package may inflate to together.
    public var maximumTotalBytes = 128 * 1024 * 1024
    /// Inflated to compressed bytes at most, once an entry is past ``ratioCheckBytes``; Office
    /// XML compresses 5-30 times, a run of zeros a thousand.
    public var maximumCompressionRatio = 200
    /// Inflated bytes after which the compression ratio is checked, so tiny entries pass.
    public var ratioCheckBytes = 1024 * 1024

    public init() {}
}
