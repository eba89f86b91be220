import ArgumentParser
import DragomanText

/// The `dragoman` command: Arabic news into English work.
@main
struct Dragoman: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dragoman",
        abstract: "Turn Arabic news into English work: clean text, summaries, glossary terms, translation packages.",
        discussion: """
            Run 'dragoman prepare' from the package root to process the articles in seeds/ with the glossary in \
            Glossaries/ and write everything a news desk and a translator need to Output/. In a clone of the \
            repository, 'swift run dragoman …' builds and runs it; or build it once with 'swift build -c release' \
            and put .build/release/ on your PATH.

            Examples:
              dragoman prepare
              dragoman segment seeds/003_ebcacb89700a50ef.txt
            """,
        version: DragomanVersion.current,
        subcommands: [
            PrepareCommand.self, NormalizeCommand.self, SegmentCommand.self, SummarizeCommand.self,
            TermsCommand.self, GlossaryCommand.self, XLIFFCommand.self, PackageCommand.self, QACommand.self,
            MergeCommand.self, MergeShardsCommand.self, AlignCommand.self, EvalCommand.self,
        ]
    )

    /// Refuses `dragoman help TOPIC` for a command that does not exist (the parser would show the top-level help
    /// and exit 0), then runs as usual, and ends with an error when standard output could not take the results,
    /// the help and the version included.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "help" {
            do { try checkHelpTopic(Array(arguments.dropFirst())) } catch { exit(withError: error) }
        }
        // What `AsyncParsableCommand.main` does, but for the clean exits (help, version), which it prints and
        // ends with status 0 whether or not standard output took them.
        do {
            var command = try parseAsRoot(arguments)
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error).isSuccess else { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { print(message) }
        }
        do { try StandardOutput.checkPrinted() } catch { exit(withError: error) }
    }

    /// Throws a usage error naming the first word of `topic` that is not a subcommand where it stands.
    static func checkHelpTopic(_ topic: [String]) throws {
        var command: any ParsableCommand.Type = Dragoman.self
        var path = ""
        for word in topic where !word.hasPrefix("-") {
            let subcommands: [any ParsableCommand.Type] = command.configuration.subcommands
            var found: (any ParsableCommand.Type)? = nil
            var names: [String] = []
            for subcommand in subcommands {
                let name = subcommand.configuration.commandName ?? ""
                names.append(name)
                if name == word { found = subcommand }
            }
            guard let next = found else {
                let choices = names.isEmpty ? "it has no subcommands" : "use one of: " + names.joined(separator: ", ")
                throw ValidationError("no help for 'dragoman \(path)\(word)': unknown command; \(choices)")
            }
            command = next
            path += word + " "
        }
    }
}
