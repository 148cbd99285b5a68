import Testing

@testable import ExposureHTML

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct CharsetDetectionTests {
    @Test(arguments: [
        ("cp1258", "windows-1258"), ("windows-1258", "windows-1258"), ("x-cp1258", "windows-1258"),
        ("WINDOWS-1258", "windows-1258"), ("utf8", "utf-8"), ("UTF-8", "utf-8"), ("latin1", "windows-1252"),
        ("iso-8859-1", "windows-1252"), ("cp1252", "windows-1252"), ("us-ascii", "windows-1252"),
        ("utf-16", "utf-16le"), ("UTF-16BE", "utf-16be"), (" \"koi8-r\" ", "koi8-r"),
    ])
    func aliasesMapToCanonicalNames(label: String, expected: String) {
        let unquoted = label.trimmingASCIIWhitespace().replacingOccurrences(of: "\"", with: "")
        #expect(Charset.canonicalName(unquoted) == expected)
    }

    @Test(arguments: ["no-such-charset", "", "utf-8//TRANSLIT", "x-user-invented"])
    func unknownLabelsAreRejected(label: String) {
        #expect(Charset.canonicalName(label) == nil)
    }

    @Test func contentTypeParameterIsRead() {
        #expect(Charset.charsetParameter("text/html; charset=\"Windows-1258\"") == "Windows-1258")
        #expect(Charset.charsetParameter("text/html;charset=utf-8") == "utf-8")
        #expect(Charset.charsetParameter("text/html; boundary=x; CHARSET = 'cp1252' ") == "cp1252")
        #expect(Charset.charsetParameter("text/html") == nil)
    }

    @Test func metaCharsetAttributeIsFound() {
        let bytes = Array("<html><head><meta name=x content=y><meta charset='windows-1258'>".utf8)
        #expect(Charset.metaCharset(bytes) == "windows-1258")
    }

    @Test func metaHTTPEquivIsFound() {
        let bytes = Array("<HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=cp1258\">".utf8)
        #expect(Charset.metaCharset(bytes) == "cp1258")
    }

    @Test func metaInsideCommentIsIgnored() {
        let bytes = Array("<!-- <meta charset=cp1258> --><meta charset=utf-8>".utf8)
        #expect(Charset.metaCharset(bytes) == "utf-8")
    }

    @Test func metaBeyondPrescanWindowIsIgnored() {
        let padding = String(repeating: " ", count: Charset.prescanLength)
        #expect(Charset.metaCharset(Array((padding + "<meta charset=cp1258>").utf8)) == nil)
    }

    @Test func headerOverridesMeta() {
        let bytes = Array("<meta charset=utf-8>".utf8)
        let choice = Charset.detect(bytes, contentType: "text/html; charset=windows-1258")
        #expect(choice == Charset.Choice(name: "windows-1258", bomLength: 0))
    }

    @Test func unknownHeaderCharsetFallsThroughToMeta() {
        let bytes = Array("<meta charset=cp1258>".utf8)
        #expect(Charset.detect(bytes, contentType: "text/html; charset=bogus").name == "windows-1258")
    }

    @Test func byteOrderMarkWinsOverHeader() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8)
        #expect(Charset.detect(bytes, contentType: "text/html; charset=windows-1252") == .init(name: "utf-8", bomLength: 3))
        #expect(Charset.detect([0xFF, 0xFE, 0x3C, 0x00], contentType: nil) == .init(name: "utf-16le", bomLength: 2))
        #expect(Charset.detect([0xFE, 0xFF, 0x00, 0x3C], contentType: nil) == .init(name: "utf-16be", bomLength: 2))
    }

    @Test func metaDeclaringUTF16ReadsAsUTF8() {
        #expect(Charset.detect(Array("<meta charset=utf-16>".utf8), contentType: nil).name == "utf-8")
    }

    @Test func nothingDeclaredMeansUTF8() {
        #expect(Charset.detect(Array("<p>Nguyễn</p>".utf8), contentType: "text/html").name == "utf-8")
    }
}

@Suite struct CharsetDecodingTests {
    /// "Nguyễn Văn Đốc" as a windows-1258 page writes it: ê then a combining tilde, ô then a combining acute.
    static let windows1258Name: [UInt8] = [
        0x4E, 0x67, 0x75, 0x79, 0xEA, 0xDE, 0x6E, 0x20, 0x56, 0xE3, 0x6E, 0x20, 0xD0, 0xF4, 0xEC, 0x63,
    ]
    static let windows1258Scalars: [Unicode.Scalar] = [
        "N", "g", "u", "y", "\u{EA}", "\u{303}", "n", " ", "V", "\u{103}", "n", " ", "\u{110}", "\u{F4}", "\u{301}", "c",
    ]

    @Test func windows1258KeepsTonesAsCombiningMarks() {
        let decoded = String(decoding: Charset.decode(Self.windows1258Name[...], as: "windows-1258"), as: UTF8.self)
        #expect(Array(decoded.unicodeScalars) == Self.windows1258Scalars)
        #expect(decoded == "Nguyễn Văn Đốc")  // canonically equivalent to the NFC spelling
    }

    @Test func windows1258PageDeclaredInMetaIsDecoded() {
        let bytes =
            Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body><p>".utf8)
            + Self.windows1258Name + Array("</p></body></html>".utf8)
        let document = HTMLParser.parse(bytes, url: pageURL)
        #expect(document.charset == "windows-1258")
        #expect(document.blocks.count == 1)
        #expect(Array(document.blocks[0].text.unicodeScalars) == Self.windows1258Scalars)
    }

    @Test func headerCharsetOverridesAWrongMeta() {
        let bytes = Array("<meta charset=\"utf-8\"><p>".utf8) + Self.windows1258Name + Array("</p>".utf8)
        let document = HTMLParser.parse(bytes, url: pageURL, contentType: "text/html; charset=cp1258")
        #expect(document.charset == "windows-1258")
        #expect(Array(document.blocks.first?.text.unicodeScalars ?? "".unicodeScalars) == Self.windows1258Scalars)
    }

    /// libxml2 must not re-decode our UTF-8 because the page claims another charset.
    @Test func libxml2DoesNotSwitchEncodingOnMeta() {
        let document = parse(
            "<html><head><meta charset=\"iso-8859-1\"><title>Sở Tư pháp</title></head><body><p>Nguyễn Thị Hằng</p></body></html>",
            contentType: "text/html; charset=utf-8")
        #expect(document.charset == "utf-8")
        #expect(document.title == "Sở Tư pháp")
        #expect(document.texts == ["Nguyễn Thị Hằng"])
    }

    /// libxml2 is told no encoding (it reads UTF-8 by default); a declared one must not make it guess.
    @Test func libxml2DoesNotSwitchEncodingOnHTTPEquiv() {
        let document = parse(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>Nguyễn Thị Hằng</p>",
            contentType: "text/html; charset=utf-8")
        #expect(document.charset == "utf-8")
        #expect(document.texts == ["Nguyễn Thị Hằng"])
    }

    @Test func windows1252IsDecoded() {
        let bytes: [UInt8] = Array("<p>".utf8) + [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80, 0x35] + Array("</p>".utf8)
        let document = HTMLParser.parse(bytes, url: pageURL, contentType: "text/html; charset=latin1")
        #expect(document.charset == "windows-1252")
        #expect(document.texts == ["\u{201C}Café\u{201D} €5"])
    }

    @Test func utf16WithByteOrderMarkIsDecoded() {
        let html = "<p>Nguyễn Văn An</p>"
        let littleEndian: [UInt8] = [0xFF, 0xFE] + html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + html.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [littleEndian, bigEndian] {
            let document = HTMLParser.parse(bytes, url: pageURL)
            #expect(document.charset.hasPrefix("utf-16"))
            #expect(document.texts == ["Nguyễn Văn An"])
        }
    }

    @Test func utf8ByteOrderMarkIsSkipped() {
        let document = HTMLParser.parse([0xEF, 0xBB, 0xBF] + Array("<p>Xin chào</p>".utf8), url: pageURL)
        #expect(document.texts == ["Xin chào"])
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        let bytes: [UInt8] = Array("<p>ab".utf8) + [0xFF, 0xC3] + Array("cd</p><p>after</p>".utf8)
        let document = HTMLParser.parse(bytes, url: pageURL)
        #expect(document.texts == ["ab\u{FFFD}\u{FFFD}cd", "after"])
    }

    @Test func nulBytesDoNotTruncateThePage() {
        let bytes: [UInt8] = Array("<p>a".utf8) + [0] + Array("b</p><p>later</p>".utf8)
        #expect(HTMLParser.parse(bytes, url: pageURL).texts == ["a\u{FFFD}b", "later"])
    }

    @Test func controlCharactersSeparateWords() {
        let bytes: [UInt8] = Array("<p>0912".utf8) + [0x0B] + Array("345".utf8) + [0x01] + Array("678</p>".utf8)
        #expect(HTMLParser.parse(bytes, url: pageURL).texts == ["0912 345 678"])
    }

    @Test func unknownCharsetFallsBackToUTF8() {
        let document = parse("<meta charset=\"x-klingon\"><p>Đà Nẵng</p>")
        #expect(document.charset == "utf-8")
        #expect(document.texts == ["Đà Nẵng"])
    }

    @Test func iconvDecodesOtherCharsets() {
        // "Привет" in KOI8-R.
        let bytes: [UInt8] = Array("<p>".utf8) + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4] + Array("</p>".utf8)
        let document = HTMLParser.parse(bytes, url: pageURL, contentType: "text/html; charset=KOI8-R")
        #expect(document.charset == "koi8-r")
        #expect(document.texts == ["Привет"])
    }

    @Test func iconvReplacesInvalidSequences() {
        // 0xFF is not a Shift_JIS lead byte; the rest must survive.
        let bytes: [UInt8] = Array("ab".utf8) + [0xFF] + Array("cd".utf8)
        let decoded = String(decoding: Charset.decode(bytes[...], as: "shift_jis"), as: UTF8.self)
        #expect(decoded == "ab\u{FFFD}cd")
    }

    #if canImport(Glibc)
        /// The built-in tables must agree with glibc's converters byte for byte.
        @Test(arguments: [("windows-1258", "CP1258"), ("windows-1252", "CP1252")])
        func tablesMatchIconv(name: String, iconvName: String) throws {
            let descriptor = try #require(iconv_open("UTF-8", iconvName).flatMap { $0 == iconv_t(bitPattern: -1) ? nil : $0 })
            defer { iconv_close(descriptor) }
            for byte in UInt8(0x80)...UInt8(0xFF) {
                let ours = Charset.decode([byte][...], as: name)
                #expect(ours == Self.iconvDecode(byte, descriptor) ?? [0xEF, 0xBF, 0xBD], "byte \(byte)")
            }
        }

        private static func iconvDecode(_ byte: UInt8, _ descriptor: iconv_t) -> [UInt8]? {
            var input: [CChar] = [CChar(bitPattern: byte)]
            var output = [CChar](repeating: 0, count: 16)
            return input.withUnsafeMutableBufferPointer { inputBuffer in
                output.withUnsafeMutableBufferPointer { outputBuffer in
                    var inPointer = inputBuffer.baseAddress
                    var inLeft = 1
                    var outPointer = outputBuffer.baseAddress
                    var outLeft = 16
                    iconv(descriptor, nil, nil, nil, nil)
                    guard iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1,
                        iconv(descriptor, nil, nil, &outPointer, &outLeft) != -1
                    else { return nil }
                    return outputBuffer.prefix(16 - outLeft).map { UInt8(bitPattern: $0) }
                }
            }
        }
    #endif
}
