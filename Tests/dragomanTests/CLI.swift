import DragomanTestSupport
import Foundation

/// Runs the built `dragoman` executable, as a user would.
enum CLI {
    typealias Result = ProcessOutput

    /// The package root (where `seeds/` and `Glossaries/` are).
    static let packageRoot: URL = Repository.root

    /// `../shared` beside the package, where the benchmark corpora live (absent in a user's clone).
    static let shared: URL = Repository.shared

    /// The `dragoman` binary next to the test bundle.
    static var executable: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("dragoman")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/dragoman")
    }

    /// Runs `dragoman` with `arguments` in `directory` (default: the package root), feeding `input` on stdin.
    static func run(
        _ arguments: [String], input: Data? = nil, in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        try Subprocess.run(
            executable.path, arguments, input: input, in: directory ?? packageRoot, environment: environment)
    }
}
