import DragomanTestSupport
import Foundation
import Testing

/// The failure rules of the commands that write a set of files (`prepare`, `xliff`, `package`, `merge -o DIR`): a
/// run that cannot complete its outputs exits 1 and leaves the output folder as it was; a bad input file is reported
/// by name, the others are written, and the exit status is 2.
@Suite struct FailureRuleCommandTests {
    static let good = "قال الحلف إن الاجتماع انتهى في بروكسل، وأكد دعم العراق.\n"

    /// A folder `in/` with a good article and a binary one.
    static func inputs() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "dragoman-rules")
        try folder.write(good, to: "in/good.txt")
        try Data([0x41, 0x00, 0x42]).write(to: folder.url.appendingPathComponent("in/binary.txt"))
        return folder
    }

    static func listing(_ path: String) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test(arguments: [["prepare"], ["xliff"], ["package"]])
    func aBadInputIsReportedAndTheOthersWritten(command: [String]) throws {
        let folder = try Self.inputs()
        defer { folder.remove() }
        let result = try CLI.run(command + ["-o", folder.path("out"), folder.path("in")])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "dragoman: \(folder.path("in/binary.txt")): byte 1 is a NUL byte: this looks like a binary file"),
            "\(result.stderr)")
        #expect(Self.listing(folder.path("out")).contains { $0.hasSuffix("good.ar-en.xlf") })
        #expect(!Self.listing(folder.path("out")).contains { $0.contains("binary") })
    }

    @Test func xliffLeavesTheFolderAsItWasWhenOneFileCannotBeWritten() throws {
        let folder = try TemporaryFolder(prefix: "dragoman-rules")
        defer { folder.remove() }
        try folder.write(Self.good, to: "in/a.txt")
        try folder.write(Self.good, to: "in/b.txt")
        try folder.write("mine\n", to: "out/notes.txt")
        try FileManager.default.createDirectory(
            atPath: folder.path("out/b.ar-en.xlf"), withIntermediateDirectories: true)
        let before = Self.listing(folder.path("out"))
        let result = try CLI.run(["xliff", "-o", folder.path("out"), folder.path("in")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a folder is where this run writes a file"), "\(result.stderr)")
        #expect(Self.listing(folder.path("out")) == before)
        #expect(Self.listing(folder.url.path).filter { $0.hasSuffix(".staging") }.isEmpty)
    }

    @Test func mergeIntoAFolderLeavesItAsItWasWhenOneFileCannotBeWritten() throws {
        let folder = try TemporaryFolder(prefix: "dragoman-rules")
        defer { folder.remove() }
        try folder.write(Self.good, to: "in/a.txt")
        try folder.write(Self.good, to: "in/b.txt")
        let xliff = try CLI.run(["xliff", "--copy-source", "-o", folder.path("job"), folder.path("in")])
        #expect(xliff.status == 0, "\(xliff.stderr)")
        try FileManager.default.createDirectory(atPath: folder.path("en/b.en.txt"), withIntermediateDirectories: true)
        let before = Self.listing(folder.path("en"))
        let result = try CLI.run([
            "merge", "--allow-untranslated", "-o", folder.path("en") + "/", folder.path("job/a.ar-en.xlf"),
            folder.path("job/b.ar-en.xlf"),
        ])
        #expect(result.status == 1)
        #expect(Self.listing(folder.path("en")) == before)
        // Once the obstacle is gone, both articles are written.
        try FileManager.default.removeItem(atPath: folder.path("en/b.en.txt"))
        let again = try CLI.run([
            "merge", "--allow-untranslated", "-o", folder.path("en") + "/", folder.path("job/a.ar-en.xlf"),
            folder.path("job/b.ar-en.xlf"),
        ])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(Self.listing(folder.path("en")) == ["a.en.txt", "b.en.txt"])
    }

    @Test func mergeReportsABadInputAndMergesTheOthers() throws {
        let folder = try TemporaryFolder(prefix: "dragoman-rules")
        defer { folder.remove() }
        try folder.write(Self.good, to: "in/a.txt")
        let xliff = try CLI.run(["xliff", "--copy-source", "-o", folder.path("job"), folder.path("in")])
        #expect(xliff.status == 0, "\(xliff.stderr)")
        let bad = try folder.write("not XML at all\n", to: "job/bad.ar-en.xlf")
        let result = try CLI.run([
            "merge", "--allow-untranslated", "-o", folder.path("en") + "/", folder.path("job/a.ar-en.xlf"), bad,
        ])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("dragoman: \(bad)"), "\(result.stderr)")
        #expect(Self.listing(folder.path("en")) == ["a.en.txt"])
        // With no input read, the run fails.
        let none = try CLI.run(["merge", "--allow-untranslated", "-o", folder.path("en2") + "/", bad])
        #expect(none.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("en2")))
    }

    @Test func prepareRefusesAnOutputInsideItsInput() throws {
        let folder = try Self.inputs()
        defer { folder.remove() }
        let output = folder.path("in/out")
        let result = try CLI.run(["prepare", "-o", output, folder.path("in")])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: \(output): the output folder overlaps the input \(folder.path("in")) (one is, or lies inside, "
                + "the other); a run would read its own output or overwrite its input: give --output a folder outside "
                + "the inputs\n")
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
