import ArgumentParser
import DragomanGlossary

struct GlossaryLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check the glossary: duplicates, conflicts, collisions, homographs, deprecated terms, bad fields.",
        discussion: """
            Arabic is compared after the 'match' normalization (أ/ا, ى/ي, ة/ه, harakat and tatweel do not hide a \
            duplicate), English case-insensitively. Each finding is printed as:
              FILE:LINE: error|warning [rule] entry 'ID' (row N): message

            Rules: duplicate, duplicate-id, arabic-conflict, variant-collision, deprecated-without-alternative, \
            blocked-in, empty-field, bad-status, malformed-date (errors); homonym, variant-overlap, \
            redundant-variant, english-conflict, frequent-word, malformed-field (warnings). Exit status 1 when \
            there is an error.

            Example:
              dragoman glossary lint Glossaries/ar-en.tsv
            """)

    @OptionGroup var glossary: GlossaryFileOption

    @Argument(help: "The glossary to check (overrides --glossary).")
    var file: String?

    func run() throws {
        let path = file ?? glossary.path
        if file == nil { _ = try glossary.store() }
        let parsed = try GlossaryStore(path: path).load()
        let findings = GlossaryLinter().lint(parsed, file: path)
        for finding in findings { print(finding) }
        let errors = findings.count { $0.severity == .error }
        let warnings = findings.count - errors
        let count = parsed.glossary.entries.count
        print(
            "\(path): \(count) \(count == 1 ? "entry" : "entries"), \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        )
        if errors > 0 { throw ExitCode(1) }
    }
}
