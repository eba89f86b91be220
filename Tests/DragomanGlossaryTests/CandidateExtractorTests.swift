import DragomanGlossary
import DragomanText
import Testing

@Suite struct CandidateExtractorTests {
    /// A glossary that knows only داعش, so the coalition phrases are candidates.
    static let matcher = try! GlossaryMatcher(
        glossary: GlossaryTSV.parse("id\tar\ten\nx-1\tداعش\tISIS\n", name: "small.tsv").glossary)

    static let text = """
        أكد التحالف الدولي أنه سيواصل الحرب على داعش في العراق وسوريا.

        وأشاد الوزير بالتحالف الدولي وبدور القوات العراقية في تحرير المدن.

        وقال إن للتحالف الدولي دورا في دعم القوات العراقية وتعزيز الاستقرار.

        وأضاف أن وزراء دفاع التحالف الدولي سيجتمعون في بروكسل لبحث تعزيز الاستقرار.

        ودعا وزراء دفاع الدول الأعضاء إلى دعم القوات العراقية في مواجهة داعش.
        """

    static func candidates() throws -> [Candidate] {
        let documents = try TextPipeline().process([SourceText(name: "a.txt", text: text)], language: "ar")
        return try CandidateExtractor(matcher: matcher).candidates(in: documents)
    }

    @Test func nounAdjectivePhrasesComeOutWholeWithCliticsMerged() throws {
        let candidates = try Self.candidates()
        let coalition = try #require(candidates.first { $0.key == "التحالف الدولي" })
        // التحالف الدولي, بالتحالف الدولي, للتحالف الدولي and the one inside وزراء دفاع التحالف الدولي.
        #expect(coalition.frequency == 4)
        #expect(coalition.text == "التحالف الدولي")
        #expect(candidates.contains { $0.key == "القوات العراقيه" && $0.frequency == 3 })
        #expect(candidates.contains { $0.key == "تعزيز الاستقرار" && $0.frequency == 2 })
    }

    @Test func cValueRanksNestedTermsBelowTheirFrequency() throws {
        let candidates = try Self.candidates()
        let ministers = try #require(candidates.first { $0.key == "وزراء دفاع" })
        // وزراء دفاع occurs twice, each time inside a longer candidate: C = log2(2)·(2 − (1+1)/2) = 1.
        #expect(ministers.frequency == 2)
        #expect(abs(ministers.score - 1) < 1e-9)
        let coalition = try #require(candidates.first { $0.key == "التحالف الدولي" })
        #expect(candidates.firstIndex { $0.key == "التحالف الدولي" }! < candidates.firstIndex { $0.key == "وزراء دفاع" }!)
        #expect(coalition.score > ministers.score)
    }

    @Test func noCandidateStartsOrEndsWithAFunctionWordOrContainsAGlossaryTerm() throws {
        for candidate in try Self.candidates() {
            let words = candidate.key.split(separator: " ").map(String.init)
            for stop in ["في", "الي", "علي", "ان", "انه", "قال", "وقال", "اكد"] {
                #expect(words.first != stop && words.last != stop, "\(candidate.key)")
            }
            #expect(!words.contains("داعش"), "\(candidate.key)")
            #expect(!words.dropFirst().contains { $0.hasPrefix("بال") || $0.hasPrefix("لل") || $0.hasPrefix("وال") },
                "\(candidate.key)")
        }
    }

    @Test func outputIsGlossaryTSVWithEmptyEnglishAndProposedStatus() throws {
        let documents = try TextPipeline().process([SourceText(name: "a.txt", text: Self.text)], language: "ar")
        let tsv = try CandidateExtractor(matcher: Self.matcher).candidatesTSV(
            in: documents, source: "candidates from 1 document", date: "2026-11-25")
        let parsed = try GlossaryTSV.parse(tsv, name: "candidates.tsv")
        #expect(parsed.problems.isEmpty)
        #expect(!parsed.glossary.entries.isEmpty)
        #expect(parsed.glossary.entries.allSatisfy { $0.en.isEmpty && $0.status == .proposed })
        // Rank order: دعم القوات العراقية (3 words, twice, never nested: C = log2 3 · 2 ≈ 3.17) before التحالف الدولي
        // (2 words, 4 times, nested once in longer sequences seen once: C = 1 · (4 − 1) = 3).
        #expect(parsed.glossary.entries.prefix(2).map(\.ar) == ["دعم القوات العراقية", "التحالف الدولي"])
        #expect(parsed.glossary.entries.prefix(2).map(\.id) == ["cand-0001", "cand-0002"])
    }
}
