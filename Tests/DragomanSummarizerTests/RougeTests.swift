import DragomanSummarizer
import DragomanTestSupport
import Foundation
import Testing

@Suite struct RougeTests {
    /// The checked-in fixture: expected values computed once with Google's rouge-score 0.1.2 (make_expected.py).
    @Test func englishScoresEqualRougeScore() throws {
        let root = Support.fixture("rouge-en")
        let pairs = try RougeEvaluation.pairs(reference: root + "/reference", system: root + "/system")
        let evaluation = RougeEvaluation(pairs: pairs, tokenizer: RougeTokenizer())
        let expected = try String(contentsOfFile: root + "/expected.tsv", encoding: .utf8)
        var checked = 0
        for line in expected.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("document") {
            let fields = line.split(separator: "\t").map(String.init)
            let document = try #require(evaluation.documents.first { $0.name == fields[0] })
            let score = try #require(document.scores.all.first { $0.name == fields[1] }).score
            #expect(abs(score.precision - Double(fields[2])!) < 1e-9, "\(fields[0]) \(fields[1]) P")
            #expect(abs(score.recall - Double(fields[3])!) < 1e-9, "\(fields[0]) \(fields[1]) R")
            #expect(abs(score.f - Double(fields[4])!) < 1e-9, "\(fields[0]) \(fields[1]) F")
            checked += 1
        }
        #expect(checked == 12)
        #expect(evaluation.documents.first { $0.name == "storm" }?.references == 3)
        #expect(evaluation.documents.first { $0.name == "market" }?.references == 1)
    }

    @Test func arabicIsTokenizedNotDropped() {
        // Punctuation splits; tatweel is dropped without splitting the word.
        let tokens = RougeTokenizer().tokens("قال الوزير: إن 800 جندي وصلوا، والـ28 من الشهر.")
        #expect(tokens == ["قال", "الوزير", "إن", "800", "جندي", "وصلوا", "وال28", "من", "الشهر"])
    }

    @Test(arguments: [
        ("أعلنت الحكومة الأردنية", "اعلنت الحكومه الاردنيه"),
        ("مُكافحة الإرهاب في المنطقة", "مكافحه الارهاب في المنطقه"),
        ("على مستوى ٢٠٢١", "علي مستوي 2021"),
    ])
    func matchNormalizationMakesSpellingVariantsEqual(_ a: String, _ b: String) {
        #expect(RougeTokenizer(normalize: true).tokens(a) == RougeTokenizer(normalize: true).tokens(b))
        #expect(RougeTokenizer().tokens(a) != RougeTokenizer().tokens(b))
    }

    @Test func arabicScoresArePositive() {
        let tokenizer = RougeTokenizer(normalize: true)
        let scores = RougeScores.score(
            system: tokenizer.tokens("أعلنت الحكومة خطة جديدة لمكافحة الإرهاب."),
            references: [tokenizer.tokens("اعلنت الحكومه خطه لمكافحه الارهاب في المنطقه.")])
        // Unigrams: 5 of 6 system, 5 of 7 reference; bigrams: 3 of 5 and 3 of 6; LCS: 5.
        #expect(abs(scores.rouge1.precision - 5.0 / 6) < 1e-12)
        #expect(abs(scores.rouge1.recall - 5.0 / 7) < 1e-12)
        #expect(abs(scores.rouge2.precision - 3.0 / 5) < 1e-12)
        #expect(abs(scores.rouge2.recall - 3.0 / 6) < 1e-12)
        #expect(abs(scores.rougeL.recall - 5.0 / 7) < 1e-12)
    }

    @Test func bootstrapIntervalContainsTheMean() {
        let values = (0..<50).map { Double($0 % 7) / 7 }
        let estimate = Bootstrap().estimate(values)
        #expect(estimate.low < estimate.mean && estimate.mean < estimate.high)
        #expect(estimate.low > 0.3 && estimate.high < 0.6)
        let constant = Bootstrap().estimate([0.5, 0.5, 0.5])
        #expect(constant.low == 0.5 && constant.high == 0.5)
    }

    @Test func missingReferenceIsNamed() throws {
        // The references folder has no "market" reference under this name: the system folder's own files are
        // looked up in a folder holding only lettered references of other documents.
        let root = Support.fixture("rouge-en")
        let references = TestScratch.root.appendingPathComponent(
            "rouge-refs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: references, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: references) }
        try "Nothing happened today.\n".write(
            to: references.appendingPathComponent("empty.A.txt"), atomically: true, encoding: .utf8)
        #expect(
            throws: SummarizerError.missingReference(system: root + "/system/market.txt", folder: references.path)
        ) {
            try RougeEvaluation.pairs(reference: references.path, system: root + "/system")
        }
        let message = SummarizerError.missingReference(system: "out/a.txt", folder: "refs").description
        #expect(
            message
                == "out/a.txt: no reference summary in refs; name references NAME.A.txt, NAME.B.txt, … (or NAME.txt) after the system file"
        )
    }

    /// A reference whose document has no system summary used to be left out, raising the mean; it is an error,
    /// and an empty summary scores it 0.
    @Test func aReferenceWithoutASystemSummaryIsAnError() throws {
        let root = TestScratch.root.appendingPathComponent("rouge-orphan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in [
            ("refs/a.A.txt", "the cat sat"), ("refs/b.A.txt", "a dog barked"), ("out/a.txt", "the cat sat"),
        ] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let refs = root.appendingPathComponent("refs").path
        let out = root.appendingPathComponent("out").path
        #expect(throws: SummarizerError.missingSystemSummary(reference: refs + "/b.A.txt", folder: out)) {
            try RougeEvaluation.pairs(reference: refs, system: out)
        }
        try "".write(to: root.appendingPathComponent("out/b.txt"), atomically: true, encoding: .utf8)
        let pairs = try RougeEvaluation.pairs(reference: refs, system: out)
        let evaluation = RougeEvaluation(pairs: pairs, tokenizer: RougeTokenizer(normalize: false))
        #expect(evaluation.documents.map(\.scores.all[0].score.f) == [1, 0])
    }

    @Test func bootstrapResamplesAreCapped() {
        #expect(Bootstrap.maximumResamples == 100_000)
        // A billion resamples of two documents would take minutes and 8 GB; capped, it is immediate.
        let estimate = Bootstrap(resamples: 1_000_000_000).estimate([0.2, 0.4])
        #expect(abs(estimate.mean - 0.3) < 1e-12)
        #expect(estimate.low >= 0.2 && estimate.high <= 0.4)
    }

    @Test func missingFolderAndEmptySystemFolderAreErrors() throws {
        #expect(throws: SummarizerError.unreadable(path: "/nonexistent/refs", reason: "no such folder")) {
            try RougeEvaluation.pairs(reference: "/nonexistent/refs", system: "/nonexistent/refs")
        }
        let empty = TestScratch.root.appendingPathComponent("rouge-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: SummarizerError.noSystemSummaries(folder: empty.path)) {
            try RougeEvaluation.pairs(reference: empty.path, system: empty.path)
        }
    }
}
