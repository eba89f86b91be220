import ArgumentParser
import DragomanGlossary

struct GlossaryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a concept to the glossary.",
        discussion: """
            --ar and --en are required (--en may be left out for a proposed entry). The id is the next free one \
            unless --id is given. An Arabic term or variant that another concept already has (after normalization) \
            is refused: update that concept instead. Prints the new row.

            Example:
              dragoman glossary add --ar "مجلس الأمن الدولي" --en "UN Security Council" --ar-variant "مجلس الأمن" \\
                --pos properNoun --domain organization
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
        try glossary.store.modify(allowMissing: true) { current in
            var entry = GlossaryEntry(id: id ?? "", ar: "", en: "", arVariants: arVariants, enVariants: enVariants)
            fields.apply(to: &entry)
            current.addExtraColumns(fields.extraColumns)
            row = try current.add(entry).tsvRow(extraColumns: current.extraColumns)
            return true
        }
        print("added\t" + row)
    }
}
