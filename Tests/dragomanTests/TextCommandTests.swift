import DragomanTestSupport
import Foundation
import Testing

@Suite struct TextCommandTests {
    @Test func normalizeMatchFromStandardInput() throws {
        let result = try CLI.run(["normalize", "--profile", "match", "-"], input: Data("الإرهابيّة ٢٠٢١ NATO\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "الارهابيه 2021 nato\n")
    }

    @Test func normalizeDisplayKeepsWhatAReaderSees() throws {
        let result = try CLI.run(["normalize", "-"], input: Data("\u{200F}الإرهابيّة\u{00A0}٢٠٢١ \u{FEFB}\n".utf8))
        #expect(result.stdout == "الإرهابيّة ٢٠٢١ لا\n")
    }

    /// The output is bytes as normalized: the byte-order mark dropped, a closing line feed added, a decomposed
    /// letter composed (which `String` equality would not tell apart).
    @Test func normalizeWritesTheNormalizedBytes() throws {
        let result = try CLI.run(["normalize", "-"], input: Data("\u{FEFF}قالَ Cafe\u{0301}".utf8))
        #expect(result.status == 0)
        #expect(Array(result.stdout.utf8) == Array("قالَ Caf\u{00E9}\n".utf8))
    }

    @Test func normalizeReportsAFailedWrite() throws {
        let command = "'\(CLI.executable.path)' normalize seeds/003_ebcacb89700a50ef.txt > /dev/full"
        let result = try Subprocess.run("bash", ["-c", command], in: CLI.packageRoot)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: cannot write to standard output: No space left on device\n")
    }

    @Test func normalizeASeed() throws {
        let result = try CLI.run(["normalize", "--profile", "match", "seeds/003_ebcacb89700a50ef.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("الامين العام لحلف شمال الاطلنطي (ناتو)"))
    }

    @Test func segmentTextShowsBoilerplateReasons() throws {
        let result = try CLI.run(["segment", "seeds/003_ebcacb89700a50ef.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("line\tp4\tar\t[dateline: agency dateline]\tبروكسل (أ ش أ)"))
        #expect(result.stdout.contains("[furniture: back to top]\tالرجوع الى أعلى الصفحة"))
    }

    @Test func segmentTSVHasHeaderOnce() throws {
        let result = try CLI.run(["segment", "--format", "tsv", "seeds/"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "file\tindex\tkind\tparagraph\tlanguage\tboilerplate\tstart\tend\ttext")
        #expect(lines.filter { $0.hasPrefix("file\t") }.count == 1)
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 9 })
    }

    @Test func segmentForcedLanguage() throws {
        let result = try CLI.run(
            ["segment", "--lang", "en", "--format", "json", "-"], input: Data("Mr. Smith came. He left.\n".utf8))
        #expect(result.stdout.contains("\"language\":\"en\""))
        #expect(result.stdout.contains("\"text\":\"Mr. Smith came.\""))
    }

    @Test func invalidBytesExitOneNamingFileAndOffset() throws {
        let file = TestScratch.root.appendingPathComponent("dragoman-bad-\(UUID()).txt")
        try Data("قال".utf8 + [0xC3, 0x28] + Data(" الحلف.".utf8)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["segment", "--encoding", "utf-8", file.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "\(file.path): byte 6: invalid UTF-8 (0xC3); pass --encoding if the file is in another encoding, or --lossy to replace bad bytes with U+FFFD"
            ))
        let lossy = try CLI.run(["segment", "--lossy", file.path])
        #expect(lossy.status == 0)
        #expect(lossy.stdout.contains("\u{FFFD}"))
    }

    @Test func binaryFileIsRefused() throws {
        let file = TestScratch.root.appendingPathComponent("dragoman-bin-\(UUID()).txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["segment", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("byte 4 is a NUL byte: this looks like a binary file, not text"))
    }

    @Test func emptyInputIsFineButWarned() throws {
        let result = try CLI.run(["segment", "--format", "json", "-"], input: Data())
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"segments\":[]"))
        #expect(result.stderr == "warning: standard input is empty\n")
    }

    @Test(arguments: [["segment"], ["summarize"], ["terms"], ["normalize"], ["prepare", "-o", "OUT"]])
    func anEmptyFileIsNamedInAWarning(_ command: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let empty = try folder.write("", to: "empty.txt")
        let blank = try folder.write(" \n\n", to: "blank.txt")
        let arguments = command.map { $0 == "OUT" ? folder.path("out") : $0 }
        let result = try CLI.run(arguments + (command == ["normalize"] ? [empty] : [empty, blank]))
        #expect(result.status == 0, "\(result.stderr)")
        let expected =
            command == ["normalize"]
            ? "warning: \(empty) is empty\n"
            : "warning: \(empty) is empty\nwarning: \(blank) holds only white space\n"
        if command.first == "prepare" {
            // prepare closes with its summary line.
            #expect(result.stderr.hasPrefix(expected + "dragoman prepare: 2 articles, "), "\(result.stderr)")
        } else {
            #expect(result.stderr == expected)
        }
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let format = try CLI.run(["segment", "--format", "xml", "seeds/"])
        #expect(format.status == 64)
        #expect(format.stderr.contains("unknown format 'xml'; use text, json or tsv"))
        let encoding = try CLI.run(["segment", "--encoding", "latin-9", "seeds/"])
        #expect(encoding.status == 64)
        #expect(encoding.stderr.contains("unknown encoding 'latin-9'; use one of: auto, utf-8, utf-16, windows-1256"))
        let missing = try CLI.run(["segment", "no-such-folder"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-folder: cannot read: no such file or folder"))
    }

    /// Started elsewhere than the package root, the commands that read shipped data by default say where to run.
    @Test(
        arguments: [
            (["prepare"], 64), (["prepare", "-o", "out", "a.txt"], 64), (["terms", "a.txt"], 64),
            (["glossary", "stats"], 1), (["glossary", "add", "--ar", "هدنة", "--en", "truce"], 1),
            (["glossary", "lint"], 1),
        ] as [([String], Int32)])
    func outsideThePackageRootTheMessageSaysWhereToRun(_ arguments: [String], _ status: Int32) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("قال الحلف إن الاجتماع انتهى.\n", to: "a.txt")
        let result = try CLI.run(arguments, in: folder.url)
        #expect(result.status == status)
        #expect(
            result.stderr.hasPrefix(
                "Error: Glossaries/ar-en.tsv not found here: run dragoman from the package root (where seeds/ and "
                    + "Glossaries/ are), or give --glossary FILE\n"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["a.txt"])
    }

    @Test func prepareRefusesAFileAsOutputFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("not a folder\n", to: "report")
        let result = try CLI.run(["prepare", "--output", file])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: \(file): is a file, not a folder; give --output a folder to write to (it is created if missing)\n"
        )
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "not a folder\n")
    }

    @Test func prepareCountsOneArticleInTheSingular() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CLI.run(["prepare", "-o", folder.path("out"), "seeds/000_8df4f7dc39500c72.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("\nprepared 1 article in \(folder.path("out"))/\n"), "\(result.stdout)")
        let report = try String(contentsOfFile: folder.path("out/report.html"), encoding: .utf8)
        #expect(report.contains(">1 article. "))
    }

    @Test func prepareWritesEveryArticleAndReportsIt() throws {
        let output = TestScratch.root.appendingPathComponent("dragoman-out-\(UUID())")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLI.run(["prepare", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("seeds/") }.count == 5)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("report.html").path))
        #expect(
            FileManager.default.fileExists(
                atPath: output.appendingPathComponent("004_1485ed8d9be99254/text.txt").path))
    }
}
