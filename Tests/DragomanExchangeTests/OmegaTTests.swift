import DragomanExchange
import DragomanGlossary
import Testing

@Suite struct OmegaTTests {
    @Test func writesOneLinePerArabicFormWithStatusAndNote() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(
                id: "dm-0002", ar: "الدولة الإسلامية في العراق والشام", en: "ISIS", status: .deprecated,
                note: "use dm-0001"),
            GlossaryEntry(id: "dm-0001", ar: "تنظيم الدولة الإسلامية", en: "Islamic State", arVariants: ["داعش"]),
        ])
        let text = try OmegaTGlossary.write(glossary)
        #expect(
            text.split(separator: "\n").dropFirst() == [
                "تنظيم الدولة الإسلامية\tIslamic State\t", "داعش\tIslamic State\t",
                "الدولة الإسلامية في العراق والشام\tISIS\t[deprecated] use dm-0001",
            ])
    }

    @Test func roundTripKeepsArabicFormsEnglishStatusAndNoteOnly() throws {
        let original = try GlossaryTSV.parse(try Fixture.text("sample.tsv"), name: "sample.tsv").glossary
        let back = try GlossaryFormat.omegat.read(try GlossaryFormat.omegat.write(original), name: "g.txt").glossary
        #expect(back.entries.map(\.ar) == original.entries.map(\.ar))
        #expect(back.entries.map(\.arVariants) == original.entries.map(\.arVariants))
        #expect(back.entries.map(\.en) == original.entries.map(\.en))
        #expect(back.entries.map(\.status) == original.entries.map(\.status))
        #expect(back.entries.map(\.note) == original.entries.map(\.note))
        // What OmegaT cannot carry.
        #expect(
            back.entries.allSatisfy {
                $0.enVariants.isEmpty && $0.pos.isEmpty && $0.definition.isEmpty && $0.updated.isEmpty
            })
    }

    /// Each Arabic form's own status is its line's marker, and comes back into its list.
    @Test func formsKeepTheirStatus() throws {
        let original = try GlossaryTSV.parse(try Fixture.text("features.tsv"), name: "features.tsv").glossary
        let text = try OmegaTGlossary.write(original)
        #expect(
            text.split(separator: "\n").dropFirst().prefix(6) == [
                "داعش\tISIS\tDeprecated forms adopt the group's claim.",
                "تنظيم داعش\tISIS\tDeprecated forms adopt the group's claim.",
                "الدولة الإسلامية\tISIS\t[deprecated] Deprecated forms adopt the group's claim.",
                "تنظيم الدولة الإسلامية\tISIS\t[deprecated] Deprecated forms adopt the group's claim.",
                "داعيش\tISIS\t[misspelling] Deprecated forms adopt the group's claim.",
                "دواعش\tISIS\t[proposed] Deprecated forms adopt the group's claim.",
            ])
        let back = try OmegaTGlossary.read(text, name: "o.txt").entries
        #expect(back.map(\.ar) == original.entries.map(\.ar))
        #expect(back.map(\.arVariants) == original.entries.map(\.arVariants))
        #expect(back.map(\.arDeprecated) == original.entries.map(\.arDeprecated))
        #expect(back.map(\.arMisspellings) == original.entries.map(\.arMisspellings))
        #expect(back.map(\.arProposed) == original.entries.map(\.arProposed))
        #expect(back.map(\.status) == original.entries.map(\.status))
    }

    @Test func readsCommentsCRLFAndTwoColumnLines() throws {
        let text = "# my glossary\r\nهدنة\ttruce\r\n\r\nقصف مدفعي\tartillery shelling\tfrom the desk\r\n"
        let entries = try OmegaTGlossary.read(text, name: "o.txt").entries
        #expect(entries.map(\.ar) == ["هدنة", "قصف مدفعي"])
        #expect(entries.map(\.note) == ["", "from the desk"])
        #expect(entries.map(\.line) == [2, 4])
    }

    @Test func aLineWithoutTargetIsAnError() {
        #expect(throws: ExchangeError.fieldCount(file: "o.txt", line: 2, expected: 2, found: 1)) {
            try OmegaTGlossary.read("هدنة\ttruce\nقصف\n", name: "o.txt")
        }
        #expect(
            ExchangeError.fieldCount(file: "o.txt", line: 2, expected: 2, found: 1).description
                == "o.txt:2: 1 field, expected 2; check the separators on this line")
    }

    /// Found by the fuzzer: two concepts with the same English and comment, written one after the other, read back
    /// as one concept. The second follows a blank line now, which reading takes as a boundary.
    @Test func neighbouringConceptsWithTheSameEnglishStayApart() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(id: "dm-0001", ar: "هدنة", en: "truce"),
            GlossaryEntry(id: "dm-0002", ar: "تهدئة", en: "truce"),
        ])
        let text = try OmegaTGlossary.write(glossary)
        #expect(text.hasSuffix("هدنة\ttruce\t\n\nتهدئة\ttruce\t\n"))
        #expect(try OmegaTGlossary.read(text, name: "o.txt").entries.map(\.ar) == ["هدنة", "تهدئة"])
    }

    /// Found by the fuzzer: a term starting with "#" was written at the start of a line and read back as a comment.
    @Test func aTermStartingWithAHashIsNotAComment() throws {
        let glossary = Glossary(entries: [GlossaryEntry(id: "dm-0001", ar: "#هاشتاغ", en: "hashtag")])
        let text = try OmegaTGlossary.write(glossary)
        #expect(text.hasSuffix("\n #هاشتاغ\thashtag\t\n"))
        #expect(try OmegaTGlossary.read(text, name: "o.txt").entries.map(\.ar) == ["#هاشتاغ"])
    }
}
