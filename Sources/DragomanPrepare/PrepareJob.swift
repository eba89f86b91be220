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

    /// For tests: called as each stage starts, so that a failure can be injected there. With several jobs,
    /// `.articleFiles` is called from the tasks, concurrently.
    package var stageHook: ((PrepareStage) throws(PrepareError) -> Void)?

    /// Called as the work advances (from the tasks, one call at a time), for a progress line.
    public var onProgress: (@Sendable (PrepareProgress) -> Void)?

    /// The names of the batch files and folders beside the article folders; no article folder takes one.
    static let batchNames: Set<String> = ["digest.md", "terms.tsv", "candidates.tsv", "package", "report.html"]

    /// Runs the job; `progress` receives one line per file or article written, once every file is in place.
    ///
    /// The files are staged beside the output folder and renamed into place only when every stage has succeeded
    /// (`StagedFolder`): a run that fails throws and leaves the output folder as it was. An input file that cannot
    /// be read (unreadable, binary, invalid encoding, too large, not a regular file) does not fail the run: it is
    /// listed in the report's `skipped`, and the others are written. The work per article runs on `options.jobs`
    /// tasks at a time; the files are the same bytes whatever the number of jobs.
    public func run(progress: (String) -> Void = { _ in }) async throws(PrepareError) -> PrepareReport {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: options.output, isDirectory: &isFolder), !isFolder.boolValue {
            throw .outputNotFolder(options.output)
        }
        try OutputPlacement.check(output: options.output, inputs: options.inputs)
        let parallel = Parallel(jobs: max(1, options.jobs))
        let hook = Handover(value: stageHook)
        let meter = ProgressMeter(report: onProgress)
        // Everything is computed first; files are staged, then moved into place when every stage has succeeded.
        let glossary: Glossary
        do {
            glossary = try GlossaryStore(path: options.glossary).load().glossary
        } catch {
            throw .glossary(error)
        }
        try stageHook?(.read)
        let (documents, skipped) = try await readDocuments(parallel, meter: meter)
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
        // The term tables, candidates and XLIFF files read the same tokens and exact matches, computed once; each
        // document's depend on it alone, so they are made in parts and joined.
        try stageHook?(.terms)
        let parts = try await parallel.map(documents.count) { range throws(PrepareError) in
            do throws(TextError) {
                let part = try TokenizedBatch(documents: Array(documents[range]), matcher: matcher)
                let tables = TermTable.build(part, matcher: matcher).documents
                meter.advance(range.count)
                return Handover(value: (part, tables))
            } catch {
                throw .text(error)
            }
        }
        let tokenized = TokenizedBatch(joining: parts.map(\.value.0))
        let tables = parts.flatMap(\.value.1)
        let terms = (documents: tables, batch: TermTable.batch(tables))
        // The candidates take one core while the summaries, XLIFF files and article files take the others. Both
        // only read the tokenized batch.
        try stageHook?(.candidates)
        let shared = Handover(value: tokenized)
        // With one job, everything runs in turn on one core.
        let candidatesFirst = parallel.jobs == 1 ? Self.candidates(shared, matcher: matcher) : nil
        async let candidatesMade = candidatesFirst ?? Self.candidates(shared, matcher: matcher)
        // Summaries and digest after the term tables: a paraphrase that names a glossary concept differently (الحلف,
        // الناتو) is then recognized as a repeat. With several jobs the summaries are made on the tasks, and the
        // digest (which needs one summarizer for the whole batch) beside them.
        try stageHook?(.summaries)
        let concepts = ConceptSpans(terms.documents)
        var serial: DeskMarkdown?
        if parallel.jobs == 1 {
            do throws(SummarizerError) {
                serial = try Summarizer().deskMarkdown(for: documents, concepts: concepts)
            } catch {
                throw .summarizer(error)
            }
        }
        let digestOfOne = serial?.digestResult
        async let digestMade = digestOfOne.map { .success($0) } ?? Self.digest(documents, concepts: concepts)
        let summaries: [Summary]
        if let serial {
            summaries = serial.summaryResults
        } else {
            summaries = try await parallel.map(documents.count) { range throws(PrepareError) in
                do throws(SummarizerError) {
                    // One summarizer per task: it owns an ICU tokenizer.
                    let summarizer = try Summarizer()
                    var made: [Summary] = []
                    for index in range {
                        made.append(
                            try summarizer.deskPart(of: documents[index], number: index, concepts: concepts).summary)
                    }
                    return made
                } catch {
                    throw .summarizer(error)
                }
            }.flatMap { $0 }
        }
        meter.advance(documents.count)
        // The XLIFF files (summary sentences flagged) and the translation package of the batch.
        let package: TranslationPackage
        let packageFolder = (options.output as NSString).appendingPathComponent("package")
        try stageHook?(.package)
        do {
            let batch = try TranslationBatch(
                tokenized: tokenized, tables: terms.documents, summaries: summaries.map { $0.sentences.map(\.index) },
                glossary: glossary)
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
        meter.advance(documents.count)

        let folders = Self.folderNames(documents)
        var report = PrepareReport(
            articles: [], batchFiles: [], warnings: documents.compactMap(\.source.emptyWarning), skipped: skipped,
            bytes: meter.bytes)
        var lines: [String] = []
        var linkTargets: [String: (index: Int, folder: String)] = [:]
        for (index, document) in documents.enumerated() { linkTargets[document.source.name] = (index, folders[index]) }
        let links = linkTargets
        let staged: StagedFolder
        do { staged = try StagedFolder(output: options.output) } catch { throw .text(error) }
        staged.beforeRename = { [stageHook] count in try stageHook?(.commit(count)) }
        // Each article's files are made and staged on the tasks; the report's parts come back in batch order.
        let stage = Handover(value: staged)
        let output = options.output
        let written = try await parallel.map(documents.count) { range throws(PrepareError) in
            var made: [ArticleOutput] = []
            for index in range {
                try hook.value?(.articleFiles(index))
                made.append(
                    try Self.stageArticle(
                        index, document: documents[index], folder: folders[index], output: output,
                        summary: summaries[index],
                        table: terms.documents[index], xliff: package.files[index], links: links, staged: stage.value))
            }
            meter.advance(range.count)
            return made
        }.flatMap { $0 }
        var htmlArticles: [HTMLReport.Article] = []
        for article in written {
            report.articles.append(article.report)
            htmlArticles.append(article.html)
            lines.append(article.line)
        }
        let candidates: String
        switch await candidatesMade {
        case .success(let made): candidates = made
        case .failure(let error): throw error
        }
        let digest: Digest
        switch await digestMade {
        case .success(let made): digest = made
        case .failure(let error): throw .summarizer(error)
        }
        do {
            try stageHook?(.batchFiles)
            let batchFiles: [(name: String, content: String)] = [
                ("digest.md", digest.markdown()),
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
            lines.append(
                "translation package → \(packageFolder)/ (\(package.files.map(\.name).joined(separator: ", ")))")
            try stageHook?(.report)
            var html = HTMLReport(articles: htmlArticles)
            html.batchSections = [
                (
                    "Digest of the batch",
                    HTMLReport.digestHTML(
                        digest, language: Self.mainLanguage(documents), articles: linkTargets)
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

    /// What staging one article gives the report.
    struct ArticleOutput: Sendable {
        var report: PrepareReport.Article
        var html: HTMLReport.Article
        var line: String
    }

    /// Makes and stages the files of article `index`, and returns its parts of the report.
    static func stageArticle(
        _ index: Int, document: Document, folder: String, output: String, summary: Summary, table: TermTable,
        xliff: TranslationPackage.File, links: [String: (index: Int, folder: String)], staged: StagedFolder
    ) throws(PrepareError) -> ArticleOutput {
        let directory = (output as NSString).appendingPathComponent(folder)
        // The article's XLIFF is the package's file of the same name (package files come in batch order).
        let files: [(name: String, content: String)] = [
            (xliff.name, String(decoding: xliff.data, as: UTF8.self)),
            ("document.json", document.jsonValue.pretty() + "\n"),
            ("segments.tsv", document.formatted(as: .tsv)),
            ("summary.md", summary.markdown()),
            ("terms.md", table.markdown()),
            ("terms.tsv", table.tsv()),
            ("text.txt", document.cleanText),
        ]
        do {
            for file in files {
                try staged.write(file.content, to: (folder as NSString).appendingPathComponent(file.name))
            }
        } catch {
            throw .text(error)
        }
        let marked = document.segments.filter { $0.boilerplate != nil }.count
        return ArticleOutput(
            report: PrepareReport.Article(
                source: document.source.name, folder: directory, files: files.map(\.name),
                title: document.title?.singleLineText, segments: document.segments.count, boilerplate: marked),
            html: HTMLReport.Article(
                document: document, folder: folder, files: files.map(\.name), boilerplate: marked,
                sections: [
                    ("Summary", HTMLReport.summaryHTML(summary, article: index)),
                    ("Glossary terms", HTMLReport.termsHTML(table, articles: links)),
                ]),
            line: "\(document.source.name) → \(directory)/ (\(files.map(\.name).joined(separator: ", "))): "
                + "\(counted(document.segments.count, "segment")), \(marked) boilerplate, "
                + "\(counted(table.rows.count, "glossary concept"))")
    }

    /// The candidate terms of the batch as a glossary TSV. No run date: `updated` stays empty until a
    /// terminologist imports the row, so a rerun gives the same file.
    static func candidates(_ tokenized: Handover<TokenizedBatch>, matcher: GlossaryMatcher) -> Result<
        String, PrepareError
    > {
        do {
            return .success(
                try CandidateExtractor(matcher: matcher).candidatesTSV(
                    in: tokenized.value,
                    source: "dragoman prepare: \(counted(tokenized.value.documents.count, "article"))", date: ""))
        } catch let error as TextError {
            return .failure(.text(error))
        } catch {
            return .failure(.text(.icu("\(error)")))
        }
    }

    /// The digest of the batch, made by one summarizer (see `Summarizer.DeskPart`).
    static func digest(_ documents: [Document], concepts: ConceptSpans) -> Result<Digest, SummarizerError> {
        do throws(SummarizerError) {
            return .success(try Summarizer().digest(documents, concepts: concepts))
        } catch {
            return .failure(error)
        }
    }

    /// Reads and segments every input (in parts, on the tasks), then marks boilerplate across the batch; what cannot
    /// be read as text is set aside (see `PrepareReport.skipped`). Fails when no article at all could be read.
    func readDocuments(_ parallel: Parallel, meter: ProgressMeter) async throws(PrepareError) -> (
        documents: [Document], skipped: [TextError]
    ) {
        var skipped: [TextError] = []
        let paths: [String]
        let pipeline: TextPipeline
        do {
            pipeline = try TextPipeline(reader: options.reader)
            paths = try TextReader.documentPaths(options.inputs, skipped: &skipped)
        } catch {
            throw .text(error)
        }
        meter.start(articles: paths.count, bytes: Self.size(of: paths))
        let reader = options.reader
        let language = options.language
        let parts = try await parallel.map(paths.count) { range throws(PrepareError) in
            do throws(TextError) {
                let results = try TextPipeline.segment(
                    paths[range], reader: reader, segmenter: Segmenter(), language: language)
                meter.advance(range.count)
                return results
            } catch {
                throw .text(error)
            }
        }
        var documents: [Document] = []
        for result in parts.joined() {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let error): skipped.append(error)
            }
        }
        pipeline.detector.mark(&documents)
        if documents.isEmpty, !skipped.isEmpty { throw .nothingRead(skipped) }
        return (documents, skipped)
    }

    /// The total size of the files at `paths`, in bytes (0 for what is not a regular file).
    static func size(of paths: [String]) -> Int {
        var total = 0
        for path in paths {
            var status = stat()
            if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { total += Int(status.st_size) }
        }
        return total
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
