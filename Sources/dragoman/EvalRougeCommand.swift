import ArgumentParser
import DragomanSummarizer
import DragomanText
import Foundation

struct RougeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rouge",
        abstract: "ROUGE-1, ROUGE-2 and ROUGE-L (P, R, F) of system summaries against reference summaries.",
        usage: "dragoman eval rouge [<options>] --reference <folder> --system <folder>",
        discussion: """
            Each system summary NAME.txt is scored against NAME.A.txt, NAME.B.txt, … (or NAME.txt) in the reference \
            folder, and the scores are averaged over its references. Tokens are runs of letters, marks and digits in \
            any script, lowercased (on English this is exactly Google's rouge-score tokenizer; Arabic is kept, not \
            dropped). --normalize match folds Arabic spelling variants first. The mean over documents is reported \
            with a 95% percentile bootstrap interval.

            Example:
              f=Tests/DragomanSummarizerTests/Fixtures/rouge-en
              dragoman eval rouge --reference $f/reference --system $f/system
            """)

    @Option(help: "Folder of reference summaries (NAME.A.txt, NAME.B.txt, … or NAME.txt).")
    var reference: String

    @Option(help: "Folder of system summaries (NAME.txt).")
    var system: String

    @Option(help: "Token normalization before matching: none or match.")
    var normalize: String = "none"

    @Option(
        parsing: .unconditional,
        help: "Bootstrap resamples for the 95% confidence interval (0 for none, at most 100000).")
    var bootstrap: Int = 1000

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Flag(help: "Also list the scores of every document.")
    var perDocument = false

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard normalize == "none" || normalize == "match" else {
            throw ValidationError("unknown normalization '\(normalize)'; use none or match")
        }
        guard (0...Bootstrap.maximumResamples).contains(bootstrap) else {
            throw ValidationError(
                "--bootstrap '\(bootstrap)': give 0 (no interval) to \(Bootstrap.maximumResamples) resamples")
        }
        guard format == "text" || format == "json" else {
            throw ValidationError("unknown format '\(format)'; use text or json")
        }
    }

    func run() throws {
        let pairs = try RougeEvaluation.pairs(reference: reference, system: system, reader: input.reader)
        let evaluation = RougeEvaluation(
            pairs: pairs, tokenizer: RougeTokenizer(normalize: normalize == "match"),
            bootstrap: Bootstrap(resamples: bootstrap))
        print(format == "json" ? evaluation.json(perDocument: perDocument) : evaluation.text(perDocument: perDocument))
    }
}
