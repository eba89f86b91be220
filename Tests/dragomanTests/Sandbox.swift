import DragomanTestSupport
import Foundation

/// A copy of the repository in a temporary folder (no `../shared` beside it, no build products), with the built
/// `dragoman` on `PATH`: where documented commands (README blocks, help examples) run as a user would paste them.
struct Sandbox {
    /// The temporary folder holding `repo/` and `bin/`.
    let folder: TemporaryFolder
    /// The copy's package root, the commands' working folder.
    let root: URL
    /// A folder holding only `dragoman`, a link to the binary under test; put first on `PATH`.
    let bin: URL

    /// Top-level entries of the repository that are not copied: build products, git data, generated output.
    static let skipped: Set<String> = [".git", ".build", ".swiftpm", "Package.resolved", "Output"]

    init() throws {
        folder = try TemporaryFolder(prefix: "dragoman-sandbox")
        root = folder.url.appendingPathComponent("repo")
        bin = folder.url.appendingPathComponent("bin")
        let manager = FileManager.default
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        try manager.createDirectory(at: bin, withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: CLI.packageRoot.path)
        where !Self.skipped.contains(name) && !name.hasPrefix(".build") {
            try manager.copyItem(
                at: CLI.packageRoot.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        // Output/ ships only its README; what an earlier `dragoman prepare` wrote there is not part of a clone.
        try manager.createDirectory(at: root.appendingPathComponent("Output"), withIntermediateDirectories: true)
        try manager.copyItem(
            at: CLI.packageRoot.appendingPathComponent("Output/README.md"),
            to: root.appendingPathComponent("Output/README.md"))
        try manager.createSymbolicLink(
            at: bin.appendingPathComponent("dragoman"), withDestinationURL: CLI.executable)
    }

    /// The environment variable set for every script a sandbox runs.
    static let marker = "DRAGOMAN_SANDBOX"

    /// Whether this process runs inside a sandbox's script (a documented command that ran the tests again).
    static var isInside: Bool { ProcessInfo.processInfo.environment[marker] != nil }

    /// Runs `script` with bash in the copy's root, `dragoman` first on `PATH`.
    func run(_ script: String) throws -> ProcessOutput {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return try Subprocess.run(
            "/bin/bash", ["-c", script], in: root,
            environment: ["PATH": bin.path + ":" + path, "COLUMNS": "80", Self.marker: "1"])
    }

    /// Removes the copy.
    func remove() { folder.remove() }
}
