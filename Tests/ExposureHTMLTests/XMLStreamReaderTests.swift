import ExposureHTML
import Testing

@Suite struct XMLStreamReaderTests {
    private func events(_ xml: String) throws -> [XMLStreamReader.Event] {
        var events: [XMLStreamReader.Event] = []
        try XMLStreamReader.read(Array(xml.utf8)) { events.append($0) }
        return events
    }

    @Test func yieldsLocalNamesAttributesAndDecodedText() throws {
        let xml = #"<w:p xmlns:w="urn:w" xmlns:r="urn:r"><w:t r:id="7" b="x">A &amp; Ă</w:t><w:tab/></w:p>"#
        #expect(try events(xml) == [
            .start(name: "p", attributes: [:]),
            .start(name: "t", attributes: ["id": "7", "b": "x"]),
            .text("A & Ă"),
            .end(name: "t"),
            .start(name: "tab", attributes: [:]),
            .end(name: "tab"),
            .end(name: "p"),
        ])
    }

    @Test func refusesADTDAndNeverExpandsEntities() {
        let xml = #"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><d>&e;</d>"#
        #expect(throws: XMLStreamReader.Malformed.self) { try events(xml) }
    }

    @Test(arguments: ["", "<a><b></a>", "<a>", "not xml"])
    func malformedInputThrows(xml: String) {
        #expect(throws: XMLStreamReader.Malformed.self) { try events(xml) }
    }
}
