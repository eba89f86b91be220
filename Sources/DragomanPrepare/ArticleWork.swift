import DragomanGlossary
import DragomanSummarizer
import DragomanText
import DragomanTranslation
import DragomanXLIFF
import Foundation

/// The second pass of `prepare` over the articles of one lane (one task's): each article is finished alone, its
/// files staged, its rows and report section spooled, and what the batch files need of it added to a `BatchParts`.
///
/// A lane's `Worker` is made once and takes one chunk of articles after another (`Parallel.lanes`): what it learns
/// of the batch's vocabulary (the summarizer's terms, the candidate words' facts, the concepts' XLIFF notes) serves
/// every later chunk instead of being learned again per chunk.
struct ArticleWork: Sendable {
    let plan: BatchPlan
    let inputs: BatchInputs
    let retained: [Int: PrepareJob.Retained]
    let matcher: GlossaryMatcher
    let glossary: Glossary
    let reader: TextReader
    let language: String?
    let output: String
    /// Where the spools go.
    let spoolFolder: String
    let hook: Handover<((PrepareStage) throws(PrepareError) -> Void)?>
    let staged: Handover<StagedFolder>
    let meter: ProgressMeter

    /// What a lane's articles give: their parts, and the name their spools carry.
    struct Result: Sendable {
        var parts: BatchParts
        var name: String
    }

    /// What one lane works with, made once: its own ICU tokenizers (never shared between tasks), its caches, its
    /// spools, and the parts of the articles it finished so far.
    struct Worker {
        let pipeline: TextPipeline
        let summarizer: Summarizer
        let writer: XLIFFWriter
        let cache: XLIFFArticle.ConceptCache
        /// The words that lead nowhere in the glossary, from this worker's earlier articles.
        let memo = WordMemo()
        let extractor: CandidateExtractor
        let spools: [BatchParts.Spool: RecordSpool]
        var parts = BatchParts()
        /// The name the spools carry.
        let name: String
    }

    /// A worker whose spools are named after `part`.
    func worker(part: String) throws(PrepareError) -> Worker {
        do {
            var spools: [BatchParts.Spool: RecordSpool] = [:]
            for kind in BatchParts.Spool.allCases {
                spools[kind] = try RecordSpool(
                    path: (spoolFolder as NSString).appendingPathComponent(kind.fileName(part)))
            }
            return Worker(
                pipeline: try TextPipeline(reader: reader), summarizer: try Summarizer(), writer: try XLIFFWriter(),
                cache: XLIFFArticle.ConceptCache(), extractor: CandidateExtractor(matcher: matcher), spools: spools,
                name: part)
        } catch {
            throw .wrapping(error)
        }
    }

    /// Finishes the articles numbered `numbers` (ascending, and above every number `worker` finished before).
    func run(_ numbers: [Int], on worker: inout Worker) throws(PrepareError) {
        do {
            try runThrowing(numbers, on: &worker)
        } catch {
            throw .wrapping(error)
        }
    }

    /// Closes the worker's spools and gives what its articles gave.
    func finish(_ worker: Worker) throws(PrepareError) -> Result {
        do {
            for spool in worker.spools.values { try spool.close() }
        } catch {
            throw .text(error)
        }
        return Result(parts: worker.parts, name: worker.name)
    }

    private func runThrowing(_ numbers: [Int], on worker: inout Worker) throws {
        let (pipeline, summarizer, writer, cache) = (worker.pipeline, worker.summarizer, worker.writer, worker.cache)
        let (extractor, spools) = (worker.extractor, worker.spools)
        for number in numbers {
            try hook.value?(.articleFiles(number))
            let entry = plan.entries[number]
            var document: Document
            let pass: BoilerplateDetector.FirstPass
            if let kept = retained[entry.path] {
                document = kept.document
                pass = kept.pass
            } else {
                let path = inputs.paths[entry.path]
                let results = try TextPipeline.segment(
                    [path], reader: reader, segmenter: pipeline.segmenter, language: language)
                guard case .success(let read) = results.first, PrepareJob.checksum(read) == entry.checksum else {
                    throw PrepareError.inputChanged(path)
                }
                document = read
                pass = pipeline.detector.firstPass(&document)
            }
            pipeline.detector.secondPass(&document, pass, lines: plan.lines, batch: plan.count)
            let tokenized = try TokenizedBatch(documents: [document], matcher: matcher, memo: worker.memo)
            let table = TermTable.build(tokenized, matcher: matcher).documents[0]
            worker.parts.candidates.add(tokenized, firstNumber: number, extractor: extractor)
            let share = try summarizer.deskPart(
                of: document, number: number, concepts: ConceptSpans(table, document: number))
            try spools[.digest]!.append(number, bytes: worker.parts.digest.add(share, from: summarizer).bytes)
            let summary = share.summary
            let batch = try TranslationBatch(
                tokenized: tokenized, tables: [table], summaries: [summary.sentences.map(\.index)],
                glossary: glossary, cache: cache, stems: [plan.stems[number]])
            let article = batch.articles[0]
            let xliff = Data(try writer.bytes(article))
            let xliffName = writer.fileName(for: article)
            let written = TranslationPackage.writtenTable(table, of: article, writer: writer)
            worker.parts.packageTerms.add(written.table, article: number)
            worker.parts.packageTermRows += written.table.rows.count
            for concept in written.concepts { worker.parts.concepts.insert(concept.id) }
            let packageFile = BatchParts.PackageFile(
                number: number, name: xliffName, article: document.fileName, bytes: xliff.count,
                sha256: TranslationPackage.sha256(xliff), statistics: writer.statistics(for: article))
            worker.parts.terms.add(table, article: number)
            try spools[.terms]!.append(number, table.tsv(header: false))
            try spools[.packageTerms]!.append(number, written.table.tsv(header: false))
            let folder = plan.folders[number]
            let files: [(name: String, content: Data)] = [
                (xliffName, xliff),
                ("document.json", Data(document.jsonValue.prettyUTF8(terminator: "\n"))),
                ("segments.tsv", Data(document.formatted(as: .tsv).utf8)),
                ("summary.md", Data(summary.markdown().utf8)),
                ("terms.md", Data(table.markdown().utf8)),
                ("terms.tsv", Data(table.tsv().utf8)),
                ("text.txt", Data(document.cleanText.utf8)),
            ]
            for file in files {
                try staged.value.write(file.content, to: (folder as NSString).appendingPathComponent(file.name))
            }
            // The package holds the same XLIFF file.
            try staged.value.write(xliff, to: "package/" + xliffName)
            let marked = document.segments.filter { $0.boilerplate != nil }.count
            let names = files.map(\.name)
            let html = HTMLReport.Article(
                document: document, folder: folder, files: names, boilerplate: marked,
                sections: [
                    ("Summary", HTMLReport.summaryHTML(summary, article: number)),
                    (
                        "Glossary terms",
                        HTMLReport.termsHTML(
                            table, articles: plan.links, pages: plan.pages, page: plan.pages.page(of: number))
                    ),
                ])
            try spools[.report]!.append(number, HTMLReport.articleHTML(html, index: number, pages: plan.pages))
            let record = BatchParts.ArticleRecord(
                article: BatchParts.Article(
                    number: number, source: document.source.name, folder: folder, files: names,
                    title: document.title?.singleLineText, segments: document.segments.count, boilerplate: marked,
                    concepts: table.rows.count),
                package: packageFile)
            try spools[.articles]!.append(number, bytes: record.bytes)
            meter.advance(1)
        }
    }
}
