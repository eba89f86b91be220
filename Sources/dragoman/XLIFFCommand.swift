import ArgumentParser
import DragomanText
import DragomanTranslation
import DragomanXLIFF

struct XLIFFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xliff",
        abstract: "Write each article as an XLIFF file for a CAT tool, with its glossary terms.",
        usage: "dragoman xliff [<options>] <paths> ...",
        discussion: """
            One file per article, NAME.ar-en.xlf (NAME: the article's file name without extension; the languages from --source-lang and --target-lang), in the output folder. XLIFF 1.2 by default (OmegaT, Trados, memoQ, Phrase, Okapi open it); --xliff 2.0, 2.1 or 2.2 for tools that take XLIFF 2.

            Each paragraph is a group (1.2) or a unit (2.x) with one segment per sentence; headlines and other stand-alone lines are units of their own. The source is the article's original text. Every glossary term found is marked (<mrk>) with its approved English in a note (1.2) or a gls:glossary entry (2.x); deprecated terms say what to use instead, fuzzy name matches say they are fuzzy. Each unit carries its source word count; the summary's sentences are flagged. Boilerplate is left out unless --keep-boilerplate keeps it as units not to translate.

            Every file is made before the first is written; the files are staged beside the output folder and moved in together, so a run that fails (exit status 1) leaves the folder as it was, and other files there are left alone. An input file that cannot be read as text (unreadable, binary, invalid encoding, not a regular file) is reported on standard error and the others are written; the exit status is then 2.

            Examples:
              dragoman xliff -o /tmp/xliff seeds/
              dragoman xliff --xliff 2.1 -o /tmp/xliff seeds/001_0dda74a77566b337.txt
              dragoman xliff --copy-source -o /tmp/omegat/source seeds/
            """)

    @OptionGroup var format: XLIFFFormatOptions

    @Option(name: .shortAndLong, help: "The folder to write to (created if needed).")
    var output = "."

    @OptionGroup var input: InputOptions

    @Argument(help: "Files or folders of articles, or - for standard input.")
    var paths: [String] = []

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--output needs a folder name") }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder (or - for stdin)") }
    }

    func run() throws {
        let writer = try XLIFFWriter(options: format.options)
        var skipped: [TextError] = []
        let batch = try TranslationBatch.read(
            paths: paths, glossary: format.glossary, reader: input.reader, countBoilerplate: format.keepBoilerplate,
            skipped: &skipped)
        for problem in skipped { printError("dragoman: \(problem)") }
        for path in try batch.writeXLIFF(writer, to: output) { print(path) }
        try InputOptions.finish(skipped: skipped.count)
    }
}
