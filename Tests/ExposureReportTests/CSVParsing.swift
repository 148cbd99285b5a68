/// An RFC 4180 reader for checking the CSV renderer's output: quoted cells, doubled quotes, CRLF rows.
enum CSVParsing {
    struct Malformed: Error {}

    static func rows(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var characters = text[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        characters.removeFirst()
                        cell.append("\"")
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty: quoted = true
            case "\"": throw Malformed()
            case ",":
                row.append(cell)
                cell = ""
            case "\r\n":
                row.append(cell)
                rows.append(row)
                (row, cell) = ([], "")
            default: cell.append(character)
            }
        }
        guard !quoted, row.isEmpty, cell.isEmpty else { throw Malformed() }
        return rows
    }
}
