import ExposureHTML

/// What a file's first bytes say it is; Office packages are told apart by their content types.
enum DocumentSignature: Equatable {
    case pdf
    /// A ZIP archive (`PK\3\4`): DOCX or XLSX once ``packageFormat(contentTypes:)`` agrees.
    case zipPackage
    /// An OLE2 compound file: a Word or Excel 97-2003 file, nil when neither stream is found.
    case compoundFile(DocumentFormat?)

    /// The signature of the bytes, nil for anything else.
    init?(_ bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            self = .zipPackage
        } else if bytes.starts(with: Self.compoundFileMagic) {
            self = .compoundFile(Self.compoundFileFormat(bytes))
        } else if Self.hasPDFHeader(bytes) {
            self = .pdf
        } else {
            return nil
        }
    }

    /// `%PDF-` within the first 1,024 bytes, where readers accept it (some servers prepend junk).
    private static func hasPDFHeader(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(1024)
        let magic = Array("%PDF-".utf8)
        return head.indices.contains { head[$0...].starts(with: magic) }
    }

    private static let compoundFileMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Word or Excel by the stream the compound file's directory names: `WordDocument`, or
    /// `Workbook` (`Book` before Excel 97).
    ///
    /// Directory entries are 128 bytes, aligned to 128 in the file, starting with the name in
    /// UTF-16LE, its byte length (terminator included) at 0x40 and the type (2, a stream) at
    /// 0x42; scanning aligned entries finds the stream without following the sector chains.
    private static func compoundFileFormat(_ bytes: [UInt8]) -> DocumentFormat? {
        let streams: [(name: String, format: DocumentFormat)] = [
            ("WordDocument", .doc), ("Workbook", .xls), ("Book", .xls),
        ]
        var offset = 512
        while offset + 128 <= bytes.count {
            let entry = bytes[offset..<offset + 128]
            for stream in streams where isStreamEntry(entry, named: stream.name) { return stream.format }
            offset += 128
        }
        return nil
    }

    private static func isStreamEntry(_ entry: ArraySlice<UInt8>, named name: String) -> Bool {
        let start = entry.startIndex
        let nameBytes: [UInt8] = name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0, 0]
        return entry[(start + 0x40)...].starts(with: [UInt8(nameBytes.count), 0, 2])
            && entry.starts(with: nameBytes)
    }

    /// DOCX or XLSX by the content type of the package's main part, with that part's path;
    /// nil for other packages (PowerPoint, binary XLSB, plain ZIP files).
    static func packageFormat(contentTypes: [UInt8]) -> (format: DocumentFormat, mainPart: String)? {
        var found: (DocumentFormat, String)?
        try? XMLStreamReader.read(contentTypes) { event in
            guard found == nil, case .start("Override", let attributes) = event,
                let type = attributes["ContentType"], type.hasSuffix(".main+xml"),
                let part = attributes["PartName"]
            else { return }
            if type.contains("wordprocessingml") || type.contains("ms-word") {
                found = (.docx, String(part.drop { $0 == "/" }))
            } else if type.contains("spreadsheetml") || type.contains("ms-excel") {
                found = (.xlsx, String(part.drop { $0 == "/" }))
            }
        }
        return found
    }
}
