import DragomanGlossary
import Testing

@Suite struct GlossaryTSVTests {
    let sample = """
        id\tar\ten\tar_variants\ten_variants\tstatus\tpos\tdomain\tdefinition\tnote\tsource\tupdated\tcomment
        dm-0002\tالأمين العام\tSecretary General\tأمين عام\tSecretary-General\tpreferred\tnoun\tpolitics\t\t\t\t2026-11-25\tcheck
        dm-0001\tحلف شمال الأطلسي\tNATO\tحلف شمال الأطلنطي | الناتو\tNorth Atlantic Treaty Organization\tpreferred\tproperNoun\torganization\t\t\t\t2026-11-25\t

        """

    @Test func roundTripKeepsEveryFieldAndOrdersById() throws {
        let parsed = try GlossaryTSV.parse(sample, name: "g.tsv")
        #expect(parsed.problems.isEmpty)
        #expect(parsed.glossary.entries.count == 2)
        let nato = try #require(parsed.glossary.entries.first { $0.id == "dm-0001" })
        #expect(nato.arVariants == ["حلف شمال الأطلنطي", "الناتو"])
        #expect(nato.line == 3)
        #expect(parsed.glossary.extraColumns == ["comment"])
        let written = try GlossaryTSV.serialize(parsed.glossary)
        let lines = written.split(separator: "\n")
        #expect(lines[1].hasPrefix("dm-0001\t"))
        #expect(lines[2].hasSuffix("\tcheck"))
        #expect(
            try GlossaryTSV.parse(written, name: "g.tsv").glossary.entries.sorted { $0.id < $1.id }
                .map { $0.arVariants + [$0.en, $0.updated, $0.extra["comment"] ?? ""] }
                == parsed.glossary.entries.sorted { $0.id < $1.id }.map {
                    $0.arVariants + [$0.en, $0.updated, $0.extra["comment"] ?? ""]
                })
    }

    @Test func missingIdsAreAssigned() throws {
        let parsed = try GlossaryTSV.parse("ar\ten\nداعش\tISIS\nالعراق\tIraq\n", name: "g.tsv")
        #expect(parsed.glossary.entries.map(\.id) == ["dm-0001", "dm-0002"])
    }

    @Test func strayTabIsAnErrorNamingTheLine() {
        #expect(throws: GlossaryError.fieldCount(file: "g.tsv", line: 3, expected: 2, found: 3)) {
            try GlossaryTSV.parse("ar\ten\nداعش\tISIS\nالعراق\tIraq\textra\n", name: "g.tsv")
        }
    }

    @Test func badStatusIsAProblemNotAnError() throws {
        let parsed = try GlossaryTSV.parse("ar\ten\tstatus\nداعش\tISIS\tfavourite\n", name: "g.tsv")
        #expect(
            parsed.problems.map(\.description)
                == [
                    "line 2, column 'status': unknown status 'favourite'; use preferred, admitted, deprecated or proposed"
                ])
    }

    @Test func newlineInValueRefusesToWrite() {
        let glossary = Glossary(entries: [GlossaryEntry(id: "dm-0001", ar: "داعش", en: "ISIS\nDaesh")])
        #expect(throws: GlossaryError.invalidValue(id: "dm-0001", column: "en", value: "ISIS\nDaesh")) {
            try GlossaryTSV.serialize(glossary)
        }
        #expect(
            GlossaryError.invalidValue(id: "dm-0001", column: "en", value: "ISIS\nDaesh").description
                == "entry 'dm-0001', column 'en': the value 'ISIS\\nDaesh' contains a tab or line break; remove it")
    }

    @Test func missingColumnIsAnError() {
        #expect(throws: GlossaryError.missingColumn(file: "g.tsv", column: "en")) {
            try GlossaryTSV.parse("ar\tnote\nداعش\tx\n", name: "g.tsv")
        }
    }
}
