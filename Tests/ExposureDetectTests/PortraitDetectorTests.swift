import ExposureCore
import ExposureDetect
import ExposureHTML
import Testing

private let base = "http://s.gov.vn/"

private func candidates(_ html: String) -> [PortraitCandidate] {
    let document = HTMLParser.parse(Array(html.utf8), url: base, contentType: "text/html; charset=utf-8")
    let mentions = PersonDetector(subject: Subject(name: nil)).mentions(in: document)
    return PortraitDetector.candidates(in: document, mentions: mentions)
}

/// The portraits judged from one page's candidates, by person, with their original and size.
private func portraits(_ html: String, sizes: [String: PixelSize] = [:]) -> [(person: String, image: ImageReference, subtype: String?)] {
    let found = candidates(html)
    let absoluteSizes = Dictionary(uniqueKeysWithValues: sizes.map { (base + $0.key, $0.value) })
    return PortraitDetector.portraits(from: found.map { (base, $0) }, sizes: absoluteSizes).map {
        ($0.linked.person!.name, $0.linked.detection.image!, $0.linked.detection.subtype)
    }
}

@Suite struct PortraitDetectorTests {
    @Test func aThumbnailInALeaderRowIsThatLeadersPortraitWithItsLargestOriginal() {
        let html = """
            <html lang="vi"><body><table><tr>
            <td><a href="/u/le-quang-vinh.png"><img src="/u/le-quang-vinh-150x150.png" width="150" height="150"
              srcset="/u/le-quang-vinh-150x150.png 150w, /u/le-quang-vinh-300x400.png 300w" alt="Lê Quang Vinh"></a></td>
            <td>Ông Lê Quang Vinh</td><td>Giám đốc</td></tr></table></body></html>
            """
        let found = candidates(html)
        #expect(found.count == 1)
        #expect(found.first?.association == .alt)
        #expect(found.first?.originals == [base + "u/le-quang-vinh-300x400.png", base + "u/le-quang-vinh.png"])
        let judged = portraits(
            html,
            sizes: [
                "u/le-quang-vinh-150x150.png": PixelSize(width: 150, height: 150),
                "u/le-quang-vinh-300x400.png": PixelSize(width: 300, height: 400),
                "u/le-quang-vinh.png": PixelSize(width: 600, height: 800),
            ])
        #expect(judged.count == 1)
        #expect(judged.first?.person == "Lê Quang Vinh")
        #expect(judged.first?.image.original == base + "u/le-quang-vinh.png")
        #expect(judged.first?.image.width == 600 && judged.first?.image.height == 800)
        #expect(judged.first?.subtype == "portrait")
    }

    @Test(arguments: [
        // An unnamed camera file in a staff card is that card's person.
        ("<div class='card'><img src='/u/IMG_2041.jpg' alt=''><p class='name'>Ông Cao Minh Đức</p></div>", PortraitCandidate.Association.container),
        ("<p><img src='/u/ngo-thanh-son.jpg'> Trưởng phòng: Ông Ngô Thanh Sơn</p>", .fileName),
        ("<p><img src='/u/ngo_thanh_son.jpg'> Trưởng phòng: Ông Ngô Thanh Sơn</p>", .fileName),
        ("<p><img src='/u/ng%C3%B4-thanh-s%C6%A1n.jpg'> Trưởng phòng: Ông Ngô Thanh Sơn</p>", .fileName),
        ("<figure><img src='/u/hoi-nghi.jpg'><figcaption>Ông Lê Quang Vinh phát biểu.</figcaption></figure>", .caption),
    ])
    func imagesAreTiedToTheirPerson(body: String, association: PortraitCandidate.Association) {
        let found = candidates("<html lang='vi'><body>\(body)</body></html>")
        #expect(found.map(\.association) == [association])
    }

    @Test(arguments: [
        "<header><img src='/u/le-quang-vinh.jpg' alt='Lê Quang Vinh'></header><p>Ông Lê Quang Vinh</p>",
        "<div class='card'><img src='/images/no-avatar.png' alt=''><p>Bà Võ Thị Lan</p></div>",
        "<div class='card'><img src='/images/avatar-default.jpg'><p>Bà Võ Thị Lan</p></div>",
        "<div class='card'><img src='/images/logo.png' alt='Logo'><p>Bà Võ Thị Lan</p></div>",
        "<div class='card'><img src='/u/a.png' alt='Lôgô sở'><p>Bà Võ Thị Lan</p></div>",
        "<div class='card'><img src='/u/no-photo/'><p>Bà Võ Thị Lan</p></div>",
        "<div class='card'><img src='/t.gif' width='1' height='1'><p>Bà Võ Thị Lan</p></div>",
        "<div class='card'><img src='/u/icon-phone.svg'><p>Bà Võ Thị Lan</p></div>",
        // Two people in one card: the picture is nobody's in particular.
        "<div class='card'><img src='/u/x.jpg'><p>Bà Võ Thị Lan</p><p>Ông Đặng Quốc Huy</p></div>",
    ])
    func logosIconsPixelsPlaceholdersAndChromeAreNotCandidates(body: String) {
        #expect(candidates("<html lang='vi'><body>\(body)</body></html>").isEmpty)
    }

    @Test func aFileNameIsTheLongestNameItSpells() {
        let html = """
            <html lang="vi"><body><p>Ông Hoàng Minh, Phó Chủ tịch.</p>
            <div class="card"><img src="/u/hoang-minh-tuan-300x400.jpg"><p>Ông Hoàng Minh Tuấn</p></div></body></html>
            """
        #expect(candidates(html).map(\.person.name) == ["Hoàng Minh Tuấn"])
    }

    @Test func oneStockPictureShownForTwoPeopleIsAPlaceholder() {
        let html = """
            <html lang="vi"><body><table>
            <tr><td><img src="/u/anh.jpg" width="60" height="60"> Trương Thị Bích Ngọc</td><td>0233 3852 111</td></tr>
            <tr><td><img src="/u/anh.jpg" width="60" height="60"> Hồ Thị Kim Oanh</td><td>0233 3852 112</td></tr>
            <tr><td><img src="/u/mai-xuan-truong.jpg" width="60" height="60"> Mai Xuân Trường</td><td>0233 3852 121</td></tr>
            </table></body></html>
            """
        #expect(candidates(html).count == 3)
        #expect(portraits(html).map(\.person) == ["Mai Xuân Trường"])
    }

    @Test func aGroupPhotoIsEachNamedPersonsPhotoNotAPlaceholder() {
        let html = """
            <html lang="vi"><body><figure><img src="/u/trao.png" width="800" height="533">
            <figcaption>Đồng chí Hồ Minh Khang trao quyết định cho ông Hoàng Văn Nghĩa.</figcaption></figure></body></html>
            """
        let judged = portraits(html, sizes: ["u/trao.png": PixelSize(width: 800, height: 533)])
        #expect(Set(judged.map(\.person)) == ["Hồ Minh Khang", "Hoàng Văn Nghĩa"])
        #expect(judged.allSatisfy { $0.subtype == "photo" })
    }

    @Test func theFetchedShapeOverridesTheAttributes() {
        // Declared as a square, the file is a banner: not a portrait whatever the card says.
        let html = "<html lang='vi'><body><div class='card'><img src='/u/a.jpg' width='150' height='150'><p>Bà Võ Thị Lan</p></div></body></html>"
        #expect(portraits(html, sizes: ["u/a.jpg": PixelSize(width: 1200, height: 300)]).isEmpty)
        #expect(portraits(html, sizes: ["u/a.jpg": PixelSize(width: 300, height: 400)]).count == 1)
    }

    @Test func aProfilePagesOpenGraphImageIsItsPersonsPortrait() {
        let html = """
            <html lang="vi"><head><title>Ông Lê Quang Vinh - Giám đốc Sở</title>
            <meta property="og:image" content="/u/vinh.jpg"></head>
            <body><p>Ông Lê Quang Vinh, Giám đốc Sở Nội vụ.</p></body></html>
            """
        #expect(candidates(html).map(\.association) == [.profile])
        #expect(candidates(html).map(\.image) == [base + "u/vinh.jpg"])
    }

    @Test(arguments: [
        ("http://s/u/a-150x150.jpg", "http://s/u/a.jpg"), ("http://s/u/a_thumb.png", "http://s/u/a.png"),
        ("http://s/u/a-thumbnail.webp?v=2", "http://s/u/a.webp"), ("http://s/u/a-b.jpg", nil), ("http://s/u/a-x150.jpg", nil),
    ])
    func cmsSizeSuffixesAreStripped(url: String, original: String?) {
        #expect(PortraitDetector.withoutSizeSuffix(url) == original)
    }
}
