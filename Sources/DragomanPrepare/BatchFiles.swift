import DragomanGlossary
import DragomanSummarizer
import DragomanText
import DragomanTranslation
import DragomanXLIFF
import Foundation

/// The batch files of `prepare` (digest, term tables, candidates, translation package, report), made from the
/// merged `BatchParts` of every article and the spools of their rows and report sections, streamed to the stage so
/// that no batch file is ever whole in memory.
struct BatchFiles {
    let plan: BatchPlan
    let parts: BatchParts
    /// Candidate counts of other parts, not merged into `parts` yet: the ranking merges them on its own task.
    var otherCandidates: [CandidateCounts] = []
    /// The spools of every part (any order: records are merged by article number).
    let spools: [BatchParts.SpoolSet]
    let glossary: Glossary
    let matcher: GlossaryMatcher
    let hook: ((PrepareStage) throws(PrepareError) -> Void)?
    /// Ranks the candidate terms on a task of its own while the digest and the term tables are made (on more than
    /// one core; the bytes are the same).
    var concurrent = false

    /// Writes the batch files into `staged`, commits, and gives the run's report; once everything is in place,
    /// `progress` gets one line per article and batch file, and `article` each article's results in article order.
    func write(
        to staged: StagedFolder, output: String, scan: BatchScan, bytes: Int, _ progress: (String) -> Void,
        article: ((PrepareReport.Article) -> Void)? = nil
    ) async throws(PrepareError) -> PrepareReport {
        let source = "dragoman prepare: \(counted(plan.count, "article"))"
        let rank: @Sendable () throws -> String = { [counts = parts.candidates, others = otherCandidates, matcher] in
            var counts = counts
            for other in others { counts.merge(other) }
            return try CandidateExtractor(matcher: matcher).candidatesTSV(from: counts, source: source, date: "")
        }
        let ranking = concurrent ? Task { try rank() } : nil
        do {
            return try await writeThrowing(
                to: staged, output: output, scan: scan, bytes: bytes, progress, article: article,
                candidates: { () async throws -> String in try await ranking?.value ?? rank() })
        } catch {
            // The ranking ends before the run does, whatever happened.
            _ = await ranking?.result
            throw .wrapping(error)
        }
    }

    private func writeThrowing(
        to staged: StagedFolder, output: String, scan: BatchScan, bytes: Int, _ progress: (String) -> Void,
        article: ((PrepareReport.Article) -> Void)?, candidates rankedCandidates: () async throws -> String
    ) async throws -> PrepareReport {
        try hook?(.batchFiles)
        // The lines of the batch files; the articles' lines wait in `ArticleResults` across the commit.
        var lines: [String] = []
        var report = PrepareReport(
            articleCount: plan.count, batchFiles: [], warnings: plan.entries.compactMap(\.warning),
            skipped: scan.skipped.map(\.error), bytes: bytes)
        /// Lists a batch file: last, or where the lists stood at `place`.
        func record(_ name: String, at place: (line: Int, file: Int)? = nil) {
            let path = (output as NSString).appendingPathComponent(name)
            report.batchFiles.insert(path, at: place?.file ?? report.batchFiles.count)
            lines.insert("\(name) → \(path)", at: place?.line ?? lines.count)
        }
        let entries = Dictionary(glossary.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let summarizer = try Summarizer()
        let poolSpools = spools.map { $0.path(.digest) }
        let digest: Digest
        do {
            digest = try summarizer.digest(from: parts.digest, sources: plan.entries.map(\.name)) { body in
                var records = try RecordSpool.Merge(poolSpools)
                while let (number, bytes) = try records.next() {
                    try body(try DigestPool(number: number, bytes: bytes))
                }
            }
        } catch {
            throw PrepareError.wrapping(error)
        }
        try staged.write(digest.markdown(), to: "digest.md")
        record("digest.md")
        let batchTerms = try parts.terms.table(glossary: entries)
        _ = try stream(
            "terms.tsv", in: staged, header: TermTable.render([], as: .tsv), spool: .terms,
            footer: batchTerms.tsv(header: false))
        record("terms.tsv")
        // The candidates are ranked on a task of their own with several jobs: the package and the report are made
        // meanwhile, and the candidates' file and lines take their place among the others when the ranking is done.
        let candidatesAt = (line: lines.count, file: report.batchFiles.count)
        try writePackage(to: staged, output: output, entries: entries, lines: &lines, report: &report)
        try hook?(.report)
        let sections = [
            (
                "Digest of the batch",
                HTMLReport.digestHTML(
                    digest, language: PrepareJob.mainLanguage(plan.entries.map(\.language)), articles: plan.links,
                    pages: plan.pages)
            ),
            (
                "Glossary terms in the batch",
                HTMLReport.termsHTML(batchTerms, articles: plan.links, pages: plan.pages, page: 0)
            ),
        ]
        try writeReport(to: staged, batchSections: sections)
        let reportPath = (output as NSString).appendingPathComponent("report.html")
        report.batchFiles.append(reportPath)
        if plan.pages.count == 1 {
            lines.append("report → \(reportPath)")
        } else {
            let pagesPath = (output as NSString).appendingPathComponent(ReportPages.folder)
            report.batchFiles.append(pagesPath)
            lines.append("report → \(reportPath) (and pages 2–\(plan.pages.count) in \(pagesPath)/)")
        }
        // The spools go with the commit: the articles' results are read out first, to a file of their own.
        let results = try ArticleResults(output: output)
        do {
            try RecordSpool.merged(spools.map { $0.path(.articles) }) { number, record throws(TextError) in
                try results.append(number, record: record)
            }
        } catch {
            throw PrepareError.text(error)
        }
        try staged.write(try await rankedCandidates(), to: "candidates.tsv")
        record("candidates.tsv", at: candidatesAt)
        try staged.commit()
        try results.replay { reported, line in
            progress(line)
            article?(reported)
        }
        for line in lines { progress(line) }
        return report
    }

    /// The most XLIFF files the closing line names one by one.
    static let listedXLIFF = 5

    /// The translation package: the XLIFF files (staged with the articles), the TBX of the concepts they hold, the
    /// term tables (streamed), and the manifest.
    private func writePackage(
        to staged: StagedFolder, output: String, entries: [String: GlossaryEntry], lines: inout [String],
        report: inout PrepareReport
    ) throws {
        let concepts = parts.concepts.sorted().compactMap { entries[$0] }
        let tbx = try TranslationPackage.glossaryData(concepts)
        try staged.write(tbx, to: "package/" + TranslationPackage.glossaryFile)
        let packageBatch = try parts.packageTerms.table(glossary: entries)
        let terms = try stream(
            "package/" + TranslationPackage.termsFile, in: staged, header: TermTable.render([], as: .tsv),
            spool: .packageTerms, footer: packageBatch.tsv(header: false))
        let others = [
            TranslationPackage.Manifest.Entry(name: TranslationPackage.glossaryFile, data: tbx),
            TranslationPackage.Manifest.Entry(
                name: TranslationPackage.termsFile, bytes: terms.bytes, sha256: terms.sha256),
        ]
        // The manifest reads the article files' entries where they are, not from copies.
        let manifest = TranslationPackage.Manifest(
            created: try TranslationPackage.creationDate(), options: try XLIFFWriter().options,
            concepts: concepts.count, termRows: parts.packageTermRows
        ) { body in
            try BatchParts.articleRecords(spools) { record in
                let file = record.package
                try body(
                    (.init(name: file.name, bytes: file.bytes, sha256: file.sha256), (file.article, file.statistics)))
            }
            for entry in others { try body((entry, nil)) }
        }
        for (name, write) in [
            (TranslationPackage.manifestFile, manifest.writeJSON),
            (TranslationPackage.readmeFile, manifest.writeReadme),
        ] {
            let relative = "package/" + name
            let file = try BufferedFile(path: try staged.newFile(relative), label: staged.targetPath(relative))
            try write { (piece: String) throws(TextError) in try file.write(piece) }
            try file.close()
        }
        staged.replaceFolder("package")
        let folder = (output as NSString).appendingPathComponent("package")
        report.batchFiles.append(folder)
        // An archive's thousands of XLIFF names would make the closing lines unreadable: past a few, their count.
        var xliff: [String] = []
        if plan.count <= Self.listedXLIFF {
            try BatchParts.articleRecords(spools) { xliff.append($0.package.name) }
        } else {
            xliff = ["\(plan.count) XLIFF files"]
        }
        let names =
            xliff + others.map(\.name) + [
                TranslationPackage.manifestFile, TranslationPackage.readmeFile,
            ]
        lines.append("translation package → \(folder)/ (\(names.joined(separator: ", ")))")
    }

    /// Writes the report's pages: each page's header (the first with `batchSections`), its articles' spooled
    /// sections in article order, and the footer. The pages after the first replace the folder of an earlier run's.
    private func writeReport(to staged: StagedFolder, batchSections: [(title: String, html: String)])
        throws(TextError)
    {
        let pages = plan.pages
        var records = try RecordSpool.Merge(spools.map { $0.path(.report) })
        var next = try records.next()
        for page in 0..<pages.count {
            let relative = pages.file(page)
            let file = try BufferedFile(path: try staged.newFile(relative), label: staged.targetPath(relative))
            try file.write(
                HTMLReport.header(
                    page: page, pages: pages, folders: plan.folders, batchSections: page == 0 ? batchSections : []))
            let end = pages.articles(on: page).upperBound
            while let record = next, record.number < end {
                try file.write(record.bytes)
                next = try records.next()
            }
            try file.write(HTMLReport.footer)
            try file.close()
        }
        if pages.count > 1 { staged.replaceFolder(ReportPages.folder) }
    }

    /// Streams `header`, the spooled records of `kind` in article order, and `footer` into the staged file
    /// `relative`; gives its size and SHA-256.
    private func stream(
        _ relative: String, in staged: StagedFolder, header: String, spool kind: BatchParts.Spool, footer: String
    ) throws(TextError) -> (bytes: Int, sha256: String) {
        let file = try BufferedFile(path: try staged.newFile(relative), label: staged.targetPath(relative))
        var hash = StreamingSHA256()
        file.onWrite = { hash.update($0) }
        try file.write(header)
        try RecordSpool.merged(spools.map { $0.path(kind) }) { _, bytes throws(TextError) in try file.write(bytes) }
        try file.write(footer)
        try file.close()
        return (file.count, hash.hex())
    }
}
