import DragomanGlossary
import DragomanText
import Foundation
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

    @Test func cValueFollowsFrantzi() throws {
        let candidates = try Self.candidates()
        // وزراء دفاع (twice) is nested only in sequences seen once, which are not candidates: C = log2(2) · 2 = 2.
        let ministers = try #require(candidates.first { $0.key == "وزراء دفاع" })
        #expect(ministers.frequency == 2)
        #expect(abs(ministers.score - 2) < 1e-9)
        // التحالف الدولي (4 times): C = 4; دعم القوات العراقية (twice, 3 words): C = log2(3) · 2 ≈ 3.17.
        let coalition = try #require(candidates.first { $0.key == "التحالف الدولي" })
        #expect(abs(coalition.score - 4) < 1e-9)
        let support = try #require(candidates.first { $0.key == "دعم القوات العراقيه" })
        #expect(abs(support.score - log2(3) * 2) < 1e-9)
        // القوات العراقيه (3 times) is nested in دعم القوات العراقيه (twice): C = 1 · (3 − 2/1) = 1.
        let forces = try #require(candidates.first { $0.key == "القوات العراقيه" })
        #expect(abs(forces.score - 1) < 1e-9)
        #expect(candidates.prefix(2).map(\.key) == ["التحالف الدولي", "دعم القوات العراقيه"])
    }

    @Test func noCandidateStartsOrEndsWithAFunctionWordOrContainsAGlossaryTerm() throws {
        for candidate in try Self.candidates() {
            let words = candidate.key.split(separator: " ").map(String.init)
            for stop in ["في", "الي", "علي", "ان", "انه", "قال", "وقال", "اكد"] {
                #expect(words.first != stop && words.last != stop, "\(candidate.key)")
            }
            #expect(!words.contains("داعش"), "\(candidate.key)")
            #expect(
                !words.dropFirst().contains { $0.hasPrefix("بال") || $0.hasPrefix("لل") || $0.hasPrefix("وال") },
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
        // Rank order, best C-value first.
        #expect(parsed.glossary.entries.prefix(2).map(\.ar) == ["التحالف الدولي", "دعم القوات العراقية"])
        #expect(parsed.glossary.entries.prefix(2).map(\.id) == ["cand-0001", "cand-0002"])
    }
}
