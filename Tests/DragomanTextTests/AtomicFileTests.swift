import DragomanTestSupport
import Foundation
import Testing

@testable import DragomanText

@Suite struct AtomicFileTests {
    @Test func writesTextAndCreatesTheFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try AtomicFile.write("نص\n", to: folder.path("a/b/text.txt"))
        #expect(try String(contentsOfFile: folder.path("a/b/text.txt"), encoding: .utf8) == "نص\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("a/b")) == ["text.txt"])
    }

    @Test func aFileWhereAFolderShouldBeIsNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("keep\n", to: "out")
        #expect(
            throws: TextError.unwritable(
                file: file + "/article", reason: "cannot create the folder: \(file) is a file, not a folder")
        ) {
            try AtomicFile.write("x", to: file + "/article/text.txt")
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep\n")
    }

    @Test func replacesAFileKeepingItsModeAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("قديم\n", to: "out.txt")
        chmod(file, 0o640)
        try AtomicFile.write(Data("جديد، ١٢٣\n".utf8), to: file)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "جديد، ١٢٣\n")
        var status = stat()
        stat(file, &status)
        #expect(status.st_mode & 0o777 == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.txt"])
    }

    @Test func createNewRefusesAnExistingFileAndKeepsIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("keep\n", to: "a.xlf")
        let reason = "cannot write: \(String(cString: strerror(EEXIST)))"
        #expect(throws: TextError.unwritable(file: file, reason: reason)) {
            try AtomicFile.createNew(Data("x".utf8), at: file)
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep\n")
        try AtomicFile.createNew(Data("نص".utf8), at: folder.path("b.xlf"))
        #expect(try String(contentsOfFile: folder.path("b.xlf"), encoding: .utf8) == "نص")
    }

    @Test func emptyWarningsNameTheInput() {
        #expect(SourceText(name: "a.txt", text: "").emptyWarning == "warning: a.txt is empty")
        #expect(SourceText(name: "-", text: "").emptyWarning == "warning: standard input is empty")
        #expect(SourceText(name: "b.txt", text: " \n\t\n").emptyWarning == "warning: b.txt holds only white space")
        #expect(SourceText(name: "c.txt", text: "\nقال.").emptyWarning == nil)
    }

    @Test func countsAreSingularForOne() {
        #expect(counted(1, "article") == "1 article")
        #expect(counted(0, "article") == "0 articles")
        #expect(counted(2, "entry", plural: "entries") == "2 entries")
    }
}
