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
}
