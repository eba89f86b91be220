import ArgumentParser
import DragomanText

/// The `dragoman` command: Arabic news into English work.
@main
struct Dragoman: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dragoman",
        abstract: "Turn Arabic news into English work: clean text, summaries, glossary terms, translation packages.",
        discussion: """
            Run 'dragoman prepare' to process the articles in seeds/ with the glossary in Glossaries/ and write
            everything a news desk and a translator need to Output/.

            Example:
              dragoman prepare
              dragoman segment seeds/003_ebcacb89700a50ef.txt
            """,
        version: DragomanVersion.current,
        subcommands: [
            PrepareCommand.self, NormalizeCommand.self, SegmentCommand.self, SummarizeCommand.self,
            TermsCommand.self, GlossaryCommand.self, XLIFFCommand.self, AlignCommand.self, EvalCommand.self,
        ]
    )
}
