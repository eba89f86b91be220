import DragomanTestSupport
import Foundation
import Testing

@testable import DragomanText

/// The stage of an output folder, as `prepare` fills it: many article folders, each with several files.
@Suite struct StagedFolderTests {
    /// More folders than the stage remembers, each written to again after it was forgotten: every file lands,
    /// and the folders a commit leaves are the ones written to.
    @Test func foldersForgottenAndWrittenToAgainKeepTheirFiles() throws {
        let root = try TemporaryFolder(prefix: "dragoman-stage")
        defer { root.remove() }
        let output = root.path("الناتج")
        let count = StagedFolder.rememberedFolders * 2 + 7
        let staged = try StagedFolder(output: output)
        for round in ["summary.md", "article.xlf"] {
            for number in 0..<count {
                try staged.write("مقال \(number)، \(round)؛ 2026؟\n", to: "مقال-\(number)/\(round)")
            }
        }
        try staged.commit()
        let folders = try FileManager.default.contentsOfDirectory(atPath: output)
        #expect(folders.count == count)
        for number in [0, StagedFolder.rememberedFolders, count - 1] {
            for round in ["summary.md", "article.xlf"] {
                let text = try String(contentsOfFile: output + "/مقال-\(number)/\(round)", encoding: .utf8)
                #expect(text == "مقال \(number)، \(round)؛ 2026؟\n")
            }
        }
    }

    /// A rerun's files take the modes of the files they replace: one the user made private stays private, the
    /// others keep the usual mode, and new files get it.
    @Test func replacedFilesKeepTheirModes() throws {
        let root = try TemporaryFolder(prefix: "dragoman-stage")
        defer { root.remove() }
        let output = root.path("out")
        let first = try StagedFolder(output: output)
        for name in ["a/summary.md", "a/text.txt", "b/summary.md"] { try first.write("الأول\n", to: name) }
        try first.commit()
        func mode(_ name: String) -> mode_t {
            var status = stat()
            #expect(lstat(output + "/" + name, &status) == 0)
            return status.st_mode & 0o7777
        }
        let usual = mode("a/summary.md")
        #expect(chmod(output + "/a/text.txt", 0o600) == 0)
        #expect(chmod(output + "/b/summary.md", 0o640) == 0)
        let second = try StagedFolder(output: output)
        for name in ["a/summary.md", "a/text.txt", "b/summary.md", "b/new.md"] {
            try second.write("الثاني؛ ٢٠٢٦؟\n", to: name)
        }
        try second.commit()
        #expect(mode("a/summary.md") == usual)
        #expect(mode("a/text.txt") == 0o600)
        #expect(mode("b/summary.md") == 0o640)
        #expect(mode("b/new.md") == usual)
        #expect(try String(contentsOfFile: output + "/a/text.txt", encoding: .utf8) == "الثاني؛ ٢٠٢٦؟\n")
    }
}
