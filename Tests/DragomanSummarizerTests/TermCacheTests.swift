import Testing

@testable import DragomanSummarizer

@Suite struct TermCacheTests {
    /// Looks `word` up by its UTF-8 bytes.
    static func value(_ cache: TermCache, _ word: String) -> (surface: Int32, stem: Int32)? {
        var word = word
        return word.withUTF8 { cache.value(of: $0) }
    }

    static func insert(_ cache: inout TermCache, _ word: String, _ value: (surface: Int32, stem: Int32)) {
        var word = word
        word.withUTF8 { cache.insert($0, value) }
    }

    /// Keys are bytes: forms that differ in one letter, a prefix of another, or only in normalization are different
    /// keys (the analyzer only ever asks with `match` forms).
    @Test(arguments: [
        ("الحلف", "الحلق"), ("الناتو", "الناتج"), ("داعش", "داعشي"), ("امن", "الامن"), ("الأمن", "الامن"),
        ("nato", "natos"), ("", "ا"),
    ])
    func distinctKeys(_ first: String, _ second: String) {
        var cache = TermCache()
        Self.insert(&cache, first, (1, 2))
        #expect(Self.value(cache, first)! == (1, 2))
        #expect(Self.value(cache, second) == nil)
        Self.insert(&cache, second, (3, 4))
        #expect(Self.value(cache, first)! == (1, 2))
        #expect(Self.value(cache, second)! == (3, 4))
        #expect(cache.count == 2)
    }

    /// Many keys (the table grows several times): every one is found with its own value.
    @Test func growsAndKeepsEveryKey() {
        var cache = TermCache()
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
        var words: [String] = []
        for a in letters { for b in letters { for c in letters.prefix(12) { words.append(String([a, b, c])) } } }
        for (k, word) in words.enumerated() { Self.insert(&cache, word, (Int32(k), Int32(-k))) }
        #expect(cache.count == words.count)
        for (k, word) in words.enumerated() { #expect(Self.value(cache, word)! == (Int32(k), Int32(-k))) }
        #expect(Self.value(cache, "الحلف") == nil)
    }
}
