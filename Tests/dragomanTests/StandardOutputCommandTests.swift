import DragomanTestSupport
import Foundation
import Testing

/// Results that standard output cannot take (a full disk: `/dev/full`) end every command with status 1 and one
/// line saying so, never status 0 with a cut result, nor a crash; a standard error that takes nothing is no crash.
@Suite struct StandardOutputCommandTests {
    static let noSpace = "Error: cannot write to standard output: No space left on device\n"
    /// When `print`'s buffer failed while the command ran, the C library keeps no reason.
    static let cut = "Error: cannot write to standard output: part of the output was not written\n"

    static func runIntoFullDisk(_ arguments: [String]) throws -> ProcessOutput {
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        return try Subprocess.run(
            "bash", ["-c", "'\(CLI.executable.path)' \(quoted) > /dev/full"], in: CLI.packageRoot)
    }

    /// Commands that write their result in one piece (`glossary export` trapped in Foundation's `FileHandle.write`
    /// before): the system's reason.
    @Test(arguments: [
        ["glossary", "export", "--format", "csv"],
        ["glossary", "export", "--format", "tbx"],
        ["align", "--terms", "\(AlignCommandTests.fixtures)/nato.terms.txt"] + AlignCommandTests.lineAligned,
    ])
    func wholeResults(_ arguments: [String]) throws {
        let result = try Self.runIntoFullDisk(arguments)
        #expect(result.status == 1)
        #expect(result.stderr == Self.noSpace)
    }

    /// Commands that print as they go (which exited 0 before): the reason when the last write failed, or that part
    /// of the output was lost when an earlier one did.
    @Test(arguments: [
        ["segment", "seeds/003_ebcacb89700a50ef.txt"], ["segment", "--format", "json", "seeds"],
        ["summarize", "seeds"], ["terms", "seeds"],
    ])
    func printedResults(_ arguments: [String]) throws {
        let result = try Self.runIntoFullDisk(arguments)
        #expect(result.status == 1)
        #expect([Self.noSpace, Self.cut].contains(result.stderr), "\(result.stderr)")
    }

    /// The help and the version, which the argument parser printed and ended with status 0 even when they were
    /// lost.
    @Test(arguments: [["--help"], ["prepare", "--help"], ["help", "summarize"], ["--version"]])
    func helpAndVersion(_ arguments: [String]) throws {
        let result = try Self.runIntoFullDisk(arguments)
        #expect(result.status == 1)
        #expect([Self.noSpace, Self.cut].contains(result.stderr), "\(result.stderr)")
        let shown = try CLI.run(arguments)
        #expect(shown.status == 0)
        #expect(shown.stdout.hasSuffix("\n") && shown.stdout.count > 1 && shown.stderr.isEmpty)
    }

    /// Standard error that takes nothing does not turn a run that did its work into a crash (it trapped in
    /// `FileHandle.write`): `prepare` writes its files and its lines and exits 0, its summary on standard error
    /// lost; a bad argument still
    /// exits 64 and a missing file 1.
    @Test func aFullStandardErrorIsNotACrash() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("out").path
        let prepare = try Subprocess.run(
            "bash", ["-c", "'\(CLI.executable.path)' prepare --quiet -o '\(output)' seeds 2>/dev/full"],
            in: CLI.packageRoot)
        #expect(prepare.status == 0)
        #expect(prepare.stdout.hasSuffix("prepared 5 articles in \(output)/\n"))
        #expect(FileManager.default.fileExists(atPath: output + "/report.html"))
        for (arguments, status) in [("summarize --words -5 seeds", Int32(64)), ("segment no-such-file.txt", 1)] {
            let result = try Subprocess.run(
                "bash", ["-c", "'\(CLI.executable.path)' \(arguments) 2>/dev/full"], in: CLI.packageRoot)
            #expect(result.status == status, "\(arguments)")
        }
    }

    /// The same commands into a pipe that takes everything still exit 0.
    @Test func aWorkingOutputStillExitsZero() throws {
        let result = try CLI.run(["segment", "seeds/003_ebcacb89700a50ef.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }
}
