import Testing

@testable import DragomanAligner

/// The alignment tokens: Arabic clitics split off when the corpus supports it, English plurals reduced.
@Suite struct TokenMapsTests {
    /// Token maps of a corpus holding these Arabic and English words.
    func maps(arabic: [String], english: [String]) throws -> TokenMaps {
        let corpus = try Corpus(candidateLimit: 0)
        try corpus.add(arabic: arabic.joined(separator: " "), english: english.joined(separator: " "))
        return TokenMaps(corpus: corpus)
    }

    @Test(arguments: [
        ("التحالف", ["تحالف"]),
        ("والتحالف", ["و+", "تحالف"]),
        ("بالتحالف", ["ب+", "تحالف"]),
        ("للتحالف", ["ل+", "تحالف"]),
        ("وللتحالف", ["و+", "ل+", "تحالف"]),
        ("فالتحالف", ["ف+", "تحالف"]),
        ("وتحالف", ["و+", "تحالف"]),
        // The rest is no word of the corpus: و is part of وزراء.
        ("وزراء", ["وزراء"]),
        // الالتهاب shows that ال belongs to التهاب.
        ("التهاب", ["التهاب"]),
        ("الالتهاب", ["التهاب"]),
        ("والتهاب", ["و+", "التهاب"]),
        ("بالناتو", ["ب+", "ناتو"]),
        ("لاوكرانيا", ["ل+", "اوكرانيا"]),
    ])
    func arabicClitics(word: String, expected: [String]) throws {
        let maps = try maps(
            arabic: ["التحالف", "تحالف", "وزراء", "التهاب", "الالتهاب", "الناتو", "اوكرانيا"], english: ["x"])
        #expect(maps.segmentArabic(word) == expected)
    }

    @Test(arguments: [
        ("cases", "case"), ("viruses", "virus"), ("studies", "study"), ("masks", "mask"), ("country's", "country"),
        ("its", "its"), ("news", "news"), ("crisis", "crisis"), ("glasses", "glass"), ("series", "series"),
    ])
    func englishPlurals(word: String, expected: String) throws {
        let maps = try maps(
            arabic: ["س"], english: ["case", "virus", "study", "mask", "country", "it", "crisis", "glass"])
        #expect(maps.lemma(word) == expected)
    }

    @Test func clitcsAreMarkedAndTheArticleHasNoToken() throws {
        let maps = try maps(arabic: ["والتحالف", "التحالف", "تحالف"], english: ["the", "alliance"])
        let ids = ["و+", "تحالف"].map { maps.arabicTokens.lookup($0)! }
        #expect(ids.map { maps.isClitic[Int($0)] } == [true, false])
        #expect(maps.arabicTokens.lookup("ال+") == nil)
        #expect(maps.arabicTokens[0] == TokenMaps.null)
    }
}
