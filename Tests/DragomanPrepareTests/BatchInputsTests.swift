import DragomanTestSupport
import Foundation
import Testing

@testable import DragomanPrepare

/// The batch's file list: paths in batch order, each relative to its input root.
@Suite struct BatchInputsTests {
    /// Roots named in Arabic are longer in bytes than in characters: the relative path is cut by bytes, so two
    /// machines that mount the same folder under different roots slice it the same.
    @Test(arguments: ["أخبار", "news", "أخبار ٢٠٢٦/العربية"])
    func relativePathsAreCutByBytes(root: String) throws {
        let folder = try TemporaryFolder(prefix: "dragoman-inputs")
        defer { folder.remove() }
        try folder.write("نص", to: root + "/مقال.txt")
        try folder.write("text", to: root + "/sub/b.txt")
        let single = try folder.write("نص آخر", to: "وحده.txt")
        let top = folder.path(root)
        for input in [top, top + "/"] {
            let inputs = try BatchInputs([input, single])
            #expect(inputs.paths.indices.map(inputs.relative) == ["sub/b.txt", "مقال.txt", "وحده.txt"])
            #expect(inputs.paths == [top + "/sub/b.txt", top + "/مقال.txt", single])
        }
        // The fingerprint of the listing does not depend on where the folder lies.
        let elsewhere = try TemporaryFolder(prefix: "dragoman-inputs-other")
        defer { elsewhere.remove() }
        try elsewhere.write("x", to: "ملفات/" + root + "/مقال.txt")
        try elsewhere.write("y", to: "ملفات/" + root + "/sub/b.txt")
        try elsewhere.write("z", to: "وحده.txt")
        let moved = try BatchInputs([elsewhere.path("ملفات/" + root), elsewhere.path("وحده.txt")])
        #expect(moved.listing == (try BatchInputs([top, single])).listing)
    }
}
