import ArgumentParser
import DragomanTranslation
import DragomanXLIFF
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Turn translated XLIFF into English articles.",
        usage: "dragoman merge [<options>] <files> ...",
        discussion: """
            Writes one plain-text article per XLIFF <file>: its paragraphs in the original order, separated by a blank line, each made of its segments' targets. The name comes from the input's name, never from anything inside the document: NAME.ar-en.xlf gives NAME.en.txt (NAME-1.en.txt, NAME-2.en.txt… when it holds several <file>s), in the current folder or in -o DIR; -o FILE names the article itself when the input holds one <file>. Segments marked translate="no" keep their text. An input that cannot be read (missing, not XLIFF, malformed) is reported on standard error and the others are merged; the exit status is then 2.

            --tmx FILE also writes the translated pairs as a TMX 1.4b translation memory (srclang="ar", one tu per segment, xml:lang on each tuv), for the next job in a CAT tool and for the aligner.

            Untranslated segments (no target, an empty one, or the source copied and never translated, which is what OmegaT leaves) are listed on standard error, and nothing is written unless --allow-untranslated is given: then they stay in Arabic. The articles of a folder are staged beside it and moved in together: a run that fails (exit status 1) leaves the folder as it was.

            Examples:
              dragoman xliff --copy-source -o /tmp/job seeds/
              dragoman merge --allow-untranslated -o /tmp/en/ /tmp/job/*.xlf
              dragoman merge --allow-untranslated --tmx /tmp/en/all.tmx \\
                  -o /tmp/en/ /tmp/job/*.xlf
            """)

    @Option(name: .shortAndLong, help: "A folder for the articles (default: the current folder), or one file.")
    var output: String?

    @Flag(help: "Merge even when segments are untranslated; they stay in Arabic.")
    var allowUntranslated = false

    @Option(help: "Also write the translated pairs as a TMX 1.4b translation memory to this file.")
    var tmx: String?

    @Argument(help: "Translated XLIFF files.")
    var files: [String] = []

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one XLIFF file") }
    }

    func run() throws {
        let reader = XLIFFReader()
        // An input that cannot be read is reported and the others are merged (exit status 2); none read fails.
        var documents: [XLIFFDocument] = []
        var problems: [any Error] = []
        for file in files {
            do { documents.append(try reader.read(file: file)) } catch { problems.append(error) }
        }
        if documents.isEmpty, let first = problems.first { throw first }
        for problem in problems { printError("dragoman: \(problem)") }
        let merger = TranslationMerger(allowUntranslated: allowUntranslated)
        let articles = try merger.articles(documents, output: output)
        for article in articles {
            for segment in article.untranslated { printError(segment.description) }
        }
        try merger.write(articles, memory: tmx)
        for article in articles {
            let kept = article.untranslated.count
            print(
                "\(article.path): \(article.paragraphs) paragraph\(article.paragraphs == 1 ? "" : "s"), \(article.segments) segment\(article.segments == 1 ? "" : "s")"
                    + (kept > 0 ? ", \(kept) left in Arabic" : "") + " (from \(article.input))")
        }
        if let tmx {
            let pairs = articles.reduce(0) { $0 + $1.translatedPairs }
            print("\(tmx): \(pairs) translation unit\(pairs == 1 ? "" : "s")")
        }
        try InputOptions.finish(skipped: problems.count)
    }
}
