import Testing
@testable import ExposureHTML

@Test func zzProfile() {
    let unit = "<div class=\"item\"><picture><figure><a href=\"x\"><img src=\"a.jpg\">t "
    let bytes = Array((String(repeating: unit, count: 5_000)).utf8)
    let clock = ContinuousClock()
    var doc: LibXMLDocument?
    print("libxml", clock.measure { doc = LibXMLDocument.parse(utf8: bytes) })
    var survey: DocumentSurvey?
    print("survey", clock.measure { survey = DocumentSurvey(root: doc!.root!) })
    var walker = PageWalker(units: survey!.units)
    print("walk", clock.measure { walker.walk(doc!.root!) })
    var depth = 0; var n = doc!.root; while let c = n { depth += 1; n = c.elementChildren.last }
    print("depth", depth)
}
