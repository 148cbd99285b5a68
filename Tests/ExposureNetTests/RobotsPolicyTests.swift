import ExposureNet
import Testing

/// One robots.txt, one path, and whether the auditor may fetch it.
struct RobotsCase: Sendable, CustomTestStringConvertible {
    let name: String
    let robots: String
    let path: String
    let allowed: Bool

    var testDescription: String { name }

    /// Two groups for the auditor with a `*` group between them.
    private static let splitGroups = """
        User-agent: exposure-audit
        Disallow: /a

        User-agent: *
        Disallow: /b

        User-agent: exposure-audit
        Disallow: /c
        """

    static let all: [RobotsCase] = [
        RobotsCase(name: "empty file allows all", robots: "", path: "/anything", allowed: true),
        RobotsCase(
            name: "star group prefix disallow", robots: "User-agent: *\nDisallow: /private",
            path: "/private/records.html", allowed: false),
        RobotsCase(
            name: "star group leaves other paths", robots: "User-agent: *\nDisallow: /private",
            path: "/public", allowed: true),
        RobotsCase(
            name: "paths are case-sensitive", robots: "User-agent: *\nDisallow: /Private",
            path: "/private", allowed: true),
        RobotsCase(
            name: "specific group beats star",
            robots: "User-agent: *\nDisallow: /\n\nUser-agent: exposure-audit\nDisallow: /secret",
            path: "/staff", allowed: true),
        RobotsCase(
            name: "specific group's own rules apply",
            robots: "User-agent: *\nDisallow: /\n\nUser-agent: exposure-audit\nDisallow: /secret",
            path: "/secret/list", allowed: false),
        RobotsCase(
            name: "other agents' groups are ignored", robots: "User-agent: otherbot\nDisallow: /",
            path: "/", allowed: true),
        RobotsCase(
            name: "agent match ignores case and version",
            robots: "User-Agent: Exposure-Audit/1.0\nDisallow: /x", path: "/x", allowed: false),
        RobotsCase(
            name: "longer token is another agent", robots: "User-agent: exposure-auditor\nDisallow: /",
            path: "/", allowed: true),
        RobotsCase(
            name: "agent listed among several",
            robots: "User-agent: foo\nUser-agent: exposure-audit\nDisallow: /shared",
            path: "/shared", allowed: false),
        RobotsCase(
            name: "groups for the same agent merge",
            robots: splitGroups,
            path: "/c", allowed: false),
        RobotsCase(
            name: "merged groups exclude star",
            robots: splitGroups,
            path: "/b", allowed: true),
        RobotsCase(
            name: "a rule line ends the agent list",
            robots: "User-agent: exposure-audit\nDisallow: /mine\nUser-agent: *\nDisallow: /theirs",
            path: "/theirs", allowed: true),
        RobotsCase(
            name: "longest match allow wins", robots: "User-agent: *\nDisallow: /folder\nAllow: /folder/page",
            path: "/folder/page", allowed: true),
        RobotsCase(
            name: "longest match disallow wins", robots: "User-agent: *\nAllow: /folder\nDisallow: /folder/page",
            path: "/folder/page.html", allowed: false),
        RobotsCase(
            name: "order does not matter", robots: "User-agent: *\nAllow: /folder/page\nDisallow: /folder",
            path: "/folder/other", allowed: false),
        RobotsCase(
            name: "allow wins a tie", robots: "User-agent: *\nDisallow: /page\nAllow: /page", path: "/page",
            allowed: true),
        RobotsCase(
            name: "wildcard in the middle", robots: "User-agent: *\nDisallow: /*.pdf", path: "/docs/minutes.pdf",
            allowed: false),
        RobotsCase(
            name: "wildcard needs its suffix", robots: "User-agent: *\nDisallow: /*.pdf", path: "/docs/minutes.html",
            allowed: true),
        RobotsCase(
            name: "end anchor matches the end", robots: "User-agent: *\nDisallow: /*.pdf$", path: "/a.pdf",
            allowed: false),
        RobotsCase(
            name: "end anchor rejects a longer path", robots: "User-agent: *\nDisallow: /*.pdf$", path: "/a.pdf?x=1",
            allowed: true),
        RobotsCase(
            name: "root anchor only matches root", robots: "User-agent: *\nDisallow: /$", path: "/page",
            allowed: true),
        RobotsCase(
            name: "root anchor matches root", robots: "User-agent: *\nDisallow: /$", path: "/", allowed: false),
        RobotsCase(
            name: "query strings are matched", robots: "User-agent: *\nDisallow: /*?session=",
            path: "/page?session=1", allowed: false),
        RobotsCase(
            name: "encoded tilde in path", robots: "User-agent: *\nDisallow: /~joe", path: "/%7Ejoe/index.html",
            allowed: false),
        RobotsCase(
            name: "encoded tilde in pattern", robots: "User-agent: *\nDisallow: /%7ejoe", path: "/~joe/index.html",
            allowed: false),
        RobotsCase(
            name: "non-ASCII pattern matches encoded path", robots: "User-agent: *\nDisallow: /ツ",
            path: "/%E3%83%84/page", allowed: false),
        RobotsCase(
            name: "escape case is irrelevant", robots: "User-agent: *\nDisallow: /a%2Fb", path: "/a%2fb",
            allowed: false),
        RobotsCase(
            name: "encoded slash is not a slash", robots: "User-agent: *\nDisallow: /a%2Fb", path: "/a/b",
            allowed: true),
        RobotsCase(
            name: "robots.txt is always allowed", robots: "User-agent: *\nDisallow: /", path: "/robots.txt",
            allowed: true),
        RobotsCase(name: "disallow all", robots: "User-agent: *\nDisallow: /", path: "/anything", allowed: false),
        RobotsCase(
            name: "empty disallow allows all", robots: "User-agent: *\nDisallow:", path: "/anything", allowed: true),
        RobotsCase(
            name: "rules before any agent are ignored", robots: "Disallow: /x\nUser-agent: *\nDisallow: /y",
            path: "/x", allowed: true),
        RobotsCase(
            name: "BOM, CRLF and comments",
            robots: "\u{FEFF}# site rules\r\nUser-agent: * # everyone\r\nDisallow: /tmp # scratch\r\n",
            path: "/tmp/file", allowed: false),
        RobotsCase(
            name: "bare CR line ends", robots: "User-agent: *\rDisallow: /old\r", path: "/old", allowed: false),
        RobotsCase(
            name: "missing colons", robots: "User-agent *\nDisallow /nocolon", path: "/nocolon", allowed: false),
        RobotsCase(
            name: "keys ignore case", robots: "USER-AGENT: *\nDISALLOW: /loud", path: "/loud", allowed: false),
        RobotsCase(
            name: "common misspelling", robots: "User-agent: *\nDissallow: /typo", path: "/typo", allowed: false),
        RobotsCase(
            name: "unrooted pattern is rooted", robots: "User-agent: *\nDisallow: private", path: "/private",
            allowed: false),
        RobotsCase(
            name: "HTML error page", robots: "<html><body><h1>Not Found</h1>: nothing here</body></html>", path: "/",
            allowed: true),
        RobotsCase(
            name: "binary junk", robots: "\u{0}\u{1}\u{7F}:::\n::\n\u{FFFD}\u{FFFD}: /\nDisallow", path: "/",
            allowed: true),
        RobotsCase(
            name: "empty path means root", robots: "User-agent: *\nDisallow: /$", path: "", allowed: false),
    ]
}

/// RFC 9309 parsing and matching.
@Suite(.timeLimit(.minutes(1)))
struct RobotsPolicyTests {
    @Test(arguments: RobotsCase.all)
    func decides(_ example: RobotsCase) {
        let policy = RobotsPolicy.parse(example.robots, userAgent: UserAgent.robotsToken)
        #expect(policy.isAllowed(example.path) == example.allowed)
    }

    @Test func crawlDelayComesFromTheChosenGroup() {
        let text = "User-agent: *\nCrawl-delay: 10\n\nUser-agent: exposure-audit\nCrawl-delay: 2.5\nDisallow: /x"
        #expect(RobotsPolicy.parse(text, userAgent: "exposure-audit").crawlDelay == .milliseconds(2500))
        #expect(RobotsPolicy.parse(text, userAgent: "someone-else").crawlDelay == .seconds(10))
    }

    @Test(arguments: ["", "Crawl-delay: soon", "Crawl-delay: -3", "Crawl-delay: nan"])
    func crawlDelayIsAbsentWhenMissingOrUnreadable(line: String) {
        let policy = RobotsPolicy.parse("User-agent: *\n\(line)\nDisallow: /x", userAgent: "exposure-audit")
        #expect(policy.crawlDelay == nil)
        #expect(!policy.isAllowed("/x"))
    }

    @Test func absurdCrawlDelayIsCappedAtADay() {
        let policy = RobotsPolicy.parse("User-agent: *\nCrawl-delay: 1e300", userAgent: "exposure-audit")
        #expect(policy.crawlDelay == .seconds(86_400))
    }

    @Test func crawlDelayEndsTheAgentList() {
        let text = "User-agent: exposure-audit\nCrawl-delay: 1\nUser-agent: *\nDisallow: /"
        let policy = RobotsPolicy.parse(text, userAgent: "exposure-audit")
        #expect(policy.crawlDelay == .seconds(1))
        #expect(policy.isAllowed("/page"))
    }

    @Test func sitemapsAreCollectedFromEveryGroup() {
        let text = """
            Sitemap: https://agency.example/sitemap.xml
            User-agent: otherbot
            Disallow: /
            Sitemap: https://agency.example/news-sitemap.xml # news
            User-agent: *
            Allow: /
            """
        let policy = RobotsPolicy.parse(text, userAgent: "exposure-audit")
        #expect(policy.sitemaps == ["https://agency.example/sitemap.xml", "https://agency.example/news-sitemap.xml"])
    }

    @Test func onlyTheFirst500KiBAreRead() {
        let padding = String(repeating: "# padding padding padding\n", count: 25_000)
        let policy = RobotsPolicy.parse(
            "User-agent: *\nDisallow: /early\n" + padding + "Disallow: /late\n", userAgent: "exposure-audit")
        #expect(!policy.isAllowed("/early"))
        #expect(policy.isAllowed("/late"))
    }

    @Test func aLineCutByTheLimitIsDropped() {
        let head = "User-agent: *\n"
        let cutLine = "Disallow: /"
        let fillerCount = 500 * 1024 - head.utf8.count - cutLine.utf8.count - 1
        let text = head + String(repeating: "#", count: fillerCount) + "\n" + cutLine + "abcdef\n"
        #expect(head.utf8.count + fillerCount + 1 + cutLine.utf8.count == 500 * 1024)

        let policy = RobotsPolicy.parse(text, userAgent: "exposure-audit")

        #expect(policy.isAllowed("/other"))
    }

    @Test func manyWildcardsStayFast() {
        // Backtracking would take exponential time here; tracking positions takes milliseconds.
        let pattern = "/" + String(repeating: "*a", count: 300) + "b"
        let policy = RobotsPolicy.parse("User-agent: *\nDisallow: \(pattern)", userAgent: "exposure-audit")
        #expect(policy.isAllowed("/" + String(repeating: "a", count: 1_000)))
        #expect(!policy.isAllowed("/" + String(repeating: "a", count: 1_000) + "b"))
    }

    @Test func ourTokenMayCarryAVersion() {
        let policy = RobotsPolicy.parse("User-agent: exposure-audit\nDisallow: /", userAgent: "Exposure-Audit/0.1.0")
        #expect(!policy.isAllowed("/page"))
    }

    @Test func fixedPolicies() {
        #expect(RobotsPolicy.allowAll.isAllowed("/private"))
        #expect(!RobotsPolicy.disallowAll.isAllowed("/"))
        #expect(!RobotsPolicy.disallowAll.isAllowed("/private?q=1"))
        #expect(RobotsPolicy.disallowAll.isAllowed("/robots.txt"))
        #expect(RobotsPolicy.allowAll.crawlDelay == nil)
        #expect(RobotsPolicy.allowAll.sitemaps.isEmpty)
    }
}
