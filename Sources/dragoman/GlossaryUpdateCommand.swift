import ArgumentParser
import DragomanGlossary

struct GlossaryUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Change fields of a concept, by id.",
        discussion: """
            Only the fields given change ('updated' is set to today unless --updated is given). Variants are added \
            or removed one at a time; adding a proposed, deprecated or misspelt form as a variant accepts it (it \
            leaves its old list), removing a proposed variant rejects it. The optional columns (ar_deprecated, \
            ar_misspellings, blocked_in …) are set whole with --set. The result must still be a valid entry whose \
            Arabic forms belong to no other concept. Prints the changed row.

            Example:
              cp Glossaries/ar-en.tsv my-glossary.tsv
              dragoman glossary update --glossary my-glossary.tsv dm-0005 \\
                  --add-ar-variant "مارك روتى" --note "Egyptian outlets write روتى"
            """)

    @OptionGroup var glossary: GlossaryFileOption
    @OptionGroup var fields: GlossaryFieldOptions

    @Argument(help: "The id of the concept to change.") var id: String
    @Option(name: .customLong("add-ar-variant"), help: "Add an Arabic variant. Repeatable.") var addArVariants:
        [String] = []
    @Option(name: .customLong("remove-ar-variant"), help: "Remove an Arabic (or proposed) variant. Repeatable.")
    var removeArVariants: [String] = []
    @Option(name: .customLong("add-en-variant"), help: "Add an English variant. Repeatable.") var addEnVariants:
        [String] = []
    @Option(name: .customLong("remove-en-variant"), help: "Remove an English variant. Repeatable.")
    var removeEnVariants: [String] = []

    func run() throws {
        var row = ""
        try glossary.store().modify { current in
            if let entry = current.entries.first(where: { $0.id == id }) {
                for variant in removeArVariants
                where !entry.arVariants.contains(variant) && !entry.arProposed.contains(variant) {
                    throw GlossaryCommandFailure(description: "entry '\(id)' has no Arabic variant '\(variant)'")
                }
                for variant in removeEnVariants where !entry.enVariants.contains(variant) {
                    throw GlossaryCommandFailure(description: "entry '\(id)' has no English variant '\(variant)'")
                }
            }
            current.addExtraColumns(fields.extraColumns)
            let updated = try current.update(id: id) { entry in
                fields.apply(to: &entry)
                entry.arVariants.removeAll { removeArVariants.contains($0) }
                entry.arProposed.removeAll { removeArVariants.contains($0) }
                entry.enVariants.removeAll { removeEnVariants.contains($0) }
                // Adding a proposed (or deprecated, misspelt) form as a variant accepts it: it leaves its old list.
                for list in [\GlossaryEntry.arProposed, \.arDeprecated, \.arMisspellings] {
                    entry[keyPath: list].removeAll { addArVariants.contains($0) }
                }
                entry.enDeprecated.removeAll { addEnVariants.contains($0) }
                entry.enMisspellings.removeAll { addEnVariants.contains($0) }
                entry.arVariants += addArVariants.filter { !entry.arabicForms.contains($0) }
                entry.enVariants += addEnVariants.filter { !entry.englishForms.contains($0) }
            }
            row = updated.tsvRow(in: current)
            return true
        }
        print("updated\t" + row)
    }
}
