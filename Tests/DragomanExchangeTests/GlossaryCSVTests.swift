import DragomanExchange
import DragomanGlossary
import Testing

@Suite struct GlossaryCSVTests {
    @Test func tsvToCSVToTSVKeepsEveryFieldAndExtraColumns() throws {
        let original = try GlossaryTSV.parse(try Fixture.text("sample.tsv"), name: "sample.tsv").glossary
        let csv = try GlossaryFormat.csv.write(original)
        let back = try GlossaryFormat.csv.read(csv, name: "sample.csv").glossary
        #expect(try GlossaryTSV.serialize(back) == GlossaryTSV.serialize(original))
        #expect(back.extraColumns == ["inflect"])
    }

    /// The optional columns (forms with their own status, blocking phrases) and extra columns survive CSV.
    @Test func everyColumnOfTheFeaturesFixtureRoundTrips() throws {
        let original = try GlossaryTSV.parse(try Fixture.text("features.tsv"), name: "features.tsv").glossary
        let csv = try GlossaryFormat.csv.write(original)
        #expect(
            csv.hasPrefix(
                "id,ar,en,ar_variants,en_variants,ar_deprecated,en_deprecated,ar_misspellings,en_misspellings,ar_proposed,blocked_in,status,"
            ))
        let back = try GlossaryFormat.csv.read(csv, name: "features.csv").glossary
        #expect(try GlossaryTSV.serialize(back) == GlossaryTSV.serialize(original))
        #expect(back.entries[0].arDeprecated == ["الدولة الإسلامية", "تنظيم الدولة الإسلامية"])
    }

    @Test func partnerFileWithQuotedCellsAndMissingColumns() throws {
        let glossary = try GlossaryFormat.csv.read(path: Fixture.path("partner.csv")).glossary
        #expect(glossary.entries.map(\.ar) == ["مجلس الأمن", "الهدنة"])
        #expect(glossary.entries[0].note == "Capitalize; the \"Council\" alone is also used")
        #expect(glossary.entries[1].note == "a temporary stop, not a peace")
        #expect(glossary.entries[1].status == .preferred)
        #expect(glossary.entries.map(\.line) == [2, 3])
    }

    @Test func lineBreakInsideACellIsRefusedWithItsLine() {
        let text = "ar,en,note\nهدنة,truce,\"a temporary\nstop\"\n"
        #expect(throws: ExchangeError.lineBreakInValue(file: "p.csv", line: 2, column: "note")) {
            try GlossaryCSV.read(text, name: "p.csv")
        }
        #expect(
            ExchangeError.lineBreakInValue(file: "p.csv", line: 2, column: "note").description
                == "p.csv:2: the 'note' value contains a line break or tab, which the glossary cannot store; remove it")
    }

    @Test func missingEnglishColumnAndWrongFieldCount() {
        #expect(throws: ExchangeError.missingColumn(file: "p.csv", column: "en")) {
            try GlossaryCSV.read("ar,note\nهدنة,x\n", name: "p.csv")
        }
        #expect(throws: ExchangeError.fieldCount(file: "p.csv", line: 3, expected: 2, found: 3)) {
            try GlossaryCSV.read("ar,en\nهدنة,truce\nقصف,shelling,extra\n", name: "p.csv")
        }
    }

    @Test func unknownStatusIsAnError() {
        #expect(throws: ExchangeError.unknownStatus(file: "p.csv", line: 2, value: "official")) {
            try GlossaryCSV.read("ar,en,status\nهدنة,truce,official\n", name: "p.csv")
        }
    }

    @Test func binaryInputIsRefused() throws {
        let path = try TemporaryFile.write(bytes: Array("ar,en\n".utf8) + [0x00, 0x01], name: "bin.csv")
        #expect(
            throws: ExchangeError.unreadable(
                file: path, reason: "byte 6 is a NUL byte: this looks like a binary file; give a UTF-8 text file")
        ) {
            try GlossaryFormat.csv.read(path: path)
        }
    }

    @Test func invalidUTF8GivesTheByteOffset() throws {
        let path = try TemporaryFile.write(
            bytes: Array("ar,en\n".utf8) + [0xD9, 0x28] + Array(",x\n".utf8), name: "bad.csv")
        #expect(
            throws: ExchangeError.unreadable(
                file: path, reason: "byte 6: invalid UTF-8 (0xD9); exchange files must be UTF-8: convert the file first"
            )
        ) {
            try GlossaryFormat.csv.read(path: path)
        }
    }
}

@Suite struct GlossaryFormatTests {
    @Test func tsvExportAndImportIsByteIdentical() throws {
        let text = try Fixture.text("sample.tsv")
        let glossary = try GlossaryFormat.tsv.read(text, name: "sample.tsv").glossary
        #expect(try GlossaryFormat.tsv.write(glossary) == text)
    }

    @Test func tsvImportWithAStrayTabNamesTheLine() {
        #expect(throws: ExchangeError.glossary(.fieldCount(file: "p.tsv", line: 2, expected: 2, found: 3))) {
            try GlossaryFormat.tsv.read("ar\ten\nهدنة\ttruce\textra\n", name: "p.tsv")
        }
    }

    @Test(arguments: [
        ("a.tsv", GlossaryFormat.tsv), ("a.CSV", .csv), ("a.tbx", .tbx), ("a.xml", .tbx), ("a.txt", .omegat),
        ("a.utf8", .omegat),
    ])
    func formatFromExtension(file: String, format: GlossaryFormat) {
        #expect(GlossaryFormat(pathExtension: String(file.split(separator: ".").last!)) == format)
    }

    /// Found by the fuzzer: a vertical tab (a line break to the glossary, which refuses it) passed the CSV reader
    /// and then vanished as white space on the next read, so an export of an import was not stable.
    @Test(arguments: ["\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}"])
    func everyLineBreakTheGlossaryRefusesIsRefused(_ lineBreak: String) {
        let text = "ar,en,en_variants\r\nهدنة,truce,\"ceasefire | armistice" + lineBreak + "\"\r\n"
        #expect(throws: ExchangeError.lineBreakInValue(file: "p.csv", line: 2, column: "en_variants")) {
            try GlossaryCSV.read(text, name: "p.csv")
        }
    }
}
