import DragomanTestSupport
import Foundation
import Testing

/// End-to-end tests of `dragoman glossary …` on temporary copies of fixture glossaries (never on Glossaries/).
@Suite struct GlossaryCommandTests {
    static let glossaryFixtures = CLI.packageRoot.appendingPathComponent("Tests/DragomanGlossaryTests/Fixtures")
    static let exchangeFixtures = CLI.packageRoot.appendingPathComponent("Tests/DragomanExchangeTests/Fixtures")

    /// A temporary folder holding a copy of the sample glossary as `g.tsv`.
    func workspace() throws -> URL {
        let folder = TestScratch.root.appendingPathComponent("dragoman-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.glossaryFixtures.appendingPathComponent("sample.tsv"), to: folder.appendingPathComponent("g.tsv"))
        return folder
    }

    func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func lintCleanGlossaryExitsZero() throws {
        let folder = try workspace()
        let result = try CLI.run(["glossary", "lint", "g.tsv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "g.tsv: 6 entries, 0 errors, 0 warnings\n")
    }

    @Test func lintFindingsExitOneOnErrors() throws {
        let folder = try workspace()
        var text = try String(contentsOf: folder.appendingPathComponent("g.tsv"), encoding: .utf8)
        text += "dm-0007\tحلف شمال الاطلسى\tNATO\t\t\tpreferred\t\t\t\t\t\t\t\n"
        _ = try write(text, "g.tsv", in: folder)
        let result = try CLI.run(["glossary", "lint", "--glossary", "g.tsv"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                g.tsv:8: error [duplicate] entry 'dm-0007' (row 7): 'حلف شمال الاطلسى' = 'NATO' duplicates entry 'dm-0001' (line 2) after normalization; merge the two rows
                g.tsv: 7 entries, 1 error, 0 warnings

                """)
    }

    @Test func lintOnlyWarningsExitsZero() throws {
        let folder = try workspace()
        _ = try write("ar\ten\tpos\nهدنة\ttruce\tNoun\n", "w.tsv", in: folder)
        let result = try CLI.run(["glossary", "lint", "w.tsv"], in: folder)
        #expect(result.status == 0)
        #expect(
            result.stdout
                == "w.tsv:2: warning [malformed-field] entry 'dm-0001' (row 1): unknown part of speech 'Noun'; use one of adjective, adverb, noun, other, properNoun, verb\nw.tsv: 1 entry, 0 errors, 1 warning\n"
        )
    }

    @Test func lintOfAFileThatIsNotUTF8() throws {
        let folder = try workspace()
        try Data([0x61, 0x72, 0x09, 0x65, 0x6E, 0x0A, 0xC7, 0xE1, 0x09, 0x78, 0x0A]).write(
            to: folder.appendingPathComponent("cp.tsv"))
        let result = try CLI.run(["glossary", "lint", "cp.tsv"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: cp.tsv: byte 6: invalid UTF-8 (0xC7); a glossary must be UTF-8: convert it (for example with iconv -f windows-1256 -t utf-8)\n"
        )
    }

    @Test func addWritesAtomicallyWithBackup() throws {
        let folder = try workspace()
        let before = try bytes(folder.appendingPathComponent("g.tsv"))
        let result = try CLI.run(
            [
                "glossary", "add", "--glossary", "g.tsv", "--ar", "مجلس الأمن", "--en", "Security Council",
                "--ar-variant",
                "مجلس الأمن الدولي", "--pos", "properNoun", "--domain", "organization", "--updated", "2026-11-25",
                "--set", "inflect=pron",
            ],
            in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "added\tdm-0007\tمجلس الأمن\tSecurity Council\tمجلس الأمن الدولي\t\tpreferred\tproperNoun\torganization\t\t\t\t2026-11-25\tpron\n"
        )
        #expect(try bytes(folder.appendingPathComponent("g.tsv.bak")) == before)
        let after = try String(contentsOf: folder.appendingPathComponent("g.tsv"), encoding: .utf8)
        #expect(
            after.hasSuffix(
                "dm-0007\tمجلس الأمن\tSecurity Council\tمجلس الأمن الدولي\t\tpreferred\tproperNoun\torganization\t\t\t\t2026-11-25\tpron\n"
            ))
    }

    /// Today in UTC, read before and after the run so that a run across midnight passes too.
    @Test func addWithoutDateUsesToday() throws {
        let folder = try workspace()
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let before = formatter.string(from: Date())
        let result = try CLI.run(
            ["glossary", "add", "--glossary", "g.tsv", "--ar", "قصف", "--en", "shelling"], in: folder)
        let after = formatter.string(from: Date())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasSuffix("\t\(before)\t\n") || result.stdout.hasSuffix("\t\(after)\t\n"),
            "\(result.stdout)")
    }

    @Test func addRefusedLeavesTheFileUntouched() throws {
        let folder = try workspace()
        let before = try bytes(folder.appendingPathComponent("g.tsv"))
        let result = try CLI.run(
            ["glossary", "add", "--glossary", "g.tsv", "--ar", "حلف شمال الاطلنطى", "--en", "Atlantic Alliance"],
            in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: the Arabic term 'حلف شمال الاطلنطى' is already in the glossary as entry 'dm-0001' (after normalization); update that entry instead\n"
        )
        #expect(try bytes(folder.appendingPathComponent("g.tsv")) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.tsv.bak").path))
    }

    @Test func updateAndRemove() throws {
        let folder = try workspace()
        let update = try CLI.run(
            [
                "glossary", "update", "--glossary", "g.tsv", "dm-0005", "--add-ar-variant", "وقف النار",
                "--remove-en-variant", "truce",
                "--status", "preferred", "--updated", "2026-11-25",
            ], in: folder)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(
            update.stdout
                == "updated\tdm-0005\tوقف إطلاق النار\tceasefire\tهدنة | وقف النار\t\tpreferred\tnoun\tmilitary\tAn agreement to stop fighting.\t\tReuters style <guide>\t2026-11-25\t\n"
        )
        let missing = try CLI.run(
            ["glossary", "update", "--glossary", "g.tsv", "dm-0005", "--remove-ar-variant", "هدنه"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr == "Error: entry 'dm-0005' has no Arabic variant 'هدنه'\n")
        let remove = try CLI.run(["glossary", "remove", "--glossary", "g.tsv", "dm-0006"], in: folder)
        #expect(remove.status == 0)
        #expect(remove.stdout.hasPrefix("removed\tdm-0006\tقوات حفظ السلام\t"))
        let unknown = try CLI.run(["glossary", "remove", "--glossary", "g.tsv", "dm-0006"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "Error: no entry has the id 'dm-0006'; find it with 'dragoman glossary find'\n")
        let stats = try CLI.run(["glossary", "stats", "--glossary", "g.tsv"], in: folder)
        #expect(stats.stdout.hasPrefix("entries: 5\nstatus preferred: 4\n"))
    }

    @Test func findByArabicSpellingAndEnglish() throws {
        let folder = try workspace()
        let arabic = try CLI.run(["glossary", "find", "--glossary", "g.tsv", "الامين العام"], in: folder)
        #expect(arabic.status == 0)
        #expect(
            arabic.stdout.split(separator: "\n").map { $0.split(separator: "\t").first ?? "" } == ["id", "dm-0002"])
        let english = try CLI.run(["glossary", "find", "--glossary", "g.tsv", "TRUCE"], in: folder)
        #expect(english.stdout.contains("\ndm-0005\t"))
        let none = try CLI.run(["glossary", "find", "--glossary", "g.tsv", "طائرة مسيرة"], in: folder)
        #expect(none.status == 1)
        #expect(none.stderr == "no entry matches 'طائرة مسيرة'\n")
    }

    @Test func importWithEachConflictPolicy() throws {
        let folder = try workspace()
        let csv = try write("ar,en,note\nهدنه,armistice,\nمجلس الأمن,Security Council,UN organ\n", "p.csv", in: folder)
        let before = try bytes(folder.appendingPathComponent("g.tsv"))

        let report = try CLI.run(
            ["glossary", "import", "--glossary", "g.tsv", csv, "--on-conflict", "report"], in: folder)
        #expect(report.status == 1)
        #expect(
            report.stdout
                == "conflict\tdm-0005\tهدنه\tarmistice\tglossary has 'وقف إطلاق النار' = 'ceasefire'\nadded\tdm-0007\tمجلس الأمن\tSecurity Council\n"
        )
        #expect(
            report.stderr.hasSuffix(
                "Error: 1 conflict found; nothing was written; choose --on-conflict keep, replace or variant\n"))
        #expect(try bytes(folder.appendingPathComponent("g.tsv")) == before)

        let keep = try CLI.run(["glossary", "import", "--glossary", "g.tsv", csv], in: folder)
        #expect(keep.status == 0, "\(keep.stderr)")
        #expect(
            keep.stdout
                == "skipped\tdm-0005\tهدنه\tarmistice\tglossary has 'وقف إطلاق النار' = 'ceasefire'\nadded\tdm-0007\tمجلس الأمن\tSecurity Council\n"
        )
        #expect(keep.stderr == "\(csv): 2 entries read: 1 added, 1 skipped\n")
        #expect(try bytes(folder.appendingPathComponent("g.tsv.bak")) == before)

        let variant = try CLI.run(
            ["glossary", "import", "--glossary", "g.tsv", csv, "--on-conflict", "variant"], in: folder)
        #expect(
            variant.stdout.hasPrefix(
                "variant\tdm-0005\tهدنه\tarmistice\tEnglish variant added: armistice\nunchanged\tdm-0007"))
        // Now that 'armistice' is a variant, the same import is no conflict any more.
        let again = try CLI.run(
            ["glossary", "import", "--glossary", "g.tsv", csv, "--on-conflict", "report"], in: folder)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("unchanged\tdm-0005\t"))

        let fresh = try workspace()
        let replace = try CLI.run(
            ["glossary", "import", "--glossary", "g.tsv", csv, "--on-conflict", "replace"], in: fresh)
        #expect(replace.stdout.hasPrefix("replaced\tdm-0005\tهدنه\tarmistice\twas 'ceasefire'\n"))
        let find = try CLI.run(["glossary", "find", "--glossary", "g.tsv", "dm-0005"], in: fresh)
        #expect(find.stdout.contains("\ndm-0005\tهدنه\tarmistice\t"))
    }

    @Test func aFailedImportChangesNothing() throws {
        let folder = try workspace()
        let before = try bytes(folder.appendingPathComponent("g.tsv"))
        let broken = try write("ar,en\nهدنة,truce\n\"قصف,shelling\n", "broken.csv", in: folder)
        let result = try CLI.run(["glossary", "import", "--glossary", "g.tsv", broken], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(broken):3: a quoted field is never closed; add the closing '\"'\n")
        let noArabic = try write("ar,en\nهدنة,truce\n,shelling\n", "empty.csv", in: folder)
        let second = try CLI.run(["glossary", "import", "--glossary", "g.tsv", noArabic], in: folder)
        #expect(second.status == 1)
        #expect(
            second.stderr
                == "Error: \(noArabic):3: the entry has no Arabic term; fill it in or remove it; nothing was imported\n"
        )
        let hostile = Self.exchangeFixtures.appendingPathComponent("billion-laughs.tbx").path
        let third = try CLI.run(["glossary", "import", "--glossary", "g.tsv", hostile], in: folder)
        #expect(third.status == 1)
        #expect(third.stderr.hasPrefix("Error: \(hostile):3: the DOCTYPE declares entities"))
        #expect(try bytes(folder.appendingPathComponent("g.tsv")) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.tsv.bak").path))
    }

    @Test func importOfTBX2008AndOmegaT() throws {
        let folder = try workspace()
        let martif = Self.exchangeFixtures.appendingPathComponent("martif-2008.tbx").path
        let tbx = try CLI.run(["glossary", "import", "--glossary", "new.tsv", martif], in: folder)
        #expect(tbx.status == 0, "\(tbx.stderr)")
        #expect(tbx.stdout == "added\tt-17\tمجلس الأمن\tSecurity Council\nadded\tt-18\tقرار\tresolution\n")
        #expect(tbx.stderr.contains("concept 't-19' has no Arabic or English term; skipped"))
        let omegat = try write("# desk glossary\nهدنة\ttruce\tshort-term\n", "desk.txt", in: folder)
        let result = try CLI.run(
            ["glossary", "import", "--glossary", "new.tsv", "--format", "omegat", omegat], in: folder)
        // New ids continue after the highest number in the file.
        #expect(result.stdout == "added\tdm-0019\tهدنة\ttruce\n")
    }

    // Needs xmllint and ../shared/schemas/tbx (both in CI); the round trip itself runs everywhere (below).
    @Test(.enabled(if: XMLLint.canValidateTBX, "needs xmllint and ../shared/schemas/tbx"))
    func exportedTBXValidates() throws {
        let folder = try workspace()
        let export = try CLI.run(
            ["glossary", "export", "--glossary", "g.tsv", "--format", "tbx", "-o", "g.tbx"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let result = try XMLLint.validate(file: folder.appendingPathComponent("g.tbx").path, against: XMLLint.tbxCore)
        #expect(result.status == 0, "\(result.combined)")
    }

    @Test func exportTBXRoundTrips() throws {
        let folder = try workspace()
        let export = try CLI.run(
            ["glossary", "export", "--glossary", "g.tsv", "--format", "tbx", "-o", "g.tbx"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.isEmpty)

        let back = try CLI.run(["glossary", "import", "--glossary", "back.tsv", "g.tbx"], in: folder)
        #expect(back.status == 0, "\(back.stderr)")
        let original = try String(contentsOf: folder.appendingPathComponent("g.tsv"), encoding: .utf8)
        let roundTrip = try String(contentsOf: folder.appendingPathComponent("back.tsv"), encoding: .utf8)
        // TBX carries every column, the extra 'inflect' column too (in a dragoman:inflect=… note).
        #expect(roundTrip == original)
    }

    @Test(arguments: ["csv", "omegat", "tsv", "tbx", "tbx2008"])
    func exportWritesStandardOutput(format: String) throws {
        let folder = try workspace()
        let result = try CLI.run(["glossary", "export", "--glossary", "g.tsv", "--format", format], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("حلف شمال الأطلسي"))
    }

    /// A proposed variant (from `terms --candidates` and import) is accepted by adding it as a variant, or rejected
    /// by removing it; optional columns are set whole with --set.
    @Test func proposedVariantsAreAcceptedOrRejectedAndOptionalColumnsSet() throws {
        let folder = try workspace()
        let text = "id\tar\ten\tar_proposed\n" + "dm-0040\tوزير الدفاع\tMinister of Defence\tوزراء دفاع | وزراء دفاعه\n"
        _ = try write(text, "p.tsv", in: folder)
        let accepted = try CLI.run(
            [
                "glossary", "update", "--glossary", "p.tsv", "dm-0040", "--add-ar-variant", "وزراء دفاع",
                "--remove-ar-variant", "وزراء دفاعه", "--set", "ar_deprecated=وزير الحربية", "--updated", "2026-12-04",
            ], in: folder)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("p.tsv"), encoding: .utf8)
        #expect(
            written
                == "id\tar\ten\tar_variants\ten_variants\tar_deprecated\tar_proposed\tstatus\tpos\tdomain\tdefinition\tnote\tsource\tupdated\n"
                + "dm-0040\tوزير الدفاع\tMinister of Defence\tوزراء دفاع\t\tوزير الحربية\t\tpreferred\t\t\t\t\t\t2026-12-04\n"
        )
    }

    @Test func exportRefusesAnUnknownFormat() throws {
        let folder = try workspace()
        let result = try CLI.run(["glossary", "export", "--glossary", "g.tsv", "--format", "xlsx"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: unknown format 'xlsx'; use tsv, csv, tbx, tbx2008 or omegat\n"))
    }
}
