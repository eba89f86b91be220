import DragomanGlossary
import Testing

@Suite struct GlossaryEditingTests {
    func sample() throws -> Glossary { try GlossaryStore(path: Fixture.path("sample.tsv")).load().glossary }

    @Test func addAssignsTheNextId() throws {
        var glossary = try sample()
        let added = try glossary.add(GlossaryEntry(ar: "قصف مدفعي", en: "artillery shelling"))
        #expect(added.id == "dm-0007")
        #expect(glossary.entries.count == 7)
    }

    @Test func addRefusesAnArabicFormAlreadyPresentInAnotherSpelling() throws {
        var glossary = try sample()
        #expect(throws: GlossaryError.arabicTaken(term: "حلف شمال الاطلنطى", id: "dm-0001")) {
            try glossary.add(GlossaryEntry(ar: "حلف شمال الاطلنطى", en: "Atlantic Alliance"))
        }
        #expect(
            GlossaryError.arabicTaken(term: "حلف شمال الاطلنطى", id: "dm-0001").description
                == "the Arabic term 'حلف شمال الاطلنطى' is already in the glossary as entry 'dm-0001' (after normalization); update that entry instead"
        )
    }

    @Test func addRefusesEmptyTermsBadDatesAndUsedIds() throws {
        var glossary = try sample()
        #expect(throws: GlossaryError.emptyValue(column: "en")) {
            try glossary.add(GlossaryEntry(ar: "هدنة إنسانية", en: ""))
        }
        #expect(try glossary.add(GlossaryEntry(ar: "هدنة إنسانية", en: "", status: .proposed)).id == "dm-0007")
        #expect(throws: GlossaryError.invalidDate("2026/11/25")) {
            try glossary.add(GlossaryEntry(ar: "قصف", en: "shelling", updated: "2026/11/25"))
        }
        #expect(throws: GlossaryError.duplicateID("dm-0002")) {
            try glossary.add(GlossaryEntry(id: "dm-0002", ar: "قصف", en: "shelling"))
        }
    }

    @Test func updateChangesFieldsButNotTheIdAndChecksCollisions() throws {
        var glossary = try sample()
        let changed = try glossary.update(id: "dm-0005") { entry in
            entry.arVariants.append("وقف النار")
            entry.id = "other"
        }
        #expect(changed.id == "dm-0005")
        #expect(changed.arVariants == ["هدنة", "وقف النار"])
        #expect(throws: GlossaryError.arabicTaken(term: "الناتو", id: "dm-0001")) {
            try glossary.update(id: "dm-0005") { $0.arVariants.append("الناتو") }
        }
        #expect(throws: GlossaryError.unknownID("dm-9999")) { try glossary.update(id: "dm-9999") { _ in } }
    }

    @Test func removeIsAllOrNothing() throws {
        var glossary = try sample()
        #expect(throws: GlossaryError.unknownID("dm-0042")) { try glossary.remove(ids: ["dm-0001", "dm-0042"]) }
        #expect(glossary.entries.count == 6)
        #expect(try glossary.remove(ids: ["dm-0001", "dm-0006"]).map(\.id) == ["dm-0001", "dm-0006"])
        #expect(glossary.entries.map(\.id) == ["dm-0002", "dm-0003", "dm-0004", "dm-0005"])
    }

    @Test(arguments: [
        ("حلف شمال الاطلنطي", ["dm-0001"]),  // a variant, without hamza
        ("الناتو", ["dm-0001"]),
        ("الأمين العامّ", ["dm-0002"]),  // with shadda
        ("atlantic alliance", ["dm-0001"]),  // English variant, other case
        ("isis", ["dm-0003", "dm-0004"]),  // variant of one, term of another
        ("الدولة", ["dm-0003", "dm-0004"]),  // contained
        ("dm-0005", ["dm-0005"]),
        ("طائرة مسيرة", []),
    ])
    func findByAnySpellingEnglishOrId(query: String, ids: [String]) throws {
        #expect(try sample().find(query).map(\.id) == ids)
    }

    @Test func statsCountStatusesAndFields() throws {
        let stats = GlossaryStats(try sample())
        #expect(
            stats.report == """
                entries: 6
                status preferred: 3
                status admitted: 1
                status deprecated: 1
                status proposed: 1
                pos noun: 3
                pos properNoun: 3
                domain organization: 3
                domain military: 2
                domain politics: 1
                arabic variants: 5
                english variants: 6
                with definition: 2
                with note: 3
                last updated: 2026-11-23

                """)
    }
}
