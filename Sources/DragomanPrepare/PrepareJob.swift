import DragomanGlossary
import DragomanSummarizer
import DragomanText
import Foundation

/// The main job: reads a batch of articles and writes, per article, everything a news desk and a translator need,
/// plus a report for the whole batch.
///
/// Every file is written atomically, so an interrupted run never leaves a half-written file, and files of an earlier
/// run stay intact until their replacement is complete.
public final class PrepareJob {
    /// What to read and where to write.
    public let options: PrepareOptions

    /// A job with the given options.
    public init(options: PrepareOptions = PrepareOptions()) {
        self.options = options
    }

    /// Runs the job; `progress` receives one line per file or article written.
    public func run(progress: (String) -> Void = { _ in }) throws(PrepareError) -> PrepareReport {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: options.output, isDirectory: &isFolder), !isFolder.boolValue {
            throw .outputNotFolder(options.output)
        }
        // Everything is computed first; files are written only when every stage has succeeded.
        let documents: [Document]
        let matcher: GlossaryMatcher
        let glossary: Glossary
        do {
            glossary = try GlossaryStore(path: options.glossary).load().glossary
        } catch {
            throw .glossary(error)
        }
        do {
            documents = try TextPipeline(reader: options.reader).process(
                paths: options.inputs, language: options.language)
            matcher = try GlossaryMatcher(glossary: glossary)
        } catch {
            throw .text(error)
        }
        let terms: (documents: [TermTable], batch: TermTable)
        let candidates: String
        do {
            // Both read the same tokens and exact matches, computed once.
            let tokenized = try TokenizedBatch(documents: documents, matcher: matcher)
            terms = TermTable.build(tokenized, matcher: matcher)
            candidates = try CandidateExtractor(matcher: matcher).candidatesTSV(
                in: tokenized, source: "dragoman prepare: \(counted(documents.count, "article"))",
                date: GlossaryDate.today())
        } catch let error as TextError {
            throw .text(error)
        } catch {
            throw .text(.icu("\(error)"))
        }
        // Summaries and digest after the term tables: a paraphrase that names a glossary concept differently (الحلف,
        // الناتو) is then recognized as a repeat.
        let desk: DeskMarkdown
        do {
            desk = try Summarizer().deskMarkdown(for: documents, concepts: ConceptSpans(terms.documents))
        } catch {
            throw .summarizer(error)
        }

        let folders = Self.folderNames(documents)
        var report = PrepareReport(
            articles: [], batchFiles: [], warnings: documents.compactMap(\.source.emptyWarning))
        var htmlArticles: [HTMLReport.Article] = []
        var linkTargets: [String: (index: Int, folder: String)] = [:]
        for (index, document) in documents.enumerated() { linkTargets[document.source.name] = (index, folders[index]) }
        do {
            for (index, document) in documents.enumerated() {
                let folder = folders[index]
                let directory = (options.output as NSString).appendingPathComponent(folder)
                let summary = desk.summaries[index].markdown
                let table = terms.documents[index]
                let termsMarkdown = table.markdown()
                let files: [(name: String, content: String)] = [
                    ("document.json", document.jsonValue.pretty() + "\n"),
                    ("segments.tsv", document.formatted(as: .tsv)),
                    ("summary.md", summary),
                    ("terms.md", termsMarkdown),
                    ("terms.tsv", table.tsv()),
                    ("text.txt", document.cleanText),
                ]
                for file in files {
                    try AtomicFile.write(file.content, to: (directory as NSString).appendingPathComponent(file.name))
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
                progress(
                    "\(document.source.name) → \(directory)/ (\(files.map(\.name).joined(separator: ", "))): "
                        + "\(counted(document.segments.count, "segment")), \(marked) boilerplate, "
                        + "\(counted(table.rows.count, "glossary concept"))")
            }
            let batchFiles: [(name: String, content: String)] = [
                ("digest.md", desk.digest),
                ("terms.tsv", TermTable.render(terms.documents + [terms.batch], as: .tsv)),
                ("candidates.tsv", candidates),
            ]
            for file in batchFiles {
                let path = (options.output as NSString).appendingPathComponent(file.name)
                try AtomicFile.write(file.content, to: path)
                report.batchFiles.append(path)
                progress("\(file.name) → \(path)")
            }
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
            try AtomicFile.write(html.render(), to: reportPath)
            report.batchFiles.append(reportPath)
            progress("report → \(reportPath)")
        } catch {
            throw .text(error)
        }
        return report
    }

    /// The language most documents of the batch are in ("und" for none).
    static func mainLanguage(_ documents: [Document]) -> String {
        var counts: [String: Int] = [:]
        for document in documents { counts[document.language, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "und"
    }

    /// One folder name per document: the file's name without extension, made unique.
    static func folderNames(_ documents: [Document]) -> [String] {
        Document.uniqueStems(documents)
    }
}
