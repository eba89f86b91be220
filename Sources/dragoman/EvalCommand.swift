import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate summaries.",
        discussion: """
            Example:
              dragoman eval rouge --reference ../shared/easc-dev/references --system summaries/ --normalize match
            """,
        subcommands: [RougeCommand.self])
}
