import DragomanExchange
import DragomanGlossary
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@Suite struct TBXWriterTests {
    static func glossary(_ name: String) throws -> Glossary {
        try GlossaryTSV.parse(try Fixture.text(name), name: name).glossary
    }

    /// The shipped glossary, `Glossaries/ar-en.tsv`.
    static func shipped() throws -> Glossary {
        let path = Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path
        return try GlossaryTSV.parse(try String(contentsOfFile: path, encoding: .utf8), name: "ar-en.tsv").glossary
    }

    /// One shipped entry of each shape the writer treats differently (part of speech, entity type or subject
    /// field, status, forms of each status, inflect, teh_marbuta, blocking phrases): what the Schematron check
    /// needs to see, at a fraction of its cost on the whole glossary.
    static func shippedShapes() throws -> Glossary {
        var glossary = try shipped()
        var seen = Set<String>()
        glossary.entries = glossary.entries.filter { entry in
            let shape = [
                entry.pos, String(["person", "organization", "place"].contains(entry.domain)),
                entry.status.rawValue, String(entry.arVariants.isEmpty), String(entry.enVariants.isEmpty),
                String(entry.arDeprecated.isEmpty), String(entry.enDeprecated.isEmpty),
                String(entry.arMisspellings.isEmpty), String(entry.blockedIn.isEmpty), entry.extra["inflect"] ?? "",
                entry.extra["teh_marbuta"] ?? "",
            ].joined(separator: "|")
            return seen.insert(shape).inserted
        }
        return glossary
    }

    // MARK: - Validity

    @Test(.enabled(if: XMLLint.canValidateTBX, "needs xmllint and ../shared/schemas/tbx"))
    func exportValidatesAgainstTheTBXCoreSchema() throws {
        for glossary in [try Self.glossary("sample.tsv"), try Self.glossary("features.tsv"), try Self.shipped()] {
            let tbx = try TBXWriter().write(glossary)
            let result = try XMLLint.validate(tbx, against: XMLLint.tbxCore, name: "export.tbx")
            #expect(result.status == 0, "\(result.combined)")
            #expect(result.combined.contains("validates"))
        }
    }

    /// TBX-Basic's own rules (its Schematron): partOfSpeech from its picklist (a proper noun is a noun), no
    /// processStatus, subjectField at concept level only; a document breaking them is caught (the check can fail).
    @Test(.enabled(if: Schematron.canValidateTBXBasic, "needs pyschematron (Python 3.12) and ../shared/schemas/tbx"))
    func exportValidatesAgainstTheTBXBasicSchematronRules() throws {
        let documents = try [
            TBXWriter().write(Self.glossary("sample.tsv")), TBXWriter().write(Self.glossary("features.tsv")),
            TBXWriter().write(Self.shippedShapes()),
        ]
        let broken = documents[1].replacingOccurrences(
            of: "<termNote type=\"partOfSpeech\">noun</termNote>",
            with: "<termNote type=\"partOfSpeech\">properNoun</termNote>")
        let verdicts = try Schematron.validate(documents + [broken])
        for verdict in verdicts.prefix(3) {
            #expect(verdict.valid, "\(verdict.failures)")
            #expect(verdict.failures.isEmpty)
        }
        #expect(verdicts[3].valid == false)
        #expect(verdicts[3].failures.contains { $0.contains("/partOfSpeech/ type may be") })
    }

    @Test(.enabled(if: XMLLint.canValidateTBX, "needs xmllint and ../shared/schemas/tbx-openxliff"))
    func martifValidatesAgainstTheTBX2008DTD() throws {
        for glossary in [try Self.glossary("sample.tsv"), try Self.glossary("features.tsv"), try Self.shipped()] {
            let martif = try TBXWriter(version: .tbx2008).write(glossary)
            let result = try XMLLint.validate(martif, against: XMLLint.tbx2008, name: "export.tbx")
            #expect(result.status == 0, "\(result.combined)")
        }
        // The check can fail: a langSet without its language.
        let martif = try TBXWriter(version: .tbx2008).write(try Self.glossary("sample.tsv"))
        let broken = martif.replacingOccurrences(of: "<langSet xml:lang=\"ar\">", with: "<langSet>")
        #expect(try XMLLint.validate(broken, against: XMLLint.tbx2008).status != 0)
    }

    @Test(.enabled(if: XMLLint.canValidateTBX, "needs xmllint and ../shared/schemas/tbx"))
    func emptyGlossaryAndEscapedValuesValidate() throws {
        #expect(try XMLLint.validate(try TBXWriter().write(Glossary()), against: XMLLint.tbxCore).status == 0)
        try Self.escapedValuesRoundTrip(validate: true)
    }

    @Test func anEmptyGlossaryHasNoTBX2008Document() {
        #expect(throws: ExchangeError.emptyGlossary(format: "TBX 2008")) {
            try TBXWriter(version: .tbx2008).write(Glossary())
        }
        #expect(
            ExchangeError.emptyGlossary(format: "TBX 2008").description
                == "the glossary has no entries, and a TBX 2008 file needs at least one; add an entry first")
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

    // MARK: - What is written

    @Test func carriesStatusPartOfSpeechDefinitionNoteAndLanguages() throws {
        let tbx = try TBXWriter().write(try Self.glossary("sample.tsv"))
        #expect(
            tbx.contains("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\">"))
        #expect(tbx.contains("<langSec xml:lang=\"ar\">"))
        #expect(tbx.contains("<langSec xml:lang=\"en\">"))
        #expect(tbx.contains("<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>"))
        #expect(tbx.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
        #expect(tbx.contains("<termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>"))
        #expect(tbx.contains("<descrip type=\"definition\">An agreement to stop fighting.</descrip>"))
        #expect(tbx.contains("<note>dated name; use dm-0003</note>"))
        // TBX-Basic has neither properNoun nor processStatus, and an entity type is no subject field.
        #expect(!tbx.contains("properNoun</termNote>"))
        #expect(!tbx.contains("processStatus"))
        #expect(!tbx.contains("<descrip type=\"subjectField\">organization</descrip>"))
        #expect(tbx.contains("<descrip type=\"subjectField\">military</descrip>"))
        #expect(tbx.contains("<note>dragoman:pos=properNoun</note>"))
        #expect(tbx.contains("<note>dragoman:domain=organization</note>"))
        #expect(tbx.contains("<note>dragoman:status=proposed</note>"))
        #expect(tbx.contains("<note>dragoman:inflect=pron</note>"))
    }

    /// Each form carries its own status; a misspelling is a deprecated term with a note, never an admitted one.
    @Test func eachTermHasItsOwnStatus() throws {
        let tbx = try TBXWriter().write(try Self.glossary("features.tsv"))
        func term(_ text: String) -> String {
            let start = tbx.range(of: "<term>\(text)</term>")!.lowerBound
            return tbx[start...].components(separatedBy: "</termSec>")[0]
        }
        #expect(term("داعش").contains("preferredTerm-admn-sts"))
        #expect(term("تنظيم داعش").contains("admittedTerm-admn-sts"))
        #expect(term("الدولة الإسلامية").contains("deprecatedTerm-admn-sts"))
        #expect(term("داعيش").contains("deprecatedTerm-admn-sts"))
        #expect(term("داعيش").contains("<note>dragoman:status=misspelling</note>"))
        #expect(term("دواعش").contains("<note>dragoman:status=proposed</note>"))
        #expect(!term("دواعش").contains("administrativeStatus"))
        #expect(term("ISIS").contains("preferredTerm-admn-sts"))
        #expect(term("Islamic State group").contains("deprecatedTerm-admn-sts"))
        #expect(tbx.contains("<note>dragoman:blocked_in=داعش خراسان</note>"))
        #expect(tbx.contains("<note>dragoman:desk=security desk</note>"))
    }

    /// The shipped glossary's ISIS is one concept: its English term is preferred, its deprecated Arabic forms live
    /// inside it.
    @Test func shippedISISIsNeverADeprecatedEnglishTerm() throws {
        let tbx = try TBXWriter().write(try Self.shipped())
        let concept = String(
            tbx.split(separator: "<conceptEntry id=\"dm-0006\">")[1].split(separator: "</conceptEntry>")[0])
        let isis = String(concept.split(separator: "<term>ISIS</term>")[1].split(separator: "</termSec>")[0])
        #expect(isis.contains("preferredTerm-admn-sts"))
        #expect(concept.contains("<term>الدولة الإسلامية</term>"))
        #expect(tbx.components(separatedBy: "<term>ISIS</term>").count == 2)
    }

    @Test func martifHasTheTBX2008Structure() throws {
        let martif = try TBXWriter(version: .tbx2008).write(try Self.glossary("features.tsv"))
        #expect(martif.contains("<martif type=\"TBX-Basic\" xml:lang=\"en\">"))
        #expect(martif.contains("<p type=\"XCSURI\">TBXBasicXCSV02.xcs</p>"))
        #expect(martif.contains("<termEntry id=\"f-0001\">"))
        #expect(martif.contains("<langSet xml:lang=\"ar\">"))
        #expect(martif.contains("<tig>\n            <term>داعش</term>"))
        // TBX-Basic 2008 has properNoun in its picklist.
        #expect(martif.contains("<termNote type=\"partOfSpeech\">properNoun</termNote>"))
        #expect(!martif.contains("conceptEntry") && !martif.contains("termSec"))
    }

    // MARK: - Round trips

    /// TSV → TBX → TSV gives the same file: every column, each form's status, the column order, extra columns.
    @Test(arguments: TBXWriter.Version.allCases, ["sample.tsv", "features.tsv"])
    func everyColumnRoundTrips(_ version: TBXWriter.Version, _ name: String) throws {
        let original = try Self.glossary(name)
        let tbx = try TBXWriter(version: version).write(original)
        let back = try TBXReader().read(Data(tbx.utf8), name: "g.tbx")
        #expect(back.skipped.isEmpty)
        #expect(try GlossaryTSV.serialize(back.glossary) == GlossaryTSV.serialize(original))
    }

    @Test(arguments: TBXWriter.Version.allCases)
    func theShippedGlossaryRoundTripsByteForByte(_ version: TBXWriter.Version) throws {
        let path = Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let tbx = try TBXWriter(version: version).write(try Self.shipped())
        let back = try TBXReader().read(Data(tbx.utf8), name: "g.tbx").glossary
        #expect(try GlossaryTSV.serialize(back) == text)
    }

    /// The round trip keeps what matching needs (inflect, teh_marbuta, blocking phrases, forms' status): the seeds'
    /// term tables are the same with the glossary read back from TBX.
    @Test func theSeedsMatchTheSameAfterATBXRoundTrip() throws {
        let original = try Self.shipped()
        let back = try TBXReader().read(Data(try TBXWriter().write(original).utf8), name: "g.tbx").glossary
        let documents = try TextPipeline().process(paths: [Repository.seeds.path])
        func rows(_ glossary: Glossary) throws -> [String] {
            try TermTable.build(documents: documents, matcher: GlossaryMatcher(glossary: glossary)).batch.rows.map {
                "\($0.entry.id) \($0.status) \($0.count) \($0.forms)"
            }
        }
        let before = try rows(original)
        #expect(before.count > 100)
        #expect(try rows(back) == before)
    }

    // MARK: - Refusals

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
        #expect(throws: ExchangeError.unwritableValue(id: "dm-0001", column: "ar_misspellings", value: "هد\u{7}نة")) {
            try TBXWriter().write(
                Glossary(entries: [GlossaryEntry(id: "dm-0001", ar: "هدنة", en: "truce", arMisspellings: ["هد\u{7}نة"])]
                ))
        }
    }

    @Test func idsThatAreNotXMLNamesAreMadeValid() throws {
        let tbx = try TBXWriter().write(Glossary(entries: [GlossaryEntry(id: "42 a", ar: "هدنة", en: "truce")]))
        #expect(tbx.contains("<conceptEntry id=\"c42_a\">"))
        if XMLLint.canValidateTBX { #expect(try XMLLint.validate(tbx, against: XMLLint.tbxCore).status == 0) }
    }
}
