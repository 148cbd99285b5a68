import ExposureDetect
import ExposureHTML
import Testing

private func accounts(_ html: String) -> [String] {
    SocialDetector().detect(in: HTMLParser.parse(Array(html.utf8), url: "http://s.gov.vn/"))
        .map { "\($0.subtype ?? "-") \($0.normalized)" }
}

@Suite struct SocialDetectorTests {
    @Test(arguments: [
        ("https://www.facebook.com/ubndxavanlang", "facebook https://www.facebook.com/ubndxavanlang"),
        ("https://www.facebook.com/ubndxavanlang/posts/1234", "facebook https://www.facebook.com/ubndxavanlang"),
        (
            "https://m.facebook.com/profile.php?id=100012345678901&ref=bookmarks",
            "facebook https://m.facebook.com/profile.php?id=100012345678901"
        ),
        ("https://fb.com/hoangnghia.truong/", "facebook https://fb.com/hoangnghia.truong"),
        ("https://zalo.me/84936417205", "zalo https://zalo.me/0936417205"),
        ("https://zalo.me/2894713645128563001", "zalo https://zalo.me/2894713645128563001"),
        ("https://t.me/sotttt_hanoi", "telegram https://t.me/sotttt_hanoi"),
        ("https://www.tiktok.com/@cand.vn?lang=vi", "tiktok https://www.tiktok.com/@cand.vn"),
        ("https://www.youtube.com/@truyenhinhcongan", "youtube https://www.youtube.com/@truyenhinhcongan"),
        ("https://www.youtube.com/channel/UC1a2b3c", "youtube https://www.youtube.com/channel/UC1a2b3c"),
        ("skype:ten.dang.nhap?chat", "skype skype:ten.dang.nhap"),
        ("https://twitter.com/SgtBoatengCHPD", "x https://twitter.com/SgtBoatengCHPD"),
        ("https://www.instagram.com/emilynguyen.d2/", "instagram https://www.instagram.com/emilynguyen.d2"),
        ("https://www.linkedin.com/in/jane-doe-123/", "linkedin https://www.linkedin.com/in/jane-doe-123"),
    ])
    func readsAccountLinks(url: String, expected: String) {
        #expect(accounts("<p><a href=\"\(url)\">Trang cá nhân</a></p>") == [expected])
    }

    @Test(arguments: [
        "https://www.facebook.com/sharer/sharer.php?u=https://s.gov.vn/tin",
        "https://www.facebook.com/share.php?u=https://s.gov.vn/tin",
        "https://www.facebook.com/plugins/page.php?href=https://www.facebook.com/ubnd",
        "https://www.facebook.com/groups/123456",
        "https://twitter.com/intent/tweet?url=https://s.gov.vn/tin",
        "https://zalo.me/share?url=https://s.gov.vn/tin",
        "https://t.me/share/url?url=https://s.gov.vn/tin",
        "https://www.youtube.com/watch?v=x8fD3kq2LmQ",
        "https://www.instagram.com/p/Cx12ab/",
        "https://notfacebook.example.com/ubnd",
    ])
    func skipsSharesPostsAndEmbeds(url: String) {
        #expect(accounts("<p><a href=\"\(url)\">Chia sẻ</a></p>").isEmpty)
    }

    @Test(arguments: [
        ("Facebook: @CommissionerWhitfield", "facebook https://www.facebook.com/CommissionerWhitfield"),
        ("Instagram: @emilynguyen.d2", "instagram https://www.instagram.com/emilynguyen.d2"),
        ("TikTok: @cand.vn", "tiktok https://www.tiktok.com/@cand.vn"),
        ("SĐT/Zalo: 0939 415 628", "zalo https://zalo.me/0939415628"),
        ("DĐ: 0912.345.678 (Zalo)", "zalo https://zalo.me/0912345678"),
        ("Skype: ten.dang.nhap", "skype skype:ten.dang.nhap"),
        ("Facebook: facebook.com/lyminhkhang.st", "facebook https://facebook.com/lyminhkhang.st"),
        ("Fanpage:https://www.facebook.com/tuoitremytu.", "facebook https://www.facebook.com/tuoitremytu"),
    ])
    func readsAccountsPrintedAsText(text: String, expected: String) {
        #expect(accounts("<p>\(text)</p>") == [expected])
    }

    @Test(arguments: [
        "Zalo: 0233 3852 100",  // a landline has no Zalo account
        "Theo dõi chúng tôi trên Facebook và Zalo",
        "Tải ứng dụng Zalo để nhận thông báo",
        "Email: lienhe@facebook.com",
        "X: 12 hộ dân",
    ])
    func leavesMentionsOfNetworksAlone(text: String) {
        #expect(accounts("<p>\(text)</p>").isEmpty)
    }

    @Test func aLinkPrintedAsItsOwnTextIsOneAccount() {
        let html = "<p>Fanpage: <a href=\"https://www.facebook.com/sogtvt\">https://www.facebook.com/sogtvt</a></p>"
        #expect(accounts(html) == ["facebook https://www.facebook.com/sogtvt"])
    }

}
