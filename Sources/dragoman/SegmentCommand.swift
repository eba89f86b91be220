import ArgumentParser
import DragomanText

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split documents into sentences and lines, and show what is boilerplate.",
        usage: "dragoman segment [<options>] <paths> ...",
        discussion: """
            Each segment has a kind (sentence, or line for headlines, bylines and other unpunctuated short lines), \
            a paragraph number, a language, a boilerplate reason when a news desk would not want it, and UTF-8 \
            byte offsets into the file as read. Folders are read recursively (.txt files, sorted); documents given \
            together form a batch, and lines repeated across the batch are marked.

            Examples:
              dragoman segment seeds/002_338c65e35c31d7d7.txt
              dragoman segment --format json seeds/
            """)

    @Option(help: "Output format: text, json (one object per document per line) or tsv.")
    var format: String = "text"

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: InputOptions

    @Argument(help: "Files or folders to segment, or - for standard input.")
    var paths: [String] = []

    func validate() throws {
        guard DocumentFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'; use text, json or tsv")
        }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder (or - for stdin)") }
    }

    func run() throws {
        let documents = try input.documents(paths, language: language.language)
        let format = DocumentFormat(rawValue: format)!
        for (i, document) in documents.enumerated() {
            print(document.formatted(as: format, header: i == 0), terminator: "")
        }
    }
}
