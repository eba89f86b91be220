import Testing

@testable import DragomanSummarizer

@Suite struct TermCacheTests {
    static func value(_ cache: TermCache, _ word: String) -> (surface: Int32, stem: Int32)? {
        var word = word
        return word.withUTF8 { cache.value(of: $0) }
    }

    static func insert(_ cache: inout TermCache, _ word: String, _ value: (surface: Int32, stem: Int32)) {
        var word = word
        word.withUTF8 { cache.insert($0, value) }
    }

    /// Each `match` form keeps its own ids, stopwords' (-1, -1) included.
    @Test func eachFormKeepsItsIDs() {
        var cache = TermCache()
        let forms = ["الحلف", "الحلق", "في", "الناتو", "nato"]
        for (k, form) in forms.enumerated() { Self.insert(&cache, form, form == "في" ? (-1, -1) : (Int32(k), 7)) }
        #expect(cache.count == forms.count)
        #expect(Self.value(cache, "الحلق")! == (1, 7))
        #expect(Self.value(cache, "في")! == (-1, -1))
        #expect(Self.value(cache, "nato")! == (4, 7))
        #expect(Self.value(cache, "الحل") == nil)
    }
}
