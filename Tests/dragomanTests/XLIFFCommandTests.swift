import DragomanTestSupport
import Foundation
import Testing

/// End-to-end tests of `dragoman xliff`.
@Suite struct XLIFFCommandTests {
    static let seed = "seeds/003_ebcacb89700a50ef.txt"

    @Test func writesOneFilePerArticleIntoTheOutputFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CLI.run(["xliff", "-o", folder.url.path, "seeds/"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(
            names
                == Repository.seedFiles.map {
                    URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent + ".ar-en.xlf"
                })
        #expect(result.stdout == names.map { folder.url.path + "/" + $0 + "\n" }.joined())
        let xliff = try String(contentsOfFile: folder.path("003_ebcacb89700a50ef.ar-en.xlf"), encoding: .utf8)
        #expect(
            xliff.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\""))
    }

    @Test func versionLanguagesAndOptionsReachTheFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CLI.run([
            "xliff", "--xliff", "2.2", "--source-lang", "ar-EG", "--target-lang", "en-GB", "--keep-boilerplate",
            "--copy-source", "--output", folder.url.path, Self.seed,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let xliff = try String(contentsOfFile: folder.path("003_ebcacb89700a50ef.ar-EG-en-GB.xlf"), encoding: .utf8)
        #expect(xliff.contains("version=\"2.2\" srcLang=\"ar-EG\" trgLang=\"en-GB\""))
        #expect(xliff.contains("translate=\"no\""))
        #expect(xliff.contains("<target>"))
    }

    @Test func theDefaultFolderIsTheCurrentOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let seed = Repository.root.appendingPathComponent(Self.seed).path
        let glossary = Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path
        let result = try CLI.run(["xliff", "--glossary", glossary, "--only-summary", seed], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "003_ebcacb89700a50ef.ar-en.xlf\n")
        let xliff = try String(contentsOfFile: folder.path("003_ebcacb89700a50ef.ar-en.xlf"), encoding: .utf8)
        #expect(xliff.components(separatedBy: "<trans-unit ").count - 1 == 4)  // headline and three sentences
    }

    @Test(arguments: [
        (["--xliff", "3.0"], "unknown XLIFF version '3.0'; use 1.2, 2.0, 2.1 or 2.2"),
        (
            ["--target-lang", "en_GB"],
            "'en_GB' is not a language tag XLIFF accepts; use a BCP 47 tag such as ar, en or en-GB"
        ),
        (["--only-summary", "--keep-boilerplate"], "--only-summary writes no boilerplate; drop --keep-boilerplate"),
    ])
    func badArgumentsExit64(_ arguments: [String], _ message: String) throws {
        let result = try CLI.run(["xliff"] + arguments + ["-o", "/tmp", Self.seed])
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aCharacterXMLCannotCarryStopsBeforeAnyFileIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("قال الحلف إن الاجتماع انتهى.\n", to: "in/a.txt")
        let bad = try folder.write("جملة أولى.\n\nجملة\u{1B} ثانية.\n", to: "in/b.txt")
        let result = try CLI.run(["xliff", "-o", folder.path("out"), folder.path("in")])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: \(bad):3:5: segment 1 holds U+001B, a character XML cannot carry; remove it from the article (no XLIFF was written)\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test func anEmptyArticleCannotBeXLIFF2() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let empty = try folder.write("\n\n", to: "empty.txt")
        let result = try CLI.run(["xliff", "--xliff", "2.0", "-o", folder.path("out"), empty])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "\(empty): no segment to write (empty, or only boilerplate); XLIFF 2.0 needs at least one unit per file"
            ))
        let v1 = try CLI.run(["xliff", "-o", folder.path("out"), empty])
        #expect(v1.status == 0, "\(v1.stderr)")
    }
}
