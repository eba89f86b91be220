import DragomanGlossary
import DragomanTestSupport
import Foundation
import Testing

@testable import DragomanAligner

/// The aligner on parallel text whose right answers are known (Fixtures/nato.*).
@Suite struct AlignerTests {
    static let terms = [
        "التحالف", "حلف شمال الأطلسي", "وزراء الدفاع", "ستولتنبرغ", "الناتو", "الدعم العسكري", "الاتحاد الأوروبي",
        "القمة", "أوكرانيا",
    ]
    static let expected = [
        "alliance", "NATO", "defence ministers", "Stoltenberg", "NATO", "military support", "European Union", "summit",
        "Ukraine",
    ]

    static func aligner(_ source: ParallelSource) throws -> ParallelAligner {
        try ParallelAligner(sources: [source])
    }

    static let lineAligned = ParallelSource.lineAligned(
        arabic: Fixture.path("nato.ar.txt"), english: Fixture.path("nato.en.txt"))

    @Test(arguments: [
        lineAligned, ParallelSource.tsv(Fixture.path("nato.tsv")), ParallelSource.tmx(Fixture.path("nato.tmx")),
        ParallelSource.xliff(Fixture.path("nato.ar-en.xlf")), ParallelSource.xliff(Fixture.path("nato.en-ar.xlf")),
    ])
    func everyTermGetsItsEquivalentFromEveryFormat(source: ParallelSource) throws {
        let aligner = try Self.aligner(source)
        #expect(aligner.pairs == 38)
        let result = try aligner.align(arabicTerms: Self.terms.map { AlignmentTerm($0) })
        #expect(result.arabic.map { $0.proposals.first?.text } == Self.expected)
    }

    @Test func aTermWithCliticsAttachedIsTheSameTerm() throws {
        let aligner = try Self.aligner(Self.lineAligned)
        let result = try aligner.align(arabicTerms: [AlignmentTerm("التحالف"), AlignmentTerm("للتحالف")])
        // التحالف, والتحالف, بالتحالف, للتحالف: 11 pairs, all aligned to "alliance".
        for alignment in result.arabic {
            #expect(alignment.occurrences == 11)
            #expect(alignment.aligned == 11)
            #expect(alignment.proposals.first?.text == "alliance")
            #expect(alignment.proposals.first?.count == 11)
        }
        // أوكرانيا counts لأوكرانيا; الناتو counts بالناتو.
        let more = try aligner.align(arabicTerms: [AlignmentTerm("أوكرانيا"), AlignmentTerm("الناتو")]).arabic
        #expect(more.map(\.occurrences) == [8, 3])
    }

    @Test func proposalsCarryEvidenceAndTwoExamples() throws {
        let aligner = try Self.aligner(Self.lineAligned)
        let best = try #require(
            try aligner.align(arabicTerms: [AlignmentTerm("وزراء الدفاع")]).arabic.first?.proposals.first)
        #expect(best.text == "defence ministers")
        #expect(best.count == 8)
        #expect(best.score == 1)
        #expect(best.examples.map(\.number) == [1, 4])
        #expect(best.examples[0].arabic == "اجتمع وزراء الدفاع في بروكسل.")
        #expect(best.examples[0].english == "Defence ministers met in Brussels.")
    }

    @Test func nameSpellingsAreReportedAsArabicVariants() throws {
        let aligner = try Self.aligner(Self.lineAligned)
        let result = try aligner.align(arabicTerms: [AlignmentTerm("ستولتنبرغ"), AlignmentTerm("ستولتنبيرغ")]).arabic
        #expect(result.map { $0.proposals.first?.text } == ["Stoltenberg", "Stoltenberg"])
        #expect(result.map(\.spellingVariants) == [["ستولتنبيرغ"], ["ستولتنبرغ"]])
    }

    @Test func englishTermsGetArabicEquivalents() throws {
        let aligner = try Self.aligner(Self.lineAligned)
        let result = try aligner.align(
            arabicTerms: [], englishTerms: ["alliance", "defence ministers", "NATO", "Mars"])
        #expect(
            result.english.map { $0.proposals.first?.text } == ["التحالف", "وزراء الدفاع", "حلف شمال الأطلسي", nil])
        #expect(result.english[3].occurrences == 0)
    }

    @Test func aTermAbsentFromTheCorpusHasNoProposal() throws {
        let aligner = try Self.aligner(Self.lineAligned)
        let result = try aligner.align(arabicTerms: [AlignmentTerm("مجلس الأمن")]).arabic
        #expect(result[0].occurrences == 0)
        #expect(result[0].proposals.isEmpty)
    }

    @Test func candidatesSkipWhatTheGlossaryHas() throws {
        let aligner = try Self.aligner(Self.lineAligned)
        let glossary = try GlossaryTSV.parse(try Fixture.text("nato.glossary.tsv"), name: "g.tsv").glossary
        let candidates = try aligner.candidateTerms(excluding: glossary)
        // Noun phrases seen twice or more (the candidate extractor of `terms --candidates`).
        #expect(candidates.contains("وزراء الدفاع"))
        #expect(candidates.contains("الاتحاد الأوروبي"))
        #expect(!candidates.contains("التحالف"))
        #expect(!candidates.contains("حلف شمال الأطلسي"))
        #expect(ParallelAligner.entry(for: "التحالف", in: glossary)?.id == "dm-0001")
        #expect(ParallelAligner.entry(for: "الناتو", in: glossary)?.id == "dm-0003")
        #expect(ParallelAligner.entry(for: "روسيا", in: glossary) == nil)
    }

    @Test func checkReportsHowEntriesAreFollowed() throws {
        let aligner = try Self.aligner(Self.lineAligned)
        let glossary = try GlossaryTSV.parse(try Fixture.text("nato.glossary.tsv"), name: "g.tsv").glossary
        let checks = try aligner.check(glossary)
        // مجلس الأمن is never seen: left out.
        #expect(checks.map(\.entry.id) == ["dm-0001", "dm-0002", "dm-0003"])
        #expect(checks.map(\.seen) == [11, 6, 10])
        #expect(checks.map(\.approved) == [0, 6, 10])
        #expect(checks.map(\.verdict) == [.outdated, .ok, .ok])
        #expect(checks[0].renderings.map(\.text) == ["alliance"])
        #expect(checks[0].renderings[0].examples.count == 2)
        #expect(
            AlignmentOutput.checkTSV(checks) == """
                id\tar\ten\tseen\tapproved\tshare\trenderings\tverdict
                dm-0001\tالتحالف\tcoalition\t11\t0\t0%\talliance (11)\toutdated
                dm-0002\tالقمة\tsummit\t6\t6\t100%\t\tok
                dm-0003\tحلف شمال الأطلسي\tNATO\t10\t10\t100%\t\tok

                """)
    }

    @Test func anAcronymOnlyMatchesInCapitals() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let tsv = try folder.write(
            "قالت منظمة الصحة العالمية إن المرض ينتشر\tWHO said the disease spreads\n"
                + "المرضى الذين سافروا\tpatients who travelled\n"
                + "أعلنت منظمة الصحة العالمية حالة الطوارئ\tWHO declared an emergency\n"
                + "الأطباء الذين عالجوا المرضى\tthe doctors who treated the patients\n",
            to: "who.tsv")
        let aligner = try ParallelAligner(sources: [.tsv(tsv)])
        let result = try aligner.align(arabicTerms: [], englishTerms: ["WHO", "who"]).english
        #expect(result.map(\.occurrences) == [2, 4])
        let check = try aligner.check(Glossary(entries: [GlossaryEntry(id: "x1", ar: "الذين", en: "WHO")]))
        #expect(check.first?.approved == 0)
    }

    @Test func glossaryTSVImportsAsVariantsOfKnownConcepts() throws {
        let aligner = try Self.aligner(Self.lineAligned)
        let glossary = try GlossaryTSV.parse(try Fixture.text("nato.glossary.tsv"), name: "g.tsv").glossary
        let terms =
            glossary.entries.map { AlignmentTerm($0.ar, entry: $0) }
            + ["وزراء الدفاع", "ستولتنبرغ"].map {
                AlignmentTerm($0)
            }
        let result = try aligner.align(arabicTerms: terms).arabic
        let rows = AlignmentOutput.glossary(result, source: "test", date: "2024-05-01").entries
        // القمة = summit and حلف شمال الأطلسي = NATO are already right: nothing to import for them.
        #expect(rows.map(\.id) == ["dm-0001", "align-0001", "align-0002"])
        #expect(rows.map(\.ar) == ["التحالف", "وزراء الدفاع", "ستولتنبرغ"])
        #expect(rows.map(\.en) == ["alliance", "defence ministers", "Stoltenberg"])
        #expect(rows.map(\.arVariants) == [[], [], ["ستولتنبيرغ"]])
        #expect(rows.allSatisfy { $0.status == .proposed && $0.source == "test" && $0.updated == "2024-05-01" })
        #expect(
            rows[1].note
                == "score 1.00, 8 of 8 pairs; e.g. pair 1: «اجتمع وزراء الدفاع في بروكسل.» = «Defence ministers met in Brussels.»; e.g. pair 4: «وناقش وزراء الدفاع الدعم العسكري لأوكرانيا.» = «And defence ministers discussed military support for Ukraine.»"
        )
        // The TSV is the glossary's own format.
        let text = try AlignmentOutput.tsv(result, source: "test", date: "2024-05-01")
        let parsed = try GlossaryTSV.parse(text, name: "proposals.tsv")
        #expect(parsed.problems.isEmpty)
        #expect(parsed.glossary.entries.count == 3)
        var merged = glossary
        let actions = GlossaryMerger(policy: .variant).merge(parsed.glossary.entries, into: &merged)
        // The file is in id order: the two new concepts, then the English variant of dm-0001.
        #expect(actions.map(\.kind) == [.added, .added, .variant])
        #expect(actions[2].detail == "English variant added: alliance")
        #expect(merged.entries.count == glossary.entries.count + 2)
        #expect(merged.entries[0].en == "coalition")
        #expect(merged.entries[0].enVariants == ["alliance"])
    }

    @Test func jsonHasEveryProposalWithItsEvidence() throws {
        let aligner = try Self.aligner(.tmx(Fixture.path("nato.tmx")))
        let result = try aligner.align(arabicTerms: [AlignmentTerm("التحالف")], englishTerms: ["summit"])
        let text = AlignmentOutput.json(
            arabic: result.arabic, english: result.english, pairs: aligner.pairs, tooLong: aligner.tooLong,
            skipped: aligner.skipped)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["pairs"] as? Int == 38)
        #expect((object["skipped"] as? [String])?.count == 1)
        let term = try #require((object["terms"] as? [[String: Any]])?.first)
        #expect(term["ar"] as? String == "التحالف")
        #expect(term["occurrences"] as? Int == 11)
        let proposal = try #require((term["proposals"] as? [[String: Any]])?.first)
        #expect(proposal["en"] as? String == "alliance")
        #expect((proposal["examples"] as? [[String: Any]])?.first?["pair"] as? Int == 2)
        let english = try #require((object["english_terms"] as? [[String: Any]])?.first)
        #expect(((english["proposals"] as? [[String: Any]])?.first?["ar"] as? String) == "القمة")
    }
}
