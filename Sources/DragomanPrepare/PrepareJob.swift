import DragomanGlossary
import DragomanSummarizer
import DragomanText
import DragomanTranslation
import DragomanXLIFF
import Foundation

/// The main job: reads a batch of articles and writes, per article, everything a news desk and a translator need,
/// plus a report for the whole batch.
///
/// The files are staged and moved into place together at the end, so a failed or interrupted run never leaves a
/// half-written output, and files of an earlier run stay intact until their replacements are complete.
public final class PrepareJob {
    /// What to read and where to write.
    public let options: PrepareOptions

    /// A job with the given options.
    public init(options: PrepareOptions = PrepareOptions()) {
        self.options = options
    }

    /// For tests: called as each stage starts, so that a failure can be injected there.
    package var stageHook: ((PrepareStage) throws(PrepareError) -> Void)?

    /// The names of the batch files and folders beside the article folders; no article folder takes one.
    static let batchNames: Set<String> = ["digest.md", "terms.tsv", "candidates.tsv", "package", "report.html"]

    /// Runs the job; `progress` receives one line per file or article written, once every file is in place.
    ///
    /// The files are staged beside the output folder and renamed into place only when every stage has succeeded
    /// (`StagedFolder`): a run that fails throws and leaves the output folder as it was. An input file that cannot
    /// be read (unreadable, binary, invalid encoding, too large, not a regular file) does not fail the run: it is
    /// listed in the report's `skipped`, and the others are written.
    public func run(progress: (String) -> Void = { _ in }) throws(PrepareError) -> PrepareReport {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: options.output, isDirectory: &isFolder), !isFolder.boolValue {
            throw .outputNotFolder(options.output)
        }
        try OutputPlacement.check(output: options.output, inputs: options.inputs)
        // Everything is computed first; files are staged, then moved into place when every stage has succeeded.
        let glossary: Glossary
        do {
            glossary = try GlossaryStore(path: options.glossary).load().glossary
        } catch {
            throw .glossary(error)
        }
        try stageHook?(.read)
        let (documents, skipped) = try readDocuments()
        let matcher: GlossaryMatcher
        do {
            try stageHook?(.matcher)
            matcher = try GlossaryMatcher(glossary: glossary)
        } catch let error as PrepareError {
            throw error
        } catch let error as TextError {
            throw .text(error)
        } catch {
            throw .text(.icu("\(error)"))
        }
        let terms: (documents: [TermTable], batch: TermTable)
        let candidates: String
        let tokenized: TokenizedBatch
        do {
            try stageHook?(.terms)
            // The term tables, candidates and XLIFF files read the same tokens and exact matches, computed once.
            tokenized = try TokenizedBatch(documents: documents, matcher: matcher)
            terms = TermTable.build(tokenized, matcher: matcher)
            try stageHook?(.candidates)
            // No run date: `updated` stays empty until a terminologist imports the row, so a rerun gives the same file.
            candidates = try CandidateExtractor(matcher: matcher).candidatesTSV(
                in: tokenized, source: "dragoman prepare: \(counted(documents.count, "article"))", date: "")
        } catch let error as PrepareError {
            throw error
        } catch let error as TextError {
            throw .text(error)
        } catch {
            throw .text(.icu("\(error)"))
        }
        // Summaries and digest after the term tables: a paraphrase that names a glossary concept differently (الحلف,
        // الناتو) is then recognized as a repeat.
        let desk: DeskMarkdown
        try stageHook?(.summaries)
        do {
            desk = try Summarizer().deskMarkdown(for: documents, concepts: ConceptSpans(terms.documents))
        } catch {
            throw .summarizer(error)
        }
        // The XLIFF files (summary sentences flagged) and the translation package of the batch.
        let package: TranslationPackage
        let packageFolder = (options.output as NSString).appendingPathComponent("package")
        try stageHook?(.package)
        do {
            let batch = try TranslationBatch(
                tokenized: tokenized, tables: terms.documents, summaries: desk.summarySentences, glossary: glossary)
            package = try TranslationPackage(
                batch: batch, writer: XLIFFWriter(), created: TranslationPackage.creationDate())
            try TranslationPackage.checkFolder(packageFolder)
        } catch let error as TranslationError {
            throw .translation(error)
        } catch let error as XLIFFError {
            throw .translation(.xliff(error))
        } catch let error as TextError {
            throw .text(error)
        } catch {
            throw .text(.icu("\(error)"))
        }

        let folders = Self.folderNames(documents)
        var report = PrepareReport(
            articles: [], batchFiles: [], warnings: documents.compactMap(\.source.emptyWarning), skipped: skipped)
        var lines: [String] = []
        var htmlArticles: [HTMLReport.Article] = []
        var linkTargets: [String: (index: Int, folder: String)] = [:]
        for (index, document) in documents.enumerated() { linkTargets[document.source.name] = (index, folders[index]) }
        do {
            let staged = try StagedFolder(output: options.output)
            staged.beforeRename = { [stageHook] count in try stageHook?(.commit(count)) }
            for (index, document) in documents.enumerated() {
                try stageHook?(.articleFiles(index))
                let folder = folders[index]
                let directory = (options.output as NSString).appendingPathComponent(folder)
                let summary = desk.summaries[index].markdown
                let table = terms.documents[index]
                let termsMarkdown = table.markdown()
                // The article's XLIFF is the package's file of the same name (package files come in batch order).
                let xliff = package.files[index]
                let files: [(name: String, content: String)] = [
                    (xliff.name, String(decoding: xliff.data, as: UTF8.self)),
                    ("document.json", document.jsonValue.pretty() + "\n"),
                    ("segments.tsv", document.formatted(as: .tsv)),
                    ("summary.md", summary),
                    ("terms.md", termsMarkdown),
                    ("terms.tsv", table.tsv()),
                    ("text.txt", document.cleanText),
                ]
                for file in files {
                    try staged.write(file.content, to: (folder as NSString).appendingPathComponent(file.name))
                }
                let marked = document.segments.filter { $0.boilerplate != nil }.count
                report.articles.append(
                    PrepareReport.Article(
                        source: document.source.name, folder: directory, files: files.map(\.name),
                        title: document.title?.singleLineText, segments: document.segments.count,
                        boilerplate: marked))
                htmlArticles.append(
                    HTMLReport.Article(
                        document: document, folder: folder, files: files.map(\.name), boilerplate: marked,
                        sections: [
                            ("Summary", HTMLReport.summaryHTML(desk.summaryResults[index], article: index)),
                            ("Glossary terms", HTMLReport.termsHTML(table, articles: linkTargets)),
                        ]))
                lines.append(
                    "\(document.source.name) → \(directory)/ (\(files.map(\.name).joined(separator: ", "))): "
                        + "\(counted(document.segments.count, "segment")), \(marked) boilerplate, "
                        + "\(counted(table.rows.count, "glossary concept"))")
            }
            try stageHook?(.batchFiles)
            let batchFiles: [(name: String, content: String)] = [
                ("digest.md", desk.digest),
                ("terms.tsv", TermTable.render(terms.documents + [terms.batch], as: .tsv)),
                ("candidates.tsv", candidates),
            ]
            for file in batchFiles {
                let path = (options.output as NSString).appendingPathComponent(file.name)
                try staged.write(file.content, to: file.name)
                report.batchFiles.append(path)
                lines.append("\(file.name) → \(path)")
            }
            // The package replaces an earlier one as a whole (checked above to hold nothing else).
            for file in package.files { try staged.write(file.data, to: "package/" + file.name) }
            staged.replaceFolder("package")
            report.batchFiles.append(packageFolder)
            lines.append("translation package → \(packageFolder)/ (\(package.files.map(\.name).joined(separator: ", ")))")
            try stageHook?(.report)
            var html = HTMLReport(articles: htmlArticles)
            html.batchSections = [
                (
                    "Digest of the batch",
                    HTMLReport.digestHTML(
                        desk.digestResult, language: Self.mainLanguage(documents), articles: linkTargets)
                ),
                ("Glossary terms in the batch", HTMLReport.termsHTML(terms.batch, articles: linkTargets)),
            ]
            let reportPath = (options.output as NSString).appendingPathComponent("report.html")
            try staged.write(html.render(), to: "report.html")
            report.batchFiles.append(reportPath)
            lines.append("report → \(reportPath)")
            try staged.commit()
        } catch let error as PrepareError {
            throw error
        } catch let error as TextError {
            throw .text(error)
        } catch {
            throw .text(.icu("\(error)"))
        }
        for line in lines { progress(line) }
        return report
    }

    /// Reads and segments every input; what cannot be read as text is set aside (see `PrepareReport.skipped`). Fails
    /// when no article at all could be read.
    func readDocuments() throws(PrepareError) -> (documents: [Document], skipped: [TextError]) {
        var skipped: [TextError] = []
        let documents: [Document]
        do {
            documents = try TextPipeline(reader: options.reader).process(
                paths: options.inputs, language: options.language, skippingBadFiles: &skipped)
        } catch {
            throw .text(error)
        }
        if documents.isEmpty, !skipped.isEmpty { throw .nothingRead(skipped) }
        return (documents, skipped)
    }

    /// The language most documents of the batch are in ("und" for none).
    static func mainLanguage(_ documents: [Document]) -> String {
        var counts: [String: Int] = [:]
        for document in documents { counts[document.language, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "und"
    }

    /// One folder name per document: the file's name without extension, made unique.
    static func folderNames(_ documents: [Document]) -> [String] {
        Document.uniqueStems(documents, reserved: batchNames)
    }
}
