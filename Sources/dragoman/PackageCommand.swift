import ArgumentParser
import DragomanText
import DragomanTranslation
import DragomanXLIFF

struct PackageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "package",
        abstract: "Write a translation package: XLIFF per article, glossary subset (TBX), term table, manifest.",
        usage: "dragoman package [<options>] -o <folder> <paths> ...",
        discussion: """
            Writes into the output folder one XLIFF file per article (as 'dragoman xliff' does), glossary.tbx with the glossary concepts that occur in them (TBX-Basic), terms.tsv with the term table of each article and of the batch, and a manifest: package.json and README.txt, giving per file its segments, source words, glossary terms, the languages, the Dragoman version and a SHA-256.

            No file holds the date but the manifest's 'created', which is SOURCE_DATE_EPOCH (seconds since 1970) when that is set: the same input gives the same files on any day. The package is made in a hidden folder beside the output folder and renamed into place; an earlier package there is replaced, and a folder holding other files is refused. An input file that cannot be read as text is reported on standard error and the others are packaged; the exit status is then 2.

            Examples:
              dragoman package -o /tmp/package seeds/
              dragoman package --xliff 2.1 -o /tmp/package-2.1 seeds/
            """)

    @OptionGroup var format: XLIFFFormatOptions

    @Option(name: .shortAndLong, help: "The package folder (created; an earlier package there is replaced).")
    var output: String

    @OptionGroup var input: InputOptions

    @Argument(help: "Files or folders of articles, or - for standard input.")
    var paths: [String] = []

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--output needs a folder name") }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder (or - for stdin)") }
    }

    func run() throws {
        let writer = try XLIFFWriter(options: format.options)
        let created = try TranslationPackage.creationDate()
        var skipped: [TextError] = []
        let batch = try TranslationBatch.read(
            paths: paths, glossary: format.glossary, reader: input.reader, countBoilerplate: format.keepBoilerplate,
            skipped: &skipped)
        for problem in skipped { printError("dragoman: \(problem)") }
        let package = try TranslationPackage(batch: batch, writer: writer, created: created)
        try package.write(to: output)
        for file in package.files { print("\(output)/\(file.name)") }
        try InputOptions.finish(skipped: skipped.count)
    }
}
