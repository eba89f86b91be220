public import Foundation

/// The path of `TestScratch.root`, a global so that the exit handler can name it without capturing anything.
private let scratchPath = FileManager.default.temporaryDirectory.appendingPathComponent(
    "dragoman-tests-\(getpid())-\(UUID().uuidString.prefix(8))"
).path

/// The one folder a test process writes its temporary files under, removed when the process exits.
///
/// Tests that made their folders straight in the system's temporary folder left about 150 of them behind on every
/// `swift test` (those that did not remove what they made, or failed before they could). A crashed run still leaves
/// its one folder.
public enum TestScratch {
    /// The folder, made on first use.
    public static let root: URL = {
        try? FileManager.default.createDirectory(atPath: scratchPath, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: scratchPath) }
        return URL(fileURLWithPath: scratchPath, isDirectory: true)
    }()

    /// A path for `name` (made unique by the caller) inside the folder.
    public static func url(_ name: String) -> URL { root.appendingPathComponent(name) }
}
