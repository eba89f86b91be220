import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate summaries.",
        discussion: """
            Example:
              f=Tests/DragomanSummarizerTests/Fixtures/rouge-en
              dragoman eval rouge --reference $f/reference --system $f/system
            """,
        subcommands: [RougeCommand.self])
}
