import DragomanTestSupport
import DragomanText
import Foundation
import Testing

/// Defects found by attacking the reader and the folder walk (issue 11): each test failed before its fix.
@Suite struct InputHardeningTests {
    /// Standard input (any stream) stops at the limit while reading: it used to be read to its end first (6 GB in
    /// 8 s from `yes`). The writer offers 16 MiB; the reader stops after at most one 64 KiB chunk past 1 MiB.
    @Test func aStreamStopsAtTheLimitWhileReading() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 16)
        let written = WrittenCount()
        let writer = Thread {
            signal(SIGPIPE, SIG_IGN)
            for _ in 0..<256 {
                let result = chunk.withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
                if result <= 0 { break }
                written.add(result)
            }
            close(writeEnd)
        }
        writer.start()
        let limit = 1 << 20
        #expect(throws: TextError.tooLarge(file: "-", size: nil, limit: limit)) {
            try TextReader(sizeLimit: limit).readBytes(from: readEnd, name: "-")
        }
        close(readEnd)
        while !writer.isFinished { usleep(1000) }
        #expect(written.value < 4 << 20, "the reader went on reading after the limit")
        #expect(
            TextError.tooLarge(file: "-", size: nil, limit: limit).description
                == "-: more than the 1048576-byte limit for one document (reading stopped there); split the input")
    }

    /// A line longer than `Limits.lineBytes` (4 MiB) is refused with its line number: a 50 MB line of `قال.` was
    /// seven million one-word sentences and 1.3 GB of segments.
    @Test func anOverlongLineIsRefused() throws {
        let line = String(repeating: "قال.", count: (4 << 20) / 7 + 1)
        let text = "عنوان\n\n" + line + "\nآخر"
        let source = SourceText(name: "long.txt", text: text)
        #expect(throws: TextError.lineTooLong(file: "long.txt", line: 3, length: line.utf8.count, limit: 4 << 20)) {
            try Segmenter().segment(source)
        }
        #expect(
            TextError.lineTooLong(file: "long.txt", line: 3, length: 4_194_307, limit: 4_194_304).description
                == "long.txt:3: the line has 4194307 bytes, more than the 4194304-byte limit for one line; break it into lines (a blank line ends a paragraph)"
        )
        // Just under the limit is read.
        let under = String(repeating: "a", count: 4 << 20)
        #expect(throws: Never.self) { try Segmenter().segment(SourceText(name: "ok.txt", text: under)) }
    }

    /// A FIFO named *.txt in a folder used to block the walk forever (opening it waits for a writer); it is
    /// skipped and reported, and the other files are read.
    @Test func aFIFOInAFolderIsSkippedAndReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("قال الوزير.\n", to: "b.txt")
        #expect(mkfifo(folder.path("a.txt"), 0o644) == 0)
        var skipped: [TextError] = []
        let paths = try TextReader.documentPaths([folder.url.path], skipped: &skipped)
        #expect(paths == [folder.path("b.txt")])
        #expect(skipped == [.notRegularFile(file: folder.path("a.txt"), kind: "a FIFO (named pipe)")])
        #expect(
            skipped[0].description
                == "\(folder.path("a.txt")): a FIFO (named pipe), not a regular file; skipped (only regular .txt files in a folder are read)"
        )
        // The strict walk (prepare) refuses the folder naming the FIFO.
        #expect(throws: skipped[0]) { try TextReader.documentPaths([folder.url.path]) }
    }

    /// Links to files are followed, links to folders are not (no cycles); a broken link is reported.
    @Test func linksInAFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = try folder.write("نص.\n", to: "real/r.txt")
        try FileManager.default.createDirectory(atPath: folder.path("walk"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("walk/file.txt"), withDestinationPath: target)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path("walk/loop"), withDestinationPath: folder.path("walk"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.path("walk/broken.txt"), withDestinationPath: folder.path("none.txt"))
        var skipped: [TextError] = []
        let paths = try TextReader.documentPaths([folder.path("walk")], skipped: &skipped)
        #expect(paths == [folder.path("walk/file.txt")])
        #expect(
            skipped == [
                .unreadable(file: folder.path("walk/broken.txt"), reason: "a broken link (No such file or directory)")
            ])
    }
}

/// A counter the writer thread of a test updates.
private final class WrittenCount: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    func add(_ count: Int) { lock.withLock { total += count } }
    var value: Int { lock.withLock { total } }
}
