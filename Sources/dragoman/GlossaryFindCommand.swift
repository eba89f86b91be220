import ArgumentParser
import DragomanGlossary

struct GlossaryFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find concepts by Arabic (any spelling or form), English or id.",
        discussion: """
            Arabic is compared after the 'match' normalization, so الاطلسي finds الأطلسي and حلف شمال الأطلنطي; English is case-insensitive. Whole-form matches come first; then the concepts the text names as running text writes them, with clitics, suffixes and construct forms (والناتو, بالعراق, حكومته, وزراء دفاع الحلف, NATO's) or as a close spelling of a name (ستولتنبيرج); then forms that contain the text. Prints the header and the matching rows in the glossary's TSV format; exit status 1 when nothing matches.

            Examples:
              dragoman glossary find "secretary general"
              dragoman glossary find والناتو
            """)

    @OptionGroup var glossary: GlossaryFileOption

    @Argument(help: "Arabic or English text, or an id.") var text: String

    func run() throws {
        let current = try glossary.store().load().glossary
        let found = current.find(text)
        guard !found.isEmpty else {
            printError("no entry matches '\(text)'")
            throw ExitCode(1)
        }
        // The ranking is kept (serialize would order by id): header, then rows in `found` order.
        print(current.columns.joined(separator: "\t"))
        for entry in found { print(entry.tsvRow(in: current)) }
    }
}
