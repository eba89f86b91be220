import DragomanTestSupport
import Foundation

/// Files written to a fresh temporary folder for one test.
enum TemporaryFile {
    static func folder() throws -> URL {
        let url = TestScratch.url("dragoman-exchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(bytes: [UInt8], name: String) throws -> String {
        let url = try folder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func write(_ text: String, name: String) throws -> String {
        try write(bytes: Array(text.utf8), name: name)
    }
}
