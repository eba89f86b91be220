import DragomanGlossary
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@Suite struct CandidateExtractorTests {
    /// A glossary that knows داعش and وزير الدفاع (but not its plural), so the other phrases are candidates.
    static let matcher = try! GlossaryMatcher(
        glossary: GlossaryTSV.parse(
            "id\tar\ten\tpos\nx-1\tداعش\tISIS\tproperNoun\nx-2\tوزير الدفاع\tMinister of Defence\tnoun\n",
            name: "small.tsv"
        ).glossary)

    static let text = """
        أكد التحالف الدولي أنه سيواصل الحرب على داعش في العراق وسوريا.

        وأشاد الوزير بالتحالف الدولي وبدور القوات العراقية في تحرير المدن.

        وقال إن للتحالف الدولي دورا في دعم القوات العراقية وتعزيز الاستقرار.

        وأضاف أن وزراء دفاع التحالف الدولي سيجتمعون في بروكسل لبحث تعزيز الاستقرار.

        ودعا وزراء دفاع الدول الأعضاء إلى دعم القوات العراقية في مواجهة داعش.

        وشكل التحالف مجموعة عمل مخصصة، ثم شكلت الدول مجموعات عمل مخصصة أخرى.
        """

    static func candidates(_ text: String = text, matcher: GlossaryMatcher = matcher) throws -> [Candidate] {
        let documents = try TextPipeline().process([SourceText(name: "a.txt", text: text)], language: "ar")
        return try CandidateExtractor(matcher: matcher).candidates(in: documents)
    }

    @Test func nounPhrasesComeOutWholeWithCliticsAndFormsMerged() throws {
        let candidates = try Self.candidates()
        let coalition = try #require(candidates.first { $0.key == "تحالف دولي" })
        // التحالف الدولي, بالتحالف الدولي, للتحالف الدولي and the one inside وزراء دفاع التحالف الدولي.
        #expect(coalition.frequency == 4)
        #expect(coalition.text == "التحالف الدولي")
        #expect(candidates.contains { $0.key == "قوات عراقي" && $0.frequency == 3 })
        // مجموعة عمل مخصصة and مجموعات عمل مخصصة are one term (sound plural and feminine merged).
        #expect(candidates.contains { $0.key == "مجموعه عمل مخصص" && $0.frequency == 2 })
    }

    /// Noun phrases only: no general word at either end (تعزيز الاستقرار, دعم القوات العراقية), no verb, no
    /// pronoun suffix, nothing the glossary matches.
    @Test func generalPhrasesVerbsAndPronounsAreLeftOut() throws {
        let keys = try Self.candidates().map(\.key)
        for general in ["تعزيز استقرار", "دعم قوات عراقي", "دعم قوات"] { #expect(!keys.contains(general)) }
        for key in keys {
            let words = key.split(separator: " ").map(String.init)
            for stop in ["في", "الي", "علي", "ان", "انه", "قال", "وقال", "اكد", "سيجتمعون", "سيواصل"] {
                #expect(!words.contains(stop), "\(key)")
            }
            #expect(!words.contains("داعش"), "\(key)")
        }
    }

    @Test(arguments: [
        // An iḍāfa chain with a definite end, a noun and its adjectives.
        (["مجموعات", "العمل"], true), (["المهمة", "العسكرية"], true), (["مجموعة", "عمل", "مخصصة"], true),
        // A word without the article after one with it; no adjective at the end of an indefinite phrase.
        (["العلاقات", "ثنائية"], false), (["سبل", "تطوير"], false),
        // A nisba adjective at the head is the tail of a longer phrase; general words at either end.
        (["امنية", "ثنائية"], false), (["تعزيز", "التعاون"], false), (["العلاقات", "الجديدة"], false),
    ])
    func nounPhrasePatterns(_ words: [String], _ expected: Bool) {
        let match = words.map { Normalizer(profile: .match).normalize($0).text }
        #expect(CandidateExtractor.isNounPhrase(match) == expected, "\(words)")
    }

    @Test func cValueFollowsFrantzi() throws {
        let candidates = try Self.candidates()
        // التحالف الدولي (4 times) nested only in sequences seen once, which are not candidates: C = log2(2) · 4.
        let coalition = try #require(candidates.first { $0.key == "تحالف دولي" })
        #expect(abs(coalition.score - 4) < 1e-9)
        // مجموعة عمل مخصصة (twice, 3 words): C = log2(3) · 2 ≈ 3.17.
        let group = try #require(candidates.first { $0.key == "مجموعه عمل مخصص" })
        #expect(abs(group.score - log2(3) * 2) < 1e-9)
        #expect(candidates.first?.key == "تحالف دولي")
    }

    /// وزراء دفاع is a form of the glossary's وزير الدفاع (the فعلاء plural of a فعيل noun, without its article):
    /// proposed as a variant of that concept, carrying its id.
    /// The most frequent spelling names a candidate, whether it is written as its `match` form (الامريكي) or not
    /// (الأمريكي): the two spellings of one word are counted apart.
    @Test(arguments: [
        (plain: 1, hamza: 2, expected: "الرئيس الأمريكي"),
        (plain: 2, hamza: 1, expected: "الرئيس الامريكي"),
    ])
    func theMostFrequentSpellingNamesACandidate(plain: Int, hamza: Int, expected: String) throws {
        let sentences =
            Array(repeating: "وقال الرئيس الامريكي إنه سيدرس الطلب.", count: plain)
            + Array(repeating: "وقال الرئيس الأمريكي إنه سيدرس الطلب.", count: hamza)
        let candidates = try Self.candidates(sentences.joined(separator: "\n\n"))
        let president = try #require(candidates.first { $0.key == "رئيس امريكي" })
        #expect(president.text == expected)
        #expect(president.frequency == 3)
    }

    @Test func aFormOfAConceptIsProposedAsItsVariant() throws {
        let text = "اجتمع وزراء دفاع كثيرون. وحضر وزراء دفاع آخرون."
        let candidates = try Self.candidates(text)
        let ministers = try #require(candidates.first { $0.key == "وزير دفاع" })
        #expect(ministers.concept == "x-2")
        let glossary = CandidateExtractor.glossary(
            candidates, source: "test", date: "2026-12-04", concepts: Self.matcher.glossary)
        let row = try #require(glossary.entries.first { $0.ar == "وزراء دفاع" })
        #expect(row.id == "x-2")
        #expect(row.note.hasPrefix("a form of وزير الدفاع (Minister of Defence); C-value 2.00, frequency 2"))
        // Import merges it into x-2 as a proposed variant.
        var target = Self.matcher.glossary
        let actions = GlossaryMerger(policy: .keep).merge(glossary.entries, into: &target)
        #expect(actions.map(\.description).contains("merged\tx-2\tوزراء دفاع\t\tar_proposed +وزراء دفاع"))
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
        #expect(parsed.glossary.entries.first?.ar == "التحالف الدولي")
        #expect(parsed.glossary.entries.first?.id == "cand-0001")
    }

    /// The seeds' candidates, judged by `Benchmarks/candidate-labels.tsv` (the README's labelling rule): at least
    /// 60% of the first 20 are terms, and every candidate among the first 50 is labelled.
    @Test func seedCandidatesArePrecise() throws {
        let glossary = try GlossaryStore(path: Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path)
            .load().glossary
        let documents = try TextPipeline().process(paths: [Repository.root.appendingPathComponent("seeds").path])
        let candidates = try CandidateExtractor(matcher: GlossaryMatcher(glossary: glossary)).candidates(
            in: documents)
        let labels = try CandidateLabels(
            path: Repository.root.appendingPathComponent(CandidateLabels.defaultPath).path)
        let top20 = labels.judge(candidates, set: "seeds", top: 20)
        #expect(top20.unlabelled.map(\.text) == [])
        #expect(labels.judge(candidates, set: "seeds", top: 50).unlabelled.map(\.text) == [])
        #expect(top20.judged > 0)
        #expect(Double(top20.terms) / Double(top20.judged) >= 0.6, "\(top20)")
    }

    /// The politics articles of the EASC dev split, with the labels the README's table uses: at least 60% of the
    /// first 20 candidates are terms.
    @Test(.enabled(if: Repository.hasShared("easc-dev/manifest.tsv"), "needs ../shared/easc-dev"))
    func eascPoliticsCandidatesArePrecise() throws {
        let corpus = Repository.shared("easc-dev")
        let manifest = try String(contentsOf: corpus.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        let rows = manifest.split(whereSeparator: \.isNewline).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        let category = try #require(rows.first?.firstIndex(of: "category"))
        let paths = rows.dropFirst().filter { $0.count > category && $0[category] == "politics" }.map {
            corpus.appendingPathComponent("articles/\($0[0]).txt").path
        }
        #expect(paths.count == 14)
        let glossary = try GlossaryStore(path: Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path)
            .load().glossary
        let documents = try TextPipeline().process(paths: paths, language: "ar")
        let candidates = try CandidateExtractor(matcher: GlossaryMatcher(glossary: glossary)).candidates(
            in: documents)
        let labels = try CandidateLabels(
            path: Repository.root.appendingPathComponent(CandidateLabels.defaultPath).path)
        let top20 = labels.judge(candidates, set: "easc-politics", top: 20)
        #expect(top20.unlabelled.map(\.text) == [])
        #expect(top20.judged == 20)
        #expect(top20.precision >= 0.6, "\(top20)")
    }
}
