import ExposureHTML

/// Labels printed apart from their values: the cell before a value (`Ngày sinh | 12/5/1975`)
/// and the header over a table column (`Số CCCD` above a column of numbers).
///
/// Detectors that accept a value only under a cue look here when the cue is not in the value's
/// own text, and read each label with `read` (is it a birth label? an ID label?). A long table
/// costs one walk back to its top per column, and one reading per label block, not per row.
struct LabelFinder<Reading> {
    /// A label is a few words; a longer block before a value is text, not its label.
    private static var maximumLabelLength: Int { 80 }

    private let read: (String) -> Reading
    private var readingByBlock: [Int: Reading] = [:]
    private var headerByColumn: [ColumnKey: Int?] = [:]

    private struct ColumnKey: Hashable {
        var table: Substring
        var cell: Int
    }

    init(read: @escaping (String) -> Reading) {
        self.read = read
    }

    /// What the blocks that label block `index` say, nearest first.
    mutating func readings(ofBlock index: Int, in blocks: [TextBlock]) -> [Reading] {
        var labels: [Int] = []
        if index > 0 {
            let previous = blocks[index - 1]
            let sameUnit = previous.container != nil && previous.container?.path == blocks[index].container?.path
            if previous.text.utf8.count <= Self.maximumLabelLength, sameUnit || Self.endsWithColon(previous.text) {
                labels.append(index - 1)
            }
        }
        if let header = columnHeader(of: index, in: blocks), header != index - 1 {
            labels.append(header)
        }
        return labels.map { label in
            if let known = readingByBlock[label] { return known }
            let reading = read(blocks[label].text)
            readingByBlock[label] = reading
            return reading
        }
    }

    /// Whether the text's last printed character is a colon: `Ngày sinh:` labels what follows.
    private static func endsWithColon(_ text: String) -> Bool {
        text.utf8.last { $0 != 0x20 && $0 != 0x0A && $0 != 0xA0 && $0 != 0xC2 } == UInt8(ascii: ":")
    }

    /// The top cell of the block's table column, when the block is a cell in a row below it.
    private mutating func columnHeader(of index: Int, in blocks: [TextBlock]) -> Int? {
        guard let row = blocks[index].container, row.kind == .tableRow, let cell = row.cell,
            let table = Self.table(ofRow: row.path)
        else { return nil }
        let key = ColumnKey(table: table, cell: cell)
        let header: Int?
        if let known = headerByColumn[key] {
            header = known
        } else {
            header = Self.topCell(from: index, table: table, cell: cell, in: blocks)
            headerByColumn[key] = .some(header)  // nil too: a column without a header is remembered
        }
        guard let header, blocks[header].container?.path != row.path else { return nil }
        return header
    }

    /// Walks back from cell `index` to the first cell of its column, as long as the blocks are
    /// rows of the same table; nil when that cell is too long to be a header.
    private static func topCell(from index: Int, table: Substring, cell: Int, in blocks: [TextBlock]) -> Int? {
        var top = index
        var candidate = index - 1
        while candidate >= 0, let row = blocks[candidate].container, row.kind == .tableRow,
            Self.table(ofRow: row.path) == table
        {
            if row.cell == cell { top = candidate }
            candidate -= 1
        }
        return blocks[top].text.utf8.count <= maximumLabelLength ? top : nil
    }

    /// The table of a row path: `…/table[2]/tbody/tr[3]` -> `…/table[2]`. Read on bytes: it is
    /// asked for every value cell of a table.
    private static func table(ofRow path: String) -> Substring? {
        let bytes = path.utf8
        let slash = UInt8(ascii: "/")
        guard let rowStep = bytes.lastIndex(of: slash) else { return nil }
        var end = rowStep
        if let groupStep = bytes[..<end].lastIndex(of: slash),
            ["tbody", "thead", "tfoot"].contains(where: {
                bytes[bytes.index(after: groupStep)..<end].starts(with: $0.utf8)
            })
        {
            end = groupStep
        }
        guard let tableStep = bytes[..<end].lastIndex(of: slash),
            bytes[bytes.index(after: tableStep)..<end].starts(with: "table".utf8)
        else { return nil }
        return path[..<end]
    }
}
