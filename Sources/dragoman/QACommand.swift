import ArgumentParser
import DragomanGlossary
import DragomanTranslation
import DragomanXLIFF
import Foundation

struct QACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa",
        abstract: "Check translated XLIFF: glossary terms, numbers, untranslated segments.",
        discussion: """
            Reads XLIFF 1.2 or 2.x (written by 'dragoman xliff' or returned by a CAT tool) and checks every segment to translate. Errors: a glossary term in the source whose approved English (or an admitted variant, plural or possessive) is missing from the target (missing-term); a deprecated English term (deprecated-term); a number that differs (number: Arabic-Indic digits, ٫ and the agency style 5ر7 read as values, 7.5 = 7,5, 1,000 = 1٬000); no target, an empty one, or the source copied and never translated (untranslated). Warnings: one source term rendered differently across segments and files (inconsistent-term), a target identical to its source although marked translated (same-as-source), Arabic letters left in an English target (arabic-in-target).

            Each finding is one line, FILE:LINE: SEVERITY [RULE] unit 'U' segment 'S': what; expected what, then a summary line. --format json prints one JSON object per finding (severity, rule, file, line, unit, segment, subject, expected, message) and the summary on standard error. Exit status 1 when there is an error.

            Without --glossary, Glossaries/ar-en.tsv is used when it exists; otherwise only the checks that need no glossary run.

            Examples:
              dragoman qa Tests/DragomanTranslationTests/Fixtures/qa-clean.ar-en.xlf
              dragoman qa --format json --glossary Glossaries/ar-en.tsv \\
                  Tests/DragomanTranslationTests/Fixtures/qa-clean.ar-en.xlf
            """)

    @Option(help: "The glossary file (TSV). Default: Glossaries/ar-en.tsv when it exists.")
    var glossary: String?

    @Option(help: "Output format: text or json.")
    var format = "text"

    @Argument(help: "Translated XLIFF files.")
    var files: [String] = []

    static let defaultGlossary = "Glossaries/ar-en.tsv"

    func validate() throws {
        guard format == "text" || format == "json" else {
            throw ValidationError("unknown format '\(format)'; use text or json")
        }
        guard !files.isEmpty else { throw ValidationError("give at least one XLIFF file") }
    }

    func run() throws {
        let reader = XLIFFReader()
        let documents = try files.map { try reader.read(file: $0) }
        var terms: Glossary?
        if let glossary {
            terms = try GlossaryStore(path: glossary).load().glossary
        } else if GlossaryStore(path: Self.defaultGlossary).exists {
            terms = try GlossaryStore(path: Self.defaultGlossary).load().glossary
        } else {
            printError("no glossary (\(Self.defaultGlossary) not found): terms are not checked")
        }
        let findings = try TranslationQA(glossary: terms).check(documents)
        let errors = findings.count { $0.severity == .error }
        let warnings = findings.count - errors
        let segments = documents.reduce(0) { $0 + $1.segments.count { $0.translate } }
        let summary =
            "\(files.count) file\(files.count == 1 ? "" : "s"), \(segments) segment\(segments == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if format == "json" {
            for finding in findings { print(finding.json) }
            printError(summary)
        } else {
            for finding in findings { print(finding) }
            print(summary)
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
