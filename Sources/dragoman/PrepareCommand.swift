import ArgumentParser
import DragomanText

struct PrepareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Prepare a batch of articles for a news desk and a translator.")

    func run() throws {}
}
