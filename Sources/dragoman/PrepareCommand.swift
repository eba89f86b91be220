import ArgumentParser
import DragomanPrepare

struct PrepareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Prepare a batch of articles for a news desk and a translator (the main job).",
        usage: "dragoman prepare [<options>] [<paths> ...]",
        discussion: """
            Reads the articles (default: seeds/) and the glossary (default: Glossaries/ar-en.tsv) and writes to \
            the output folder (default: Output/) one folder per article with its clean text (text.txt), its \
            segments with offsets and boilerplate reasons (segments.tsv, document.json), its summary (summary.md) \
            and its glossary terms (terms.md, terms.tsv); for the batch, a digest (digest.md), all term tables \
            (terms.tsv), candidate new terms for the glossary (candidates.tsv) and report.html, to open in a \
            browser.

            Every file is replaced atomically, and only after every stage has succeeded; nothing is deleted.

            Examples:
              dragoman prepare
              dragoman prepare -o desk seeds/002_338c65e35c31d7d7.txt
            """)

    @Option(name: .shortAndLong, help: "The folder to write to (created if missing).")
    var output: String = "Output"

    @Option(help: "The glossary for term tables.")
    var glossary: String = PackageRoot.glossary

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: InputOptions

    @Argument(help: "Files or folders of articles (default: seeds).")
    var paths: [String] = []

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--output needs a folder name") }
        try PackageRoot.check(glossary, isDefault: glossary == PackageRoot.glossary, option: "--glossary FILE")
        try PackageRoot.check(PackageRoot.seeds, isDefault: paths.isEmpty, option: "the articles to prepare")
    }

    func run() throws {
        let options = PrepareOptions(
            inputs: paths.isEmpty ? [PackageRoot.seeds] : paths, output: output, glossary: glossary,
            language: language.language, reader: input.reader)
        let report = try PrepareJob(options: options).run { print($0) }
        for warning in report.warnings { printError(warning) }
        let count = report.articles.count
        print("prepared \(count) article\(count == 1 ? "" : "s") in \(output)/")
    }
}
