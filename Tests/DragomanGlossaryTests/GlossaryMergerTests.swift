import DragomanGlossary
import Testing

@Suite struct GlossaryMergerTests {
    func sample() throws -> Glossary { try GlossaryStore(path: Fixture.path("sample.tsv")).load().glossary }

    let incoming = [
        GlossaryEntry(id: "p1", ar: "مجلس الأمن", en: "Security Council", pos: "properNoun"),
        GlossaryEntry(
            id: "p2", ar: "الناتو", en: "NATO", enVariants: ["the Alliance"], definition: "ignored: already has one"),
        GlossaryEntry(id: "p3", ar: "الامين العام", en: "Secretary-General", domain: "other", source: "UN style guide"),
        GlossaryEntry(id: "p4", ar: "هدنه", en: "armistice"),
        GlossaryEntry(id: "dm-0001", ar: "عقوبات", en: "sanctions"),
    ]

    /// A free imported id is kept ("p1"); a taken one ("dm-0001") gets the next free number.
    @Test func keepSkipsConflictsAndMergesTheRest() throws {
        var glossary = try sample()
        let actions = GlossaryMerger(policy: .keep).merge(incoming, into: &glossary)
        #expect(
            actions.map(\.description) == [
                "added\tp1\tمجلس الأمن\tSecurity Council",
                "merged\tdm-0001\tالناتو\tNATO\ten_variants +the Alliance",
                "merged\tdm-0002\tالامين العام\tSecretary-General\tsource",
                "skipped\tdm-0005\tهدنه\tarmistice\tglossary has 'وقف إطلاق النار' = 'ceasefire'",
                "added\tdm-0007\tعقوبات\tsanctions",
            ])
        let ceasefire = try #require(glossary.entries.first { $0.id == "dm-0005" })
        #expect(ceasefire.en == "ceasefire")
        #expect(ceasefire.enVariants == ["truce"])
        let nato = try #require(glossary.entries.first { $0.id == "dm-0001" })
        #expect(nato.definition == "Military alliance of North American and European states, founded 1949.")
        #expect(glossary.entries.first { $0.id == "dm-0002" }?.domain == "politics")
    }

    @Test func replaceKeepsTheIdAndExtraColumns() throws {
        var glossary = try sample()
        let actions = GlossaryMerger(policy: .replace).merge([incoming[3]], into: &glossary)
        #expect(actions.map(\.description) == ["replaced\tdm-0005\tهدنه\tarmistice\twas 'ceasefire'"])
        let entry = try #require(glossary.entries.first { $0.id == "dm-0005" })
        #expect(entry.ar == "هدنه")
        #expect(entry.en == "armistice")
        #expect(entry.arVariants.isEmpty)
    }

    @Test func variantAddsTheEnglishAsAVariant() throws {
        var glossary = try sample()
        let actions = GlossaryMerger(policy: .variant).merge([incoming[3]], into: &glossary)
        #expect(actions.map(\.description) == ["variant\tdm-0005\tهدنه\tarmistice\tEnglish variant added: armistice"])
        let entry = try #require(glossary.entries.first { $0.id == "dm-0005" })
        #expect(entry.en == "ceasefire")
        #expect(entry.enVariants == ["truce", "armistice"])
        #expect(entry.arVariants == ["هدنة"])
    }

    @Test func reportChangesNothing() throws {
        let original = try sample()
        var glossary = original
        let actions = GlossaryMerger(policy: .report).merge(incoming, into: &glossary)
        #expect(glossary == original)
        #expect(actions.map(\.kind) == [.added, .merged, .merged, .conflict, .added])
    }

    @Test func anEntryAlreadyPresentIsUnchanged() throws {
        var glossary = try sample()
        let same = glossary.entries[4]
        #expect(GlossaryMerger(policy: .keep).merge([same], into: &glossary).map(\.kind) == [.unchanged])
    }

    @Test func checkRefusesAnImportWithoutArabic() {
        let entries = [GlossaryEntry(ar: "هدنة", en: "truce", line: 2), GlossaryEntry(ar: "", en: "shelling", line: 3)]
        #expect(
            throws: GlossaryError.invalidImport(
                file: "p.csv", line: 3, reason: "the entry has no Arabic term; fill it in or remove it")
        ) {
            try GlossaryMerger.check(entries, file: "p.csv")
        }
        #expect(
            GlossaryError.invalidImport(
                file: "p.csv", line: 3, reason: "the entry has no Arabic term; fill it in or remove it"
            ).description
                == "p.csv:3: the entry has no Arabic term; fill it in or remove it; nothing was imported")
    }
}
