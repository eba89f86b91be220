import DragomanGlossary
import DragomanSummarizer
import DragomanText
import DragomanTranslation
import DragomanXLIFF
import Foundation

/// The second pass of `prepare` over a run of articles (one task's): each article is finished alone, its files
/// staged, its rows and report section spooled, and what the batch files need of it added to a `BatchParts`.
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

    /// What a run of articles gives: its parts, and the name its spools carry.
    struct Result: Sendable {
        var parts: BatchParts
        var name: String
    }

    /// Finishes the articles numbered `numbers` (ascending), writing spools named after `part`.
    func run(_ numbers: [Int], part: String) throws(PrepareError) -> Result {
        do {
            return try runThrowing(numbers, part: part)
        } catch {
            throw .wrapping(error)
        }
    }

    private func runThrowing(_ numbers: [Int], part: String) throws -> Result {
        let pipeline = try TextPipeline(reader: reader)
        // One summarizer per task: it owns an ICU tokenizer.
        let summarizer = try Summarizer()
        let writer = try XLIFFWriter()
        let cache = XLIFFArticle.ConceptCache()
        let extractor = CandidateExtractor(matcher: matcher)
        var spools: [BatchParts.Spool: RecordSpool] = [:]
        for kind in BatchParts.Spool.allCases {
            spools[kind] = try RecordSpool(
                path: (spoolFolder as NSString).appendingPathComponent(kind.fileName(part)))
        }
        var parts = BatchParts()
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
            let tokenized = try TokenizedBatch(documents: [document], matcher: matcher)
            let table = TermTable.build(tokenized, matcher: matcher).documents[0]
            parts.candidates.add(tokenized, firstNumber: number, extractor: extractor)
            let share = try summarizer.deskPart(
                of: document, number: number, concepts: ConceptSpans(table, document: number))
            try spools[.digest]!.append(number, bytes: parts.digest.add(share, from: summarizer).bytes)
            let summary = share.summary
            let batch = try TranslationBatch(
                tokenized: tokenized, tables: [table], summaries: [summary.sentences.map(\.index)],
                glossary: glossary, cache: cache, stems: [plan.stems[number]])
            let article = batch.articles[0]
            let xliff = Data(try writer.bytes(article))
            let xliffName = writer.fileName(for: article)
            let written = TranslationPackage.writtenTable(table, of: article, writer: writer)
            parts.packageTerms.add(written.table, article: number)
            parts.packageTermRows += written.table.rows.count
            for concept in written.concepts { parts.concepts.insert(concept.id) }
            parts.packageFiles.append(
                BatchParts.PackageFile(
                    number: number, name: xliffName, article: document.fileName, bytes: xliff.count,
                    sha256: TranslationPackage.sha256(xliff), statistics: writer.statistics(for: article)))
            parts.terms.add(table, article: number)
            try spools[.terms]!.append(number, table.tsv(header: false))
            try spools[.packageTerms]!.append(number, written.table.tsv(header: false))
            let folder = plan.folders[number]
            let files: [(name: String, content: Data)] = [
                (xliffName, xliff),
                ("document.json", Data((document.jsonValue.pretty() + "\n").utf8)),
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
            parts.articles.append(
                BatchParts.Article(
                    number: number, source: document.source.name, folder: folder, files: names,
                    title: document.title?.singleLineText, segments: document.segments.count, boilerplate: marked,
                    concepts: table.rows.count))
            meter.advance(1)
        }
        for spool in spools.values { try spool.close() }
        return Result(parts: parts, name: part)
    }
}
