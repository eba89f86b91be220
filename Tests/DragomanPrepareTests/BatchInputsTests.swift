import DragomanTestSupport
import Foundation
import Testing

@testable import DragomanPrepare
@testable import DragomanText

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
        // The fingerprint of the joined listing, made a path at a time.
        let relative = moved.paths.indices.map(moved.relative)
        #expect(moved.listing == LineFingerprint(relative.joined(separator: "\u{0}") + "\u{0}\(relative.count)").hex)
    }

    /// The fingerprint made a piece at a time is the fingerprint of the whole, wherever the pieces are cut (here
    /// inside Arabic letters' bytes too).
    @Test(arguments: [1, 2, 3, 7, 1_000])
    func fingerprintInPiecesIsTheFingerprintOfTheWhole(piece: Int) {
        let text = "اقرأ أيضا: آخر الأخبار، ٢٠٢٦؟ NATO"
        let bytes = Array(text.utf8)
        var builder = LineFingerprint.Builder()
        var start = 0
        while start < bytes.count {
            builder.add(bytes[start..<min(start + piece, bytes.count)])
            start += piece
        }
        #expect(builder.fingerprint == LineFingerprint(text))
        #expect(LineFingerprint.Builder().fingerprint == LineFingerprint(""))
    }
}
