import DragomanTestSupport
import Foundation
import Testing

@testable import DragomanPrepare
@testable import DragomanText

/// The buffered writer of spools and streamed batch files: every byte in order, and a buffer that stays at its size.
@Suite struct BufferedFileTests {
    /// Pieces of every size around the buffer's (text, bytes and raw), written in order: the file is their
    /// concatenation, `count` and the checksum callback see every byte once, and the buffer's memory stays at its
    /// capacity.
    @Test func piecesAroundTheBufferSizeComeOutWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try BufferedFile(path: folder.path("spool"))
        var seen = 0
        file.onWrite = { seen += $0.count }
        let capacity = BufferedFile.capacity
        var expected: [UInt8] = []
        var generator = SplitMix64(seed: 13)
        for (index, size) in [10, capacity - 20, 30, capacity, 1, 2 * capacity + 5, 0, capacity - 1, 7].enumerated() {
            // ASCII bytes, so that the text pieces are valid UTF-8 of the same bytes.
            let piece = (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) & 0x7F }
            expected += piece
            switch index % 3 {
            case 0: try file.write(piece)
            case 1: try piece.withUnsafeBytes { try file.write($0) }
            default: try file.write(String(decoding: piece, as: UTF8.self))
            }
            // A piece that would overflow the buffer writes it out first, so the buffer is never reallocated larger.
            #expect(file.bufferMemory < capacity + 4096, "piece \(index): \(file.bufferMemory) bytes")
        }
        try file.close()
        #expect(file.count == expected.count)
        #expect(seen == expected.count)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("spool"))) == Data(expected))
    }

    /// Arabic text written in pieces comes back as the same UTF-8.
    @Test func arabicTextComesBackIntact() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try BufferedFile(path: folder.path("ar.txt"))
        let line = "قال الوزير، في بيان: «الاتفاق نافذ» ؛ هل يلتزم الطرفان؟ ١٢٣ 2024\n"
        for _ in 0..<20_000 { try file.write(line) }
        try file.close()
        let text = try String(contentsOfFile: folder.path("ar.txt"), encoding: .utf8)
        #expect(text == String(repeating: line, count: 20_000))
    }
}
