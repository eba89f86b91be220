import ArgumentParser
import DragomanXLIFF

/// The options that shape an XLIFF file; shared by `xliff` and `package`.
struct XLIFFFormatOptions: ParsableArguments {
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

    func validate() throws {
        guard XLIFFVersion(rawValue: version) != nil else {
            throw ValidationError("unknown XLIFF version '\(version)'; use 1.2, 2.0, 2.1 or 2.2")
        }
        do { _ = try options.validated() } catch { throw ValidationError(error.description) }
        guard !(onlySummary && keepBoilerplate) else {
            throw ValidationError("--only-summary writes no boilerplate; drop --keep-boilerplate")
        }
    }

    /// The writer's options (after `validate()`).
    var options: XLIFFOptions {
        XLIFFOptions(
            version: XLIFFVersion(rawValue: version) ?? .v1_2, sourceLanguage: sourceLang, targetLanguage: targetLang,
            keepBoilerplate: keepBoilerplate, onlySummary: onlySummary, copySource: copySource)
    }
}
