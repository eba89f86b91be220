import DragomanGlossary
import DragomanText
import Testing

/// The review step of the candidate workflow: proposed entries are in the glossary, never matched, until accepted.
@Suite struct ProposedEntryTests {
    static let header = "id\tar\ten\tar_variants\ten_variants\tstatus\n"

    static func matcher(_ rows: String) throws -> GlossaryMatcher {
        try GlossaryMatcher(glossary: GlossaryTSV.parse(header + rows, name: "g.tsv").glossary)
    }

    static let sentence = "وأكد وزراء دفاع الدول الأعضاء دعمهم لبعثة الحلف في العراق."

    @Test func aProposedEntryWithoutEnglishIsNotMatched() throws {
        let matcher = try Self.matcher("x-1\tالعراق\tIraq\t\t\tpreferred\ncand-0001\tوزراء دفاع\t\t\t\tproposed\n")
        let found = try MatchingFixture.matches(Self.sentence, matcher: matcher)
        #expect(found == [.init("العراق", "x-1")])
    }

    @Test func aProposedEntryWithEnglishIsStillNotMatched() throws {
        let matcher = try Self.matcher("cand-0001\tوزراء دفاع\tdefence ministers\t\t\tproposed\n")
        #expect(try MatchingFixture.matches(Self.sentence, matcher: matcher).isEmpty)
    }

    @Test(arguments: [TermStatus.preferred, .admitted])
    func anAcceptedEntryIsMatched(_ status: TermStatus) throws {
        var glossary = try GlossaryTSV.parse(
            Self.header + "cand-0001\tوزراء دفاع\t\t\t\tproposed\n", name: "g.tsv"
        ).glossary
        _ = try glossary.update(id: "cand-0001") { entry in
            entry.en = "defence ministers"
            entry.status = status
        }
        let found = try MatchingFixture.matches(Self.sentence, matcher: GlossaryMatcher(glossary: glossary))
        #expect(found == [.init("وزراء دفاع", "cand-0001")])
    }

    @Test func termTablesLeaveProposedEntriesOut() throws {
        let matcher = try Self.matcher("x-1\tالعراق\tIraq\t\t\tpreferred\ncand-0001\tوزراء دفاع\t\t\t\tproposed\n")
        let documents = try TextPipeline().process([SourceText(name: "a.txt", text: Self.sentence)], language: "ar")
        let tables = try TermTable.build(documents: documents, matcher: matcher)
        #expect(tables.batch.rows.map(\.entry.id) == ["x-1"])
    }

    @Test func candidatesAlreadyProposedAreNotProposedAgain() throws {
        let documents = try TextPipeline().process(
            [SourceText(name: "a.txt", text: CandidateExtractorTests.text)], language: "ar")
        let before = try CandidateExtractor(matcher: CandidateExtractorTests.matcher).candidates(in: documents)
        #expect(before.first?.key == "تحالف دولي")
        // The first candidate imported as a proposed entry (spelt with ى where the text has ي: keys are folded).
        let matcher = try Self.matcher(
            "x-1\tداعش\tISIS\t\t\t\nx-2\tوزير الدفاع\tMinister of Defence\t\t\t\ncand-0001\tالتحالف الدولى\t\t\t\tproposed\n"
        )
        let after = try CandidateExtractor(matcher: matcher).candidates(in: documents)
        #expect(!after.contains { $0.key == "تحالف دولي" })
        #expect(after.map(\.key) == before.map(\.key).filter { $0 != "تحالف دولي" })
    }
}
