import ArgumentParser
import DragomanGlossary

struct GlossaryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a concept to the glossary.",
        discussion: """
            --ar and --en are required (--en may be left out for a proposed entry, which is not matched in text \
            until it has English and status preferred or admitted). The id is the next free one unless --id is \
            given. An Arabic term or variant that another concept already has (after normalization) is refused: \
            update that concept instead. Prints the new row.

            Example:
              cp Glossaries/ar-en.tsv my-glossary.tsv
              dragoman glossary add --glossary my-glossary.tsv \\
                  --ar "هدنة إنسانية" --en "humanitarian truce" \\
                  --ar-variant "هدنة انسانية" --pos noun --domain politics
            """)

    @OptionGroup var glossary: GlossaryFileOption
    @OptionGroup var fields: GlossaryFieldOptions

    @Option(help: "The id (default: the next free dm-NNNN).") var id: String?
    @Option(name: .customLong("ar-variant"), help: "An Arabic variant. Repeatable.") var arVariants: [String] = []
    @Option(name: .customLong("en-variant"), help: "An English variant. Repeatable.") var enVariants: [String] = []

    func validate() throws {
        guard fields.ar != nil else { throw ValidationError("give the Arabic term with --ar") }
        guard fields.en != nil || fields.status == "proposed" else {
            throw ValidationError("give the English term with --en (or --status proposed to leave it empty)")
        }
    }

    func run() throws {
        var row = ""
        try glossary.store().modify(allowMissing: true) { current in
            var entry = GlossaryEntry(id: id ?? "", ar: "", en: "", arVariants: arVariants, enVariants: enVariants)
            fields.apply(to: &entry)
            current.addExtraColumns(fields.extraColumns)
            row = try current.add(entry).tsvRow(in: current)
            return true
        }
        print("added\t" + row)
    }
}
