import DragomanTestSupport
import Foundation

/// This suite's fixtures and temporary folders.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = TestScratch.url("dragoman-glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A temporary copy of a fixture (tests never change the fixtures themselves).
    static func copy(_ name: String) throws -> String {
        let target = try temporaryFolder().appendingPathComponent(name)
        try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: target)
        return target.path
    }

    static func write(_ bytes: [UInt8], name: String) throws -> String {
        let url = try temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
