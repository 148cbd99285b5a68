import ExposureCore
import Testing

@Suite struct FingerprintTests {
    @Test func sameFindingSameIdWhateverTheSpellingOfThePerson() {
        let a = Fingerprint.finding(kind: .phone, normalized: "+84912345678", person: "Nguyễn Văn An")
        let b = Fingerprint.finding(kind: .phone, normalized: "+84912345678", person: "NGUYEN VAN AN")
        #expect(a == b)
        #expect(a.count == 16)
    }

    @Test func differentKindValueOrPersonDifferentId() {
        let base = Fingerprint.finding(kind: .phone, normalized: "+84912345678", person: "A")
        #expect(base != Fingerprint.finding(kind: .email, normalized: "+84912345678", person: "A"))
        #expect(base != Fingerprint.finding(kind: .phone, normalized: "+84912345679", person: "A"))
        #expect(base != Fingerprint.finding(kind: .phone, normalized: "+84912345678", person: nil))
    }

    @Test func knownValueIsStableAcrossReleases() {
        // FNV-1a 64 of the empty string is its offset basis; a change here breaks every stored id.
        #expect(Fingerprint.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(Fingerprint.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Array("Giám đốc".utf8).withUnsafeBytes { Fingerprint.fnv1a64(utf8: $0) } == Fingerprint.fnv1a64("Giám đốc"))
    }
}
