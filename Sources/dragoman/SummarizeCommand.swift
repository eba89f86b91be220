import ArgumentParser
import DragomanSummarizer
import DragomanText

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Extractive summaries: the sentences that carry each article, verbatim and in order.",
        usage: "dragoman summarize [<options>] <paths> ...",
        discussion: """
            Sentences are chosen only among the document's sentences that are not boilerplate (never headlines, \
            bylines, datelines or site furniture); the headline, when there is one, is shown as the title. \
            Default length: a quarter of the sentences, rounded up, at least 1 and at most 5. With one file and \
            --format text, only the summary's sentences are printed; with several, each has a header.

            With --digest, the documents given together make one digest: the most central sentences of the \
            batch, paraphrases and near-duplicates removed, each citing its file.

            Algorithms: desk (default: position prior + LexRank centrality + redundancy control), lead, lexrank, \
            lexrank-continuous, textrank, learned (logistic regression trained on EASC dev; Arabic news).

            Examples:
              dragoman summarize seeds/002_338c65e35c31d7d7.txt
              dragoman summarize --words 60 --format json seeds/
              dragoman summarize --digest --format markdown seeds/
            """)

    // Numbers are read unconditionally so that "--words -5" reaches validate() and is refused with what is allowed,
    // instead of the parser taking "-5" for an option and reporting a missing value.
    @Option(parsing: .unconditional, help: "Summary length in sentences.")
    var sentences: Int?

    @Option(
        parsing: .unconditional,
        help: "Take whole sentences until the summary reaches N words (the last one may run over).")
    var words: Int?

    @Option(parsing: .unconditional, help: "Take whole sentences, never more than N words in total.")
    var maxWords: Int?

    @Option(
        parsing: .unconditional, help: "Summary length as a share of the sentences, above 0 and at most 1 (e.g. 0.25).")
    var ratio: Double?

    @Option(help: "Ranking: desk, lead, lexrank, lexrank-continuous, textrank or learned.")
    var algorithm: String = SummaryAlgorithm.default.rawValue

    @Option(help: "Output format: text, markdown or json (one object per document per line).")
    var format: String = "text"

    @OptionGroup var language: LanguageOption

    @Flag(help: "One digest for all documents given, instead of a summary per document.")
    var digest = false

    @OptionGroup var input: InputOptions

    @Argument(help: "Files or folders to summarize, or - for standard input.")
    var paths: [String] = []

    var length: SummaryLength {
        if let sentences { return .sentences(sentences) }
        if let words { return .words(words) }
        if let maxWords { return .maxWords(maxWords) }
        if let ratio { return .ratio(ratio) }
        return .automatic
    }

    func validate() throws {
        let given = [sentences != nil, words != nil, maxWords != nil, ratio != nil].filter { $0 }.count
        guard given <= 1 else {
            throw ValidationError("give at most one of --sentences, --words, --max-words and --ratio")
        }
        do { _ = try length.validated() } catch { throw ValidationError(error.description) }
        guard SummaryAlgorithm(rawValue: algorithm) != nil else {
            throw ValidationError(SummarizerError.unknownAlgorithm(algorithm).description)
        }
        guard SummaryFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'; use text, markdown or json")
        }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder (or - for stdin)") }
    }

    func run() throws {
        let documents = try input.documents(paths, language: language.language)
        let summarizer = try Summarizer(algorithm: SummaryAlgorithm(rawValue: algorithm)!, length: length)
        let format = SummaryFormat(rawValue: format)!
        if digest {
            print(try summarizer.digest(documents).formatted(as: format), terminator: "")
            return
        }
        // One document: its sentences only, as head and grep print one file without its name; several: a header each.
        let header = documents.count > 1
        for (i, document) in documents.enumerated() {
            if i > 0 && format != .json { print() }
            print(try summarizer.summarize(document).formatted(as: format, header: header), terminator: "")
        }
    }
}
