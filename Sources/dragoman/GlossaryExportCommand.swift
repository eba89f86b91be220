import ArgumentParser
import DragomanExchange
import DragomanGlossary
import Foundation

struct GlossaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the glossary as TBX, CSV, OmegaT or TSV.",
        usage: "dragoman glossary export [<options>] --format <format>",
        discussion: """
            Formats:
              tbx     TBX-Basic (ISO 30042:2019): every field but extra columns;
                      proposed terms get processStatus
              csv     RFC 4180, the glossary's column names as header: every field
              omegat  source TAB target TAB comment, one line per Arabic form:
                      ar, variants, en, status, note
              tsv     the canonical glossary format

            Output goes to standard output unless -o FILE is given (written atomically).

            Examples:
              dragoman glossary export --format tbx -o ar-en.tbx
              dragoman glossary export --format csv | head -3
            """)

    @OptionGroup var glossary: GlossaryFileOption

    @Option(help: "tbx, csv, omegat or tsv.") var format: String

    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?

    func validate() throws {
        guard GlossaryFormat(rawValue: format) != nil else {
            throw ValidationError(ExchangeError.unknownFormat(format).description)
        }
    }

    func run() throws {
        let current = try glossary.store().load().glossary
        let text = try GlossaryFormat(rawValue: format)!.write(current)
        if let output {
            try GlossaryStore.write(text, to: output, backup: false)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
