import ArgumentParser
import DragomanTranslation
import DragomanXLIFF

struct XLIFFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xliff",
        abstract: "Write each article as an XLIFF file for a CAT tool, with its glossary terms.",
        discussion: """
            One file per article, NAME.ar-en.xlf (NAME: the article's file name without extension; the languages from --source-lang and --target-lang), in the output folder. XLIFF 1.2 by default (OmegaT, Trados, memoQ, Phrase, Okapi open it); --xliff 2.0, 2.1 or 2.2 for tools that take XLIFF 2.

            Each paragraph is a group (1.2) or a unit (2.x) with one segment per sentence; headlines and other stand-alone lines are units of their own. The source is the article's original text. Every glossary term found is marked (<mrk>) with its approved English in a note (1.2) or a gls:glossary entry (2.x); deprecated terms say what to use instead, fuzzy name matches say they are fuzzy. Each unit carries its source word count; the summary's sentences are flagged. Boilerplate is left out unless --keep-boilerplate keeps it as units not to translate.

            Every file is made before the first is written, and each is written atomically.

            Examples:
              dragoman xliff -o /tmp/xliff seeds/
              dragoman xliff --xliff 2.1 -o /tmp/xliff seeds/001_0dda74a77566b337.txt
              dragoman xliff --copy-source -o /tmp/omegat/source seeds/
            """)

    @Option(help: "The glossary file (TSV).")
    var glossary = "Glossaries/ar-en.tsv"

    @Option(name: .customLong("xliff"), help: "XLIFF version: 1.2, 2.0, 2.1 or 2.2.")
    var version = "1.2"

    @Option(help: "Source language tag (source-language / srcLang).")
    var sourceLang = "ar"

    @Option(help: "Target language tag (target-language / trgLang).")
    var targetLang = "en"

    @Flag(help: "Keep boilerplate segments as units not to translate (translate=\"no\"), with the reason in a note.")
    var keepBoilerplate = false

    @Flag(help: "Write only the headline and the summary sentences (a cheaper translation job).")
    var onlySummary = false

    @Flag(help: "Prefill each target with its source (1.2: state needs-translation), as OmegaT's XLIFF filter needs.")
    var copySource = false

    @Option(name: .shortAndLong, help: "The folder to write to (created if needed).")
    var output = "."

    @OptionGroup var input: InputOptions

    @Argument(help: "Files or folders of articles, or - for standard input.")
    var paths: [String] = []

    func validate() throws {
        guard let version = XLIFFVersion(rawValue: version) else {
            throw ValidationError("unknown XLIFF version '\(self.version)'; use 1.2, 2.0, 2.1 or 2.2")
        }
        do { _ = try options(version).validated() } catch { throw ValidationError(error.description) }
        guard !(onlySummary && keepBoilerplate) else {
            throw ValidationError("--only-summary writes no boilerplate; drop --keep-boilerplate")
        }
        guard !output.isEmpty else { throw ValidationError("--output needs a folder name") }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder (or - for stdin)") }
    }

    func run() throws {
        let writer = try XLIFFWriter(options: options(XLIFFVersion(rawValue: version)!))
        let batch = try TranslationBatch.read(
            paths: paths, glossary: glossary, reader: input.reader, countBoilerplate: keepBoilerplate)
        for path in try batch.writeXLIFF(writer, to: output) { print(path) }
    }

    private func options(_ version: XLIFFVersion) -> XLIFFOptions {
        XLIFFOptions(
            version: version, sourceLanguage: sourceLang, targetLanguage: targetLang,
            keepBoilerplate: keepBoilerplate, onlySummary: onlySummary, copySource: copySource)
    }
}
