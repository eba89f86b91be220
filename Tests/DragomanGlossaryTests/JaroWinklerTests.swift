import Testing

@testable import DragomanGlossary

/// Jaro–Winkler against published values, and the scores behind the fuzzy threshold of 0.90.
@Suite struct JaroWinklerTests {
    /// Winkler (1990) / Wikipedia worked examples, to three decimals.
    static let published: [(String, String, Double)] = [
        ("MARTHA", "MARHTA", 0.961), ("DWAYNE", "DUANE", 0.840), ("DIXON", "DICKSONX", 0.813),
    ]

    @Test(arguments: published)
    func publishedValues(_ a: String, _ b: String, _ expected: Double) {
        #expect(abs(JaroWinkler.similarity(a, b) - expected) < 0.0005)
    }

    /// Seed spelling variants of listed names (match forms) score above the threshold.
    static let variants: [(String, String)] = [
        ("ستوليبنبيرج", "ستولينبيرج"), ("الضفدي", "الصفدي"), ("ستولتنبرج", "ستولتنبرغ"), ("بلينكين", "بلينكن"),
    ]

    @Test(arguments: variants)
    func seedVariantsPass(_ a: String, _ b: String) {
        #expect(JaroWinkler.similarity(a, b) >= FuzzyNameMatcher.threshold)
        #expect(FuzzyNameMatcher.withinOneEdit(Array(a.unicodeScalars), Array(b.unicodeScalars)))
    }

    /// Different words one letter apart, which the threshold (or the one-edit rule) must reject.
    static let different: [(String, String)] = [
        ("روسي", "روتي"), ("الصحفي", "الصفدي"), ("حسن", "حسين"), ("اوستن", "اوسلو"), ("دوكارو", "دولار"),
    ]

    @Test(arguments: different)
    func differentWordsFail(_ a: String, _ b: String) {
        let close =
            JaroWinkler.similarity(a, b) >= FuzzyNameMatcher.threshold
            && FuzzyNameMatcher.withinOneEdit(Array(a.unicodeScalars), Array(b.unicodeScalars))
            && min(a.unicodeScalars.count, b.unicodeScalars.count) >= FuzzyNameMatcher.minimumLength
        #expect(!close)
    }

    @Test func oneEditCoversInsertionDeletionSubstitutionTransposition() {
        func one(_ a: String, _ b: String) -> Bool {
            FuzzyNameMatcher.withinOneEdit(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(
            one("abcdef", "abcxdef") && one("abcdef", "abdef") && one("abcdef", "abxdef") && one("abcdef", "abdcef"))
        #expect(!one("abcdef", "badcef") && !one("abcdef", "abcdefgh") && !one("abcdef", "axcdey"))
    }
}
