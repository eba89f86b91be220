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
              tbx      TBX-Basic (ISO 30042:2019), valid under its Schematron rules
              tbx2008  TBX-Basic 2008 (martif), for memoQ, MultiTerm and OmegaT
              csv      RFC 4180, the glossary's column names as header
              omegat   source TAB target TAB comment, one line per Arabic form
              tsv      the canonical glossary format

            TBX, CSV and TSV keep every column: each term has its own status (a misspelling is a deprecated term with a note), and what TBX-Basic has no data category for (an entity type as domain, a proper noun, inflect, blocking phrases, other columns) is kept in notes written dragoman:COLUMN=VALUE. OmegaT keeps the Arabic forms with their status, the English term and the note.

            Output goes to standard output unless -o FILE is given (written atomically; missing folders of its path are created, as for an OmegaT project's glossary/).

            Examples:
              dragoman glossary export --format tbx -o ar-en.tbx
              dragoman glossary export --format tbx2008 -o ar-en-2008.tbx
              dragoman glossary export --format csv | head -3
            """)

    @OptionGroup var glossary: GlossaryFileOption

    @Option(help: "tbx, tbx2008, csv, omegat or tsv.") var format: String

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
            let folder = (output as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw ValidationError(
                        "-o \(output): cannot create the folder \(folder): \(error.localizedDescription)")
                }
            }
            try GlossaryStore.write(text, to: output, backup: false)
        } else {
            try StandardOutput.write(text)
        }
    }
}
