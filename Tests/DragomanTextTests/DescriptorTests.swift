import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@Suite struct DescriptorTests {
    @Test func writesEveryByteAndSaysWhyNot() throws {
        let folder = TestScratch.root.appendingPathComponent("dragoman-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.txt").path
        let text = Array(String(repeating: "قال الوزير، ٢٠٢١؟\n", count: 10_000).utf8)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(text.withUnsafeBytes { Descriptor.writeAll($0, to: descriptor) } == 0)
        close(descriptor)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == text)

        let full = open("/dev/full", O_WRONLY)
        #expect(full >= 0)
        #expect(text.withUnsafeBytes { Descriptor.writeAll($0, to: full) } == ENOSPC)
        close(full)
        #expect(text.withUnsafeBytes { Descriptor.writeAll($0, to: -1) } == EBADF)
        #expect([UInt8]().withUnsafeBytes { Descriptor.writeAll($0, to: -1) } == 0)
    }
}
