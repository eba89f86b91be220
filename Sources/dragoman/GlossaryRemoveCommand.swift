import ArgumentParser
import DragomanGlossary

struct GlossaryRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove concepts, by id.",
        discussion: """
            An unknown id removes nothing. The previous file is kept as FILE.bak. Prints the removed rows.

            Example:
              cp Glossaries/ar-en.tsv my-glossary.tsv
              dragoman glossary remove --glossary my-glossary.tsv dm-0013 dm-0014
            """)

    @OptionGroup var glossary: GlossaryFileOption

    @Argument(help: "Ids of the concepts to remove.") var ids: [String] = []

    func validate() throws {
        guard !ids.isEmpty else { throw ValidationError("give at least one id") }
    }

    func run() throws {
        var rows: [String] = []
        try glossary.store().modify { current in
            rows = try current.remove(ids: ids).map { $0.tsvRow(in: current) }
            return true
        }
        for row in rows { print("removed\t" + row) }
    }
}
