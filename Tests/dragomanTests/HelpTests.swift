import DragomanTestSupport
import Foundation
import Testing

/// Every command's `--help` as a user sees it in an 80-column terminal: nothing wider than 80 columns, paragraphs
/// wrapped once (not hard-wrapped in the source and wrapped again), examples whole and runnable from the package
/// root.
@Suite struct HelpTests {
    /// Every command path, found by walking the SUBCOMMANDS sections from the top (so new commands are checked too).
    static let commands: [[String]] = {
        var found: [[String]] = []
        var queue: [[String]] = [[]]
        while !queue.isEmpty {
            let path = queue.removeFirst()
            found.append(path)
            guard let help = try? render(path) else { continue }
            queue += subcommands(in: help.stdout).map { path + [$0] }
        }
        return found
    }()

    static func render(_ path: [String]) throws -> ProcessOutput {
        try CLI.run(path + ["--help"], environment: ["COLUMNS": "80"])
    }

    /// The names listed under SUBCOMMANDS: (two spaces, a name, then spaces and the abstract).
    static func subcommands(in help: String) -> [String] {
        guard let section = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { return [] }
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), !line.contains("See '") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }

    /// The lines of the Example(s) block: after "Example:" or "Examples:", up to the next blank line.
    static func examples(in help: String) -> [Substring] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == "Example:" || $0 == "Examples:" }) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    @Test func everyCommandIsFound() {
        #expect(Self.commands.count >= 17)
        #expect(Self.commands.contains(["glossary", "export"]))
        #expect(Self.commands.contains(["eval", "rouge"]))
    }

    @Test(arguments: commands)
    func helpFitsEightyColumns(_ path: [String]) throws {
        let help = try Self.render(path)
        #expect(help.status == 0, "\(help.stderr)")
        for line in help.stdout.split(separator: "\n") {
            #expect(line.count <= 80, "dragoman \(path.joined(separator: " ")) --help: \(line.count) columns: \(line)")
        }
    }

    /// A prose line followed by another prose line must be full: if the next line's first word (and the space the
    /// parser looks for after it) would have fitted on it, the source broke the paragraph by hand and the parser
    /// wrapped it again (a ragged paragraph).
    @Test(arguments: commands)
    func paragraphsAreWrappedOnce(_ path: [String]) throws {
        let help = try Self.render(path).stdout
        let prose = help.components(separatedBy: "\nUSAGE:")[0].split(separator: "\n", omittingEmptySubsequences: false)
        for (line, next) in zip(prose, prose.dropFirst())
        where !line.isEmpty && !next.isEmpty && !line.hasPrefix(" ") && !next.hasPrefix(" ") {
            let word = next.split(separator: " ").first ?? ""
            #expect(line.count + 1 + word.count >= 80, "ragged: '\(line)' then '\(next)'")
        }
    }

    @Test(arguments: commands)
    func everyCommandHasWholeExamples(_ path: [String]) throws {
        let examples = Self.examples(in: try Self.render(path).stdout)
        #expect(!examples.isEmpty, "dragoman \(path.joined(separator: " ")) --help has no example")
        for line in examples {
            // An example line the parser had to wrap loses its indentation; a command split by hand ends in "\".
            #expect(line.hasPrefix("  "), "example wrapped: '\(line)'")
            #expect(line.count <= 78, "example longer than 78 columns: '\(line)'")
            #expect(!line.contains("../shared"), "example needs data outside the repository: '\(line)'")
        }
    }

    /// Each command's examples, pasted into bash in a copy of the repository, succeed: they name files that exist
    /// and never need ../shared.
    @Test(.enabled(if: !Sandbox.isInside, "runs only outside a sandbox"), arguments: commands)
    func examplesRunFromThePackageRoot(_ path: [String]) throws {
        let examples = Self.examples(in: try Self.render(path).stdout)
        let script = "set -e\n" + examples.map { $0.dropFirst(2) }.joined(separator: "\n") + "\n"
        #expect(!ReadmeTests.runsSwift(script), "a help example must not run swift")
        guard !ReadmeTests.runsSwift(script) else { return }
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(script)
        #expect(result.status == 0, "dragoman \(path.joined(separator: " ")) examples:\n\(script)\n\(result.stderr)")
        // The shipped glossary is never changed by an example.
        let shipped = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Glossaries/ar-en.tsv"))
        #expect(try Data(contentsOf: sandbox.root.appendingPathComponent("Glossaries/ar-en.tsv")) == shipped)
    }

    @Test(arguments: [
        (["help", "nosuch"], "no help for 'dragoman nosuch': unknown command; use one of: "),
        (
            ["help", "glossary", "nosuch"],
            "no help for 'dragoman glossary nosuch': unknown command; use one of: lint, "
        ),
        (
            ["help", "eval", "rouge", "x"],
            "no help for 'dragoman eval rouge x': unknown command; it has no subcommands"
        ),
    ])
    func helpForAnUnknownCommandIsAnError(_ arguments: [String], _ message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: " + message), "\(result.stderr)")
    }

    @Test func helpForAKnownCommandWorks() throws {
        let result = try CLI.run(["help", "glossary", "export"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: Write the glossary as TBX, CSV, OmegaT or TSV.\n"))
    }
}
