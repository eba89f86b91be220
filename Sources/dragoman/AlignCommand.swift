import ArgumentParser
import DragomanAligner
import DragomanGlossary
import DragomanText
import Foundation

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Learn English equivalents for Arabic terms from translated text, as glossary proposals.",
        usage: "dragoman align [<options>] [--ar <file> --en <file>] [<inputs> ...]",
        discussion: """
            Reads sentence-aligned Arabic–English text (two line-aligned files given with --ar and --en, TSV with one pair per line, TMX, or translated XLIFF 1.2/2.x), learns a word alignment from it (IBM Model 1, then an HMM, both directions, symmetrised with grow-diag-final-and) and, for each Arabic term, proposes the English it was translated as, ranked by the Dice coefficient, with evidence counts and two example pairs. A term keeps its identity with clitics attached: والتحالف, بالتحالف and للتحالف are التحالف.

            The terms are those of --terms FILE (one Arabic term per line), else the glossary's entries (with --glossary) and the candidate terms that 'dragoman terms --candidates' would find. Output is glossary TSV (status proposed, the evidence in note and source) for 'dragoman glossary import'; a proposal for a concept the glossary has keeps its id and imports as an English variant with --on-conflict variant. The glossary itself is never written.

            With --check, reports for each glossary entry seen in the Arabic side how often the approved English was used, which other renderings translators chose, and whether the entry looks outdated (another rendering used more often) or weak (followed in under half of its pairs).

            Examples:
              dragoman align --terms Tests/DragomanAlignerTests/Fixtures/nato.terms.txt \\
                Tests/DragomanAlignerTests/Fixtures/nato.tsv
              dragoman align --check \\
                --glossary Tests/DragomanAlignerTests/Fixtures/nato.glossary.tsv \\
                Tests/DragomanAlignerTests/Fixtures/nato.tsv
              dragoman align --format json Tests/DragomanAlignerTests/Fixtures/nato.tmx
            """)

    @Option(help: "Line-aligned Arabic file (with --en).") var ar: String?

    @Option(help: "Line-aligned English file (with --ar).") var en: String?

    @Option(help: "The glossary (TSV): its entries are terms, and candidates skip what it has.") var glossary: String?

    @Option(help: "Arabic terms to align, one per line.") var terms: String?

    @Option(name: .customLong("english-terms"), help: "English terms to find Arabic equivalents for, one per line.")
    var englishTerms: String?

    @Flag(help: "Report how the glossary's entries are followed instead of proposing.") var check = false

    @Option(help: "Output format: tsv or json.") var format = "tsv"

    @Option(name: .customLong("min-count"), help: "Drop proposals aligned fewer times than this.") var minCount = 2

    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?

    @Argument(help: "Parallel text: .tsv, .tmx or .xlf/.xliff files.") var inputs: [String] = []

    func validate() throws {
        guard ["tsv", "json"].contains(format) else {
            throw ValidationError("unknown format '\(format)'; use tsv or json")
        }
        guard (ar == nil) == (en == nil) else {
            throw ValidationError("give both --ar and --en (line-aligned files), or neither")
        }
        guard ar != nil || !inputs.isEmpty else {
            throw ValidationError("give parallel text: --ar FILE --en FILE, or .tsv, .tmx or .xlf files")
        }
        for input in inputs where ParallelSource(path: input) == nil {
            throw ValidationError(AlignerError.unknownInput(file: input).description)
        }
        if check {
            guard glossary != nil else { throw ValidationError("--check needs --glossary FILE") }
            guard terms == nil, englishTerms == nil else {
                throw ValidationError("--check reports on the glossary's entries; drop --terms and --english-terms")
            }
        }
        guard minCount >= 1 else { throw ValidationError("--min-count must be 1 or more") }
    }

    func run() throws {
        var sources: [ParallelSource] = []
        if let ar, let en { sources.append(.lineAligned(arabic: ar, english: en)) }
        sources += inputs.compactMap(ParallelSource.init(path:))
        let glossary = try self.glossary.map { try GlossaryStore(path: $0).load().glossary }
        var options = AlignerOptions()
        options.minimumCount = minCount
        let aligner = try ParallelAligner(sources: sources, options: options)
        for message in aligner.skipped { printError(message) }
        let files = sources.flatMap(\.files).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        var summary = "\(aligner.pairs) pair\(aligner.pairs == 1 ? "" : "s") aligned"
        if aligner.tooLong > 0 { summary += " (\(aligner.tooLong) left out: over 400 tokens)" }
        let text: String
        if check, let glossary {
            let checks = try aligner.check(glossary)
            text =
                format == "json"
                ? AlignmentOutput.checkJSON(checks, pairs: aligner.pairs) : AlignmentOutput.checkTSV(checks)
            let flagged = checks.filter { $0.verdict != .ok }.count
            summary += "; \(checks.count) of \(glossary.entries.count) entries seen, \(flagged) flagged"
        } else {
            var arabicTerms: [AlignmentTerm] = []
            if let terms {
                arabicTerms = try TermList.read(path: terms).map { term in
                    AlignmentTerm(term, entry: glossary.flatMap { ParallelAligner.entry(for: term, in: $0) })
                }
            } else {
                arabicTerms = (glossary?.entries ?? []).filter { !$0.ar.isEmpty }.map {
                    AlignmentTerm($0.ar, entry: $0)
                }
                arabicTerms += try aligner.candidateTerms(excluding: glossary ?? Glossary()).map { AlignmentTerm($0) }
            }
            let englishTerms = try self.englishTerms.map { try TermList.read(path: $0) } ?? []
            let result = try aligner.align(arabicTerms: arabicTerms, englishTerms: englishTerms)
            if format == "json" {
                text = AlignmentOutput.json(
                    arabic: result.arabic, english: result.english, pairs: aligner.pairs, tooLong: aligner.tooLong,
                    skipped: aligner.skipped)
            } else {
                text = try AlignmentOutput.tsv(
                    result.arabic, source: "dragoman align: \(aligner.pairs) pairs of \(files)",
                    date: GlossaryDate.today())
            }
            let proposed = result.arabic.filter { !$0.proposals.isEmpty }.count
            summary += "; \(arabicTerms.count) terms, \(proposed) with proposals"
        }
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            try StandardOutput.write(text)
        }
        printError(summary)
    }
}
