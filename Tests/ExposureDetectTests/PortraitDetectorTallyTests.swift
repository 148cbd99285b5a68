import ExposureCore
import ExposureDetect
import ExposureHTML
import Testing

private func candidate(_ image: String, person name: String, key: String, peopleShown: Int = 1) -> PortraitCandidate {
    let anchor = Anchor(path: "/html/body/img", blockIndex: nil, offset: 0, container: nil, region: .main)
    return PortraitCandidate(
        person: PersonMention(name: name, key: key, anchor: anchor, confidence: 0.9), image: image, originals: [],
        declaredSize: PixelSize(width: 300, height: 400), association: .alt, peopleShown: peopleShown,
        anchor: anchor, context: name)
}

@Suite struct PortraitDetectorTallyTests {
    @Test func aPortraitOnManyPagesKeepsItsFirstPagesAndCountsTheRest() {
        var tally = PortraitDetector.Tally()
        let pageCount = Finding.maximumOccurrences + 30
        for page in 0..<pageCount {
            // The same portrait twice on a page (a card and a sidebar) is one page.
            let face = candidate("http://s.gov.vn/vinh.jpg", person: "Lê Quang Vinh", key: "le quang vinh")
            tally.add([face, face], page: "http://s.gov.vn/\(page)")
        }
        let portraits = tally.portraits(sizes: [:])
        #expect(portraits.count == 2 * Finding.maximumOccurrences)
        #expect(Set(portraits.map(\.page)).count == Finding.maximumOccurrences)
        #expect(portraits.first?.page == "http://s.gov.vn/0")
        #expect(portraits.map(\.laterPages.count).reduce(0, +) == 30)
        #expect(portraits.last?.laterPages == (Finding.maximumOccurrences..<pageCount).map { Fingerprint.fnv1a64("http://s.gov.vn/\($0)") })
    }

    @Test func anImageShownAsTwoPeopleIsAPlaceholderEvenAfterItsKeptPages() {
        var tally = PortraitDetector.Tally()
        for page in 0..<(Finding.maximumOccurrences + 5) {
            tally.add([candidate("http://s.gov.vn/avatar.png", person: "Lê Quang Vinh", key: "le quang vinh")], page: "p\(page)")
        }
        #expect(tally.portraits(sizes: [:]).count == Finding.maximumOccurrences)
        tally.add([candidate("http://s.gov.vn/avatar.png", person: "Trần Thị Hoa", key: "tran thi hoa")], page: "last")
        #expect(tally.portraits(sizes: [:]).isEmpty)
    }

    @Test func aGroupPhotoDoesNotMakeAPlaceholder() {
        var tally = PortraitDetector.Tally()
        tally.add(
            [
                candidate("http://s.gov.vn/group.jpg", person: "Lê Quang Vinh", key: "le quang vinh", peopleShown: 2),
                candidate("http://s.gov.vn/group.jpg", person: "Trần Thị Hoa", key: "tran thi hoa", peopleShown: 2),
            ], page: "p")
        #expect(tally.portraits(sizes: [:]).map(\.linked.person?.key) == ["le quang vinh", "tran thi hoa"])
    }
}
