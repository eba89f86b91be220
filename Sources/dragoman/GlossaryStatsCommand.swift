import ArgumentParser
import DragomanGlossary

struct GlossaryStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the glossary's concepts by status, part of speech and domain.",
        discussion: """
            Example:
              dragoman glossary stats
            """)

    @OptionGroup var glossary: GlossaryFileOption

    func run() throws {
        let current = try glossary.store().load().glossary
        print(GlossaryStats(current).report, terminator: "")
    }
}
