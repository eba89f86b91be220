import DragomanTestSupport
import Foundation
import Testing

/// README.md is safe to follow: every ```sh block runs, as pasted, in a copy of the repository (package root as
/// working folder, no ../shared beside it), in README order, and exits as the README says.
///
/// The convention (see the README's "Testing" section):
/// - a block is run unless the line right above its opening fence is `<!-- readme-test: skip (reason) -->`;
/// - `<!-- readme-test: exit N -->` there means its last command must exit with N (every other command with 0);
/// - in a block with lines starting with `$ `, those are the commands and the lines after each (up to the next
///   `$ ` or the fence) are its expected output: they must appear in its standard output, in order, where `…`
///   stands for any text (a line that is only `…`, for any lines); in a block without them every line is script,
///   a line ending with `\` continuing onto the next.
///
/// `swift run dragoman` (and `swift run -c release dragoman`) runs the `dragoman` built for these tests, first on
/// PATH, so nothing is rebuilt; a block that would run any other `swift` command must be skipped with its reason.
@Suite struct ReadmeTests {
    /// One ```sh block of the README.
    struct Block: CustomStringConvertible {
        /// Line number of the opening fence (from 1).
        var line: Int
        /// The annotation above the fence: nil, "skip (…)" or "exit N".
        var annotation: String?
        /// The commands, each with its expected output lines (empty when the README shows none).
        var commands: [(command: String, output: [String])]

        var skipped: Bool { annotation?.hasPrefix("skip") ?? false }

        /// The exit status the last command must have.
        var expectedExit: Int32 {
            guard let annotation, annotation.hasPrefix("exit ") else { return 0 }
            return Int32(annotation.dropFirst(5).trimmingCharacters(in: .whitespaces)) ?? -1
        }

        var description: String { "README.md:\(line)" }
    }

    static let readme: String =
        (try? String(
            contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// Every ```sh block, with its annotation and commands.
    static func blocks(_ text: String) -> [Block] {
        let lines = text.components(separatedBy: "\n")
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            guard lines[index].trimmingCharacters(in: .whitespaces) == "```sh" else {
                index += 1
                continue
            }
            let opening = index
            // A block inside a list item is indented: its lines lose the fence's indentation.
            let indent = lines[index].prefix { $0 == " " }.count
            var body: [String] = []
            index += 1
            while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "```" {
                let line = lines[index]
                body.append(line.prefix(indent).allSatisfy { $0 == " " } ? String(line.dropFirst(indent)) : line)
                index += 1
            }
            index += 1
            var annotation: String?
            let above = opening > 0 ? lines[opening - 1].trimmingCharacters(in: .whitespaces) : ""
            if let match = above.firstMatch(of: /^<!-- readme-test: (.*) -->$/) {
                annotation = String(match.1)
            }
            blocks.append(Block(line: opening + 1, annotation: annotation, commands: commands(body)))
        }
        return blocks
    }

    /// A block's lines as commands: `$ ` lines with the output after them, or script lines joined at a final `\`.
    static func commands(_ body: [String]) -> [(command: String, output: [String])] {
        var commands: [(command: String, output: [String])] = []
        if body.contains(where: { $0.hasPrefix("$ ") }) {
            for line in body {
                if line.hasPrefix("$ ") {
                    commands.append((String(line.dropFirst(2)), []))
                } else if !commands.isEmpty, !line.isEmpty {
                    commands[commands.count - 1].output.append(line)
                }
            }
            return commands
        }
        var pending = ""
        var hereDocument: String?
        for line in body {
            pending += (pending.isEmpty ? "" : "\n") + line
            // A here-document runs on to its delimiter line.
            if let delimiter = hereDocument {
                if line == delimiter { hereDocument = nil } else { continue }
            } else if let match = line.firstMatch(of: /<<-?'?"?([A-Za-z_]+)'?"?/) {
                hereDocument = String(match.1)
                continue
            }
            if line.hasSuffix("\\") { continue }
            if !pending.trimmingCharacters(in: .whitespaces).isEmpty { commands.append((pending, [])) }
            pending = ""
        }
        if !pending.isEmpty { commands.append((pending, [])) }
        return commands
    }

    /// `command` as the test runs it: `swift run dragoman` is the `dragoman` on PATH.
    static func rewritten(_ command: String) -> String {
        command.replacingOccurrences(of: "swift run -c release dragoman ", with: "dragoman ")
            .replacingOccurrences(of: "swift run dragoman ", with: "dragoman ")
            .replacingOccurrences(of: "swift run dragoman\n", with: "dragoman\n")
    }

    /// Whether a command (after `rewritten`) runs `swift`.
    static func runsSwift(_ command: String) -> Bool {
        command.split(whereSeparator: { " \n|;&(`".contains($0) }).contains("swift")
    }

    /// Whether `output` holds the expected lines in order; `…` in an expected line matches any text.
    static func matches(_ expected: [String], in output: String) -> Bool {
        var lines = output.components(separatedBy: "\n")[...]
        for pattern in expected where pattern.trimmingCharacters(in: .whitespaces) != "…" {
            let parts = pattern.components(separatedBy: "…")
            guard
                let found = lines.firstIndex(where: { line in
                    guard line.hasPrefix(parts[0]), line.hasSuffix(parts[parts.count - 1]) else { return false }
                    var rest = line[...]
                    for part in parts where !part.isEmpty {
                        guard let range = rest.range(of: part) else { return false }
                        rest = rest[range.upperBound...]
                    }
                    return true
                })
            else { return false }
            lines = lines[(found + 1)...]
        }
        return true
    }

    @Test func theReadmeHasBlocksAndEveryAnnotationIsKnown() {
        let blocks = Self.blocks(Self.readme)
        #expect(blocks.count >= 10)
        #expect(blocks.filter { !$0.skipped }.count >= 6)
        for block in blocks {
            if let annotation = block.annotation {
                let known =
                    annotation.firstMatch(of: /^skip \(.+\)$/) != nil || annotation.firstMatch(of: /^exit \d+$/) != nil
                #expect(known, "\(block): unknown annotation '\(annotation)'; use 'skip (reason)' or 'exit N'")
            }
        }
        // An annotation must sit right above a fence, or it annotates nothing.
        let lines = Self.readme.components(separatedBy: "\n")
        for (number, line) in lines.enumerated()
        where line.trimmingCharacters(in: .whitespaces).hasPrefix("<!-- readme-test:") {
            #expect(
                number + 1 < lines.count && lines[number + 1].trimmingCharacters(in: .whitespaces).hasPrefix("```sh"),
                "README.md:\(number + 1)")
        }
    }

    @Test func theConventionParses() {
        let text = """
            <!-- readme-test: exit 1 -->
            ```sh
            $ echo a | tr a b
            b
            $ false
            ```

            <!-- readme-test: skip (needs a cluster) -->
            ```sh
            swift run dragoman prepare --everything
            ```

            ```sh
            swift run dragoman glossary add --ar "هدنة" \\
                --en "truce"   # comment
            ls
            ```
            """
        let blocks = Self.blocks(text)
        #expect(blocks.count == 3)
        #expect(blocks[0].expectedExit == 1 && !blocks[0].skipped)
        #expect(blocks[0].commands.map(\.command) == ["echo a | tr a b", "false"])
        #expect(blocks[0].commands[0].output == ["b"])
        #expect(blocks[1].skipped)
        #expect(blocks[2].commands.count == 2)
        #expect(Self.rewritten(blocks[2].commands[0].command).hasPrefix("dragoman glossary add --ar \"هدنة\" \\\n"))
        #expect(
            Self.matches(
                ["# seeds/x.txt (ar, …)", "…", "6\tsentence\t…"], in: "# seeds/x.txt (ar, 24)\n1\n6\tsentence\tz"))
        #expect(Self.runsSwift("swift test") && Self.runsSwift("cd x && swift build -c release"))
        #expect(!Self.runsSwift("dragoman prepare") && !Self.runsSwift("echo swiftly"))
        #expect(!Self.matches(["b", "a"], in: "a\nb\n"))
    }

    /// Runs every block that is not skipped, in README order, in one copy of the repository. (Never inside a
    /// sandbox: a README block that ran `swift test` there would run this test again.)
    @Test(.enabled(if: !Sandbox.isInside, "runs only outside a sandbox"))
    func everyBlockRunsAsTheReadmeSays() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let shipped = try Data(contentsOf: Repository.root.appendingPathComponent("Glossaries/ar-en.tsv"))
        for block in Self.blocks(Self.readme) where !block.skipped {
            // A block that would run swift (a build, or `swift test`, which would run this test again) is not run.
            let commands = block.commands.map { Self.rewritten($0.command) }
            if let command = commands.first(where: Self.runsSwift) {
                Issue.record("\(block): '\(command)' runs swift (a build); mark the block skip, with the reason")
                continue
            }
            // Each command, then a marker with its exit status, so each one's output and status are known.
            // Standard error joins standard output, as a user sees them in a terminal.
            var script = "exec 2>&1\n"
            for (index, command) in commands.enumerated() {
                script += command + "\nprintf '\\n@@readme-test %d %d@@\\n' \(index) $?\n"
            }
            let result = try sandbox.run(script)
            var outputs: [String] = []
            var statuses: [Int32] = []
            var rest = result.stdout[...]
            while let marker = rest.firstMatch(of: /\n@@readme-test (\d+) (\d+)@@\n/) {
                outputs.append(String(rest[..<marker.range.lowerBound]))
                statuses.append(Int32(marker.2) ?? -1)
                rest = rest[marker.range.upperBound...]
            }
            guard statuses.count == block.commands.count else {
                Issue.record(
                    "\(block): stopped after \(statuses.count) of \(block.commands.count) commands: \(result.stderr)")
                continue
            }
            for (index, command) in block.commands.enumerated() {
                let expected: Int32 = index == block.commands.count - 1 ? block.expectedExit : 0
                #expect(
                    statuses[index] == expected,
                    "\(block): '\(command.command)' exited \(statuses[index]), expected \(expected)\n\(result.stderr)")
                #expect(
                    Self.matches(command.output, in: outputs[index]),
                    "\(block): '\(command.command)' printed\n\(outputs[index])\nnot\n\(command.output.joined(separator: "\n"))"
                )
            }
        }
        // No example changes the shipped glossary.
        #expect(try Data(contentsOf: sandbox.root.appendingPathComponent("Glossaries/ar-en.tsv")) == shipped)
    }
}
