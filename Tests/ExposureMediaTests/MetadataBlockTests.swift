import Testing

@testable import ExposureMedia

@Suite struct XMPTests {
    /// An empty creator element must not borrow the list item of a later property.
    @Test func itemOutsideTheCreatorElementIsNotTheCreator() {
        let packet = "<dc:creator></dc:creator><dc:subject><rdf:Bag><rdf:li>chân dung</rdf:li></rdf:Bag></dc:subject>"
        #expect(XMP.creator(in: ByteReader(Array(packet.utf8))) == nil)
    }

    @Test func unterminatedPacketIsSafe() {
        let packet = Array(xmpPacket(creator: "Ngô Quyền").utf8)
        for length in 0...packet.count { _ = XMP.creator(in: ByteReader(Array(packet.prefix(length)))) }
        #expect(XMP.creator(in: ByteReader(packet)) == "Ngô Quyền")
    }
}

@Suite struct IPTCTests {
    @Test func bylineAfterOtherResourcesAndRecords() {
        var metadata = ImageMetadata()
        IPTC.read(ByteReader(photoshopIPTC(byline: "Hoàng Lan")), into: &metadata)
        #expect(metadata.iptcByline == "Hoàng Lan")
    }

    @Test func everyCutIsSafe() {
        let block = photoshopIPTC(byline: "Hoàng Lan")
        // The by-line is the last record; only a pad byte may follow it.
        let bylineEnd = block.lastIndex { $0 != 0 }! + 1
        for length in 0..<bylineEnd {
            var metadata = ImageMetadata()
            IPTC.read(ByteReader(Array(block.prefix(length))), into: &metadata)
            #expect(metadata.iptcByline == nil, "cut at \(length)")
        }
    }
}
