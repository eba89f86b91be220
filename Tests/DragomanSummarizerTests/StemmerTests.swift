import Testing

@testable import DragomanSummarizer

@Suite struct StemmerTests {
    /// light10 on `match` forms (ة is already ه, ى is ي).
    @Test(arguments: [
        ("المعلمون", "معلم"),  // article + plural suffix
        ("والمدرسه", "مدرس"),  // conjunction+article, then teh marbuta (as heh)
        ("بالكتاب", "كتاب"),  // preposition+article
        ("مدينه", "مدين"),  // one pass: ين is not stripped after ه
        ("الاردنيه", "اردن"),  // nisba: يه then nothing more
        ("وزير", "زير"),  // light10 strips و when three letters remain (its known over-stemming)
        ("ولد", "ولد"),  // too short to strip
        ("داعش", "داعش"),
    ])
    func arabicLightStemmer(_ word: String, _ stem: String) throws {
        let stemmer = try ArabicLightStemmer(rules: LanguageData.readData("stemmer-ar.tsv"), file: "stemmer-ar.tsv")
        #expect(stemmer.stem(word) == stem)
    }

    @Test(arguments: [
        ("tries", "try"), ("agrees", "agree"), ("horses", "horse"), ("toes", "toe"), ("glass", "glass"), ("bus", "bus"),
        ("budgets", "budget"), ("is", "is"),
    ])
    func englishSStemmer(_ word: String, _ stem: String) throws {
        let stemmer = try EnglishSStemmer(rules: LanguageData.readData("stemmer-en.tsv"), file: "stemmer-en.tsv")
        #expect(stemmer.stem(word) == stem)
    }

    @Test func malformedRuleNamesItsLine() {
        #expect(
            throws: SummarizerError.badData(
                file: "x.tsv", line: 2, reason: "unknown rule kind 'infix'; use prefix or suffix")
        ) {
            try ArabicLightStemmer(rules: "prefix\tال\t2\ninfix\tا\t2\n", file: "x.tsv")
        }
    }
}
