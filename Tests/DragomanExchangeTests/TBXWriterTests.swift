import DragomanExchange
import DragomanGlossary
import DragomanTestSupport
import Foundation
import Testing

@Suite struct TBXWriterTests {
    func sample() throws -> Glossary {
        try GlossaryTSV.parse(try Fixture.text("sample.tsv"), name: "sample.tsv").glossary
    }

    // Schema checks need xmllint and ../shared/schemas/tbx (both in CI; the TBX schemas may not be copied here).
    @Test(.enabled(if: XMLLint.canValidateTBX, "needs xmllint and ../shared/schemas/tbx"))
    func exportValidatesAgainstTheTBXCoreSchema() throws {
        let tbx = try TBXWriter().write(try sample())
        let result = try XMLLint.validate(tbx, against: XMLLint.tbxCore, name: "export.tbx")
        #expect(result.status == 0, "\(result.combined)")
        #expect(result.combined.contains("validates"))
    }

    @Test(.enabled(if: XMLLint.canValidateTBX, "needs xmllint and ../shared/schemas/tbx"))
    func emptyGlossaryAndEscapedValuesValidate() throws {
        #expect(try XMLLint.validate(try TBXWriter().write(Glossary()), against: XMLLint.tbxCore).status == 0)
        try Self.escapedValuesRoundTrip(validate: true)
    }

    @Test func escapedValuesRoundTrip() throws {
        try Self.escapedValuesRoundTrip(validate: false)
    }

    static func escapedValuesRoundTrip(validate: Bool) throws {
        let tricky = Glossary(entries: [
            GlossaryEntry(
                id: "dm-0001", ar: "قوات \"الردع\" & <الحماية>", en: "Deterrence & <Protection> Forces",
                note: "a < b > c & \"d\"")
        ])
        let tbx = try TBXWriter().write(tricky)
        #expect(tbx.contains("<term>قوات \"الردع\" &amp; &lt;الحماية&gt;</term>"))
        if validate { #expect(try XMLLint.validate(tbx, against: XMLLint.tbxCore).status == 0) }
        let back = try TBXReader().read(Data(tbx.utf8), name: "t.tbx").glossary.entries
        #expect(back.map(\.ar) == ["قوات \"الردع\" & <الحماية>"])
        #expect(back.map(\.note) == ["a < b > c & \"d\""])
    }

    @Test func carriesStatusPartOfSpeechDefinitionNoteAndLanguages() throws {
        let tbx = try TBXWriter().write(try sample())
        #expect(
            tbx.contains("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\">"))
        #expect(tbx.contains("<langSec xml:lang=\"ar\">"))
        #expect(tbx.contains("<langSec xml:lang=\"en\">"))
        #expect(tbx.contains("<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>"))
        #expect(tbx.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
        #expect(tbx.contains("<termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>"))
        #expect(tbx.contains("<termNote type=\"processStatus\">provisionallyProcessed</termNote>"))
        #expect(tbx.contains("<termNote type=\"partOfSpeech\">properNoun</termNote>"))
        #expect(tbx.contains("<descrip type=\"definition\">An agreement to stop fighting.</descrip>"))
        #expect(tbx.contains("<note>dated name; use dm-0003</note>"))
    }

    @Test func tsvToTBXToTSVKeepsEveryFieldButExtraColumns() throws {
        var original = try sample()
        let tbx = try GlossaryFormat.tbx.write(original)
        let back = try GlossaryFormat.tbx.read(tbx, name: "sample.tbx")
        #expect(back.skipped.isEmpty)
        // TBX carries no extra columns: compare without them.
        original.extraColumns = []
        for index in original.entries.indices { original.entries[index].extra = [:] }
        #expect(try GlossaryTSV.serialize(back.glossary) == GlossaryTSV.serialize(original))
    }

    @Test func aSignedDatePartPassesTheGlossaryButNotTBX() throws {
        // The glossary's date check only reads each part as a number, so "+1" passes; TBX wants digits.
        var glossary = Glossary()
        try glossary.add(GlossaryEntry(id: "dm-0001", ar: "هدنة", en: "truce", updated: "2024-+1-05"))
        #expect(throws: ExchangeError.invalidDate(id: "dm-0001", value: "2024-+1-05")) {
            try TBXWriter().write(glossary)
        }
    }

    @Test func badDateEmptyConceptAndDuplicateIdAreRefused() {
        #expect(throws: ExchangeError.invalidDate(id: "dm-0001", value: "25/11/2026")) {
            try TBXWriter().write(
                Glossary(entries: [GlossaryEntry(id: "dm-0001", ar: "هدنة", en: "truce", updated: "25/11/2026")]))
        }
        #expect(
            ExchangeError.invalidDate(id: "dm-0001", value: "25/11/2026").description
                == "entry 'dm-0001': 'updated' is '25/11/2026', not an ISO date (YYYY-MM-DD); fix it (dragoman glossary lint shows all such values)"
        )
        #expect(throws: ExchangeError.emptyConcept(id: "dm-0002")) {
            try TBXWriter().write(Glossary(entries: [GlossaryEntry(id: "dm-0002", ar: "", en: "")]))
        }
        #expect(throws: ExchangeError.duplicateID("dm-0003")) {
            try TBXWriter().write(
                Glossary(entries: [
                    GlossaryEntry(id: "dm-0003", ar: "هدنة", en: "truce"),
                    GlossaryEntry(id: "dm-0003", ar: "قصف", en: "shelling"),
                ]))
        }
    }

    @Test func controlCharacterIsRefused() {
        #expect(throws: ExchangeError.unwritableValue(id: "dm-0001", column: "note", value: "bell\u{7}")) {
            try TBXWriter().write(
                Glossary(entries: [GlossaryEntry(id: "dm-0001", ar: "هدنة", en: "truce", note: "bell\u{7}")]))
        }
    }

    @Test func idsThatAreNotXMLNamesAreMadeValid() throws {
        let tbx = try TBXWriter().write(Glossary(entries: [GlossaryEntry(id: "42 a", ar: "هدنة", en: "truce")]))
        #expect(tbx.contains("<conceptEntry id=\"c42_a\">"))
        if XMLLint.canValidateTBX { #expect(try XMLLint.validate(tbx, against: XMLLint.tbxCore).status == 0) }
    }
}
