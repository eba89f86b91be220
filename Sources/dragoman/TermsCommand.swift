import ArgumentParser
import DragomanGlossary
import DragomanText
import Foundation

struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "List the glossary terms found in documents, or propose candidate new terms.",
        usage: "dragoman terms [<options>] <paths> ...",
        discussion: """
            For each document and for the whole batch, one row per concept, match kind and status found: id, \
            preferred Arabic, English, status, count, every surface form seen (as written, with clitics, in the \
            construct state, with suffixes), exact or fuzzy match, and the first sentence it occurs in. A deprecated \
            term, and a deprecated form or known misspelling of a concept, is flagged with the term to write. \
            Boilerplate is never matched. --format json adds every occurrence with its segment and UTF-8 byte \
            offsets start/end.

            With --candidates, prints candidate terms the glossary lacks (noun phrases of two to four words, ranked \
            by C-value) as glossary TSV with empty English and status 'proposed'; a form of a concept the glossary \
            has carries that concept's id. 'dragoman glossary import' adds them for review (a form of a concept as \
            a proposed variant of it): they are not matched until a terminologist accepts them.

            Examples:
              dragoman terms seeds/
              dragoman terms --format json seeds/001_0dda74a77566b337.txt
              dragoman terms --candidates seeds/ > candidates.tsv
            """)

    @Option(help: "The glossary file (TSV).")
    var glossary = PackageRoot.glossary

    @Option(help: "Output format: tsv, csv, markdown or json.")
    var format = "tsv"

    @Flag(help: "Print candidate new terms (glossary TSV) instead of the term tables.")
    var candidates = false

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: InputOptions

    @Argument(help: "Files or folders to read, or - for standard input.")
    var paths: [String] = []

    func validate() throws {
        guard TermTableFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'; use tsv, csv, markdown or json")
        }
        guard !(candidates && format != "tsv") else {
            throw ValidationError("--candidates writes glossary TSV; drop --format '\(format)'")
        }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder (or - for stdin)") }
        try PackageRoot.check(glossary, isDefault: glossary == PackageRoot.glossary, option: "--glossary FILE")
    }

    func run() throws {
        let matcher = try GlossaryMatcher(glossary: GlossaryStore(path: glossary).load().glossary)
        let (documents, skipped) = try input.documents(paths, language: language.language)
        if candidates {
            let date = GlossaryDate.today()
            let source = "candidates from \(documents.count) document\(documents.count == 1 ? "" : "s")"
            print(
                try CandidateExtractor(matcher: matcher).candidatesTSV(in: documents, source: source, date: date),
                terminator: "")
        } else {
            let tables = try TermTable.build(documents: documents, matcher: matcher)
            print(
                TermTable.render(tables.documents + [tables.batch], as: TermTableFormat(rawValue: format)!),
                terminator: "")
        }
        try InputOptions.finish(skipped: skipped)
    }
}
