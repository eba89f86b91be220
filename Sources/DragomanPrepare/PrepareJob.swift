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

    /// Called with each article's results, in article order, once every file is in place (with its line to
    /// `run`'s `progress`). The report only counts the articles, so that an archive's stay out of memory.
    public var onArticle: ((PrepareReport.Article) -> Void)?

    /// The names of the batch files and folders beside the article folders; no article folder takes one (nor the
    /// folder of a shard's state).
    static let batchNames: Set<String> = [
        "digest.md", "terms.tsv", "candidates.tsv", "package", "report.html", ReportPages.folder, ShardState.folder,
    ]

    /// Runs the job; `progress` receives one line per file or article written, once every file is in place.
    ///
    /// Two passes. The first reads and segments every input and keeps only what the articles' files need of the
    /// batch: the articles' names, and the short lines counted by document (a line in two or more is boilerplate).
    /// The second works on each article alone (boilerplate, glossary terms, summary, XLIFF), stages its files, and
    /// keeps only the batch files' statistics (`BatchParts`), sending its rows and report section to spools; the
    /// batch files are then made from those. Articles read in the first pass are kept for the second while the
    /// batch is small (`retainedBytes`), and read again otherwise: memory grows with the batch's statistics and the
    /// digest's share of each article (its best sentences), not with the articles' text and outputs.
    ///
    /// The files are staged beside the output folder and renamed into place only when every stage has succeeded
    /// (`StagedFolder`): a run that fails throws and leaves the output folder as it was. An input file that cannot
    /// be read (unreadable, binary, invalid encoding, too large, not a regular file) does not fail the run: it is
    /// listed in the report's `skipped`, and the others are written. The work per article runs on `options.jobs`
    /// tasks at a time; the files are the same bytes whatever the number of jobs, and whatever the number of
    /// shards the batch is spread over (`options.shard`, `options.step`, `ShardMerger`).
    public func run(progress: (String) -> Void = { _ in }) async throws(PrepareError) -> PrepareReport {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: options.output, isDirectory: &isFolder), !isFolder.boolValue {
            throw .outputNotFolder(options.output)
        }
        try OutputPlacement.check(output: options.output, inputs: options.inputs)
        if options.shard != .whole || options.step != .all, options.inputs.contains("-") {
            throw .shardState(
                file: "-", reason: "a shard reads files, not standard input; give files or folders")
        }
        let parallel = Parallel(jobs: max(1, options.jobs))
        let meter = ProgressMeter(report: onProgress, steps: options.step == .all ? 2 : 1)
        try stageHook?(.read)
        let inputs: BatchInputs
        do { inputs = try BatchInputs(options.inputs) } catch { throw .text(error) }
        if case .stats(let folder) = options.step {
            let scan = try ShardState.readScan(folder, inputs: inputs, shard: options.shard)
            return try await second(scan: scan, retained: [:], inputs: inputs, parallel, meter: meter, progress)
        }
        let (scan, retained) = try await firstPass(inputs, parallel, meter: meter)
        if options.step == .scan {
            return try ShardState.writeScan(scan, to: options.output, progress)
        }
        if scan.entries.isEmpty, !scan.skipped.isEmpty { throw .nothingRead(scan.skipped.map(\.error)) }
        return try await second(scan: scan, retained: retained, inputs: inputs, parallel, meter: meter, progress)
    }

    /// The second pass and the batch files (or, for a shard, its share of them).
    private func second(
        scan: BatchScan, retained: [Int: Retained], inputs: BatchInputs, _ parallel: Parallel, meter: ProgressMeter,
        _ progress: (String) -> Void
    ) async throws(PrepareError) -> PrepareReport {
        let loaded: (glossary: Glossary, checksum: String)
        do {
            loaded = try ShardState.loadGlossary(options.glossary)
        } catch {
            throw .glossary(error)
        }
        let matcher: GlossaryMatcher
        do {
            try stageHook?(.matcher)
            matcher = try GlossaryMatcher(glossary: loaded.glossary)
        } catch let error as PrepareError {
            throw error
        } catch let error as TextError {
            throw .text(error)
        } catch {
            throw .text(.icu("\(error)"))
        }
        let plan = BatchPlan(scan, articlesPerPage: options.articlesPerReportPage)
        let packageFolder = (options.output as NSString).appendingPathComponent("package")
        if options.step == .all {
            do { try TranslationPackage.checkFolder(packageFolder) } catch { throw .translation(error) }
        }
        let staged: StagedFolder
        do { staged = try StagedFolder(output: options.output) } catch { throw .text(error) }
        staged.beforeRename = { [stageHook] count in try stageHook?(.commit(count)) }
        for stage in [PrepareStage.terms, .candidates, .summaries, .package] { try stageHook?(stage) }
        // Spools go to the stage's scratch folder, which never reaches the output; a shard keeps them in its state
        // folder for `merge-shards`.
        let spoolFolder: String
        do {
            spoolFolder =
                options.step == .all
                ? try staged.scratchFolder()
                : (try staged.newFile(ShardState.folder + "/" + ShardState.fileName) as NSString)
                    .deletingLastPathComponent
        } catch {
            throw .text(error)
        }
        let work = ArticleWork(
            plan: plan, inputs: inputs, retained: retained, matcher: matcher, glossary: loaded.glossary,
            reader: options.reader, language: options.language, output: options.output, spoolFolder: spoolFolder,
            hook: Handover(value: stageHook), staged: Handover(value: staged), meter: meter)
        let slice = options.shard
        let mine = plan.entries.indices.filter { slice.contains(relative: inputs.relative(plan.entries[$0].path)) }
        if case .stats = options.step {
            meter.start(articles: mine.count, bytes: mine.reduce(0) { $0 + plan.entries[$1].bytes })
        }
        let lanes = try await parallel.lanes(
            mine.count,
            start: { lane throws(PrepareError) in try work.worker(part: "\(slice.index)-\(lane)") },
            body: { worker, range throws(PrepareError) in try work.run(Array(mine[range]), on: &worker) },
            finish: { worker throws(PrepareError) in try work.finish(worker) })
        // The articles' files are staged: the disk writes them while the batch files are made.
        staged.startWriteback()
        // A shard keeps its candidate counts whole in its state; the whole run leaves the merge to the ranking.
        let merged = try BatchParts.merged(lanes.map(\.parts), candidatesApart: options.step == .all)
        let parts = merged.parts
        let spools = lanes.map { BatchParts.SpoolSet(folder: spoolFolder, part: $0.name) }
        if case .stats = options.step {
            return try ShardState.writeShard(
                parts, scan: scan, shard: options.shard, articles: mine.count, bytes: meter.bytes,
                glossary: loaded.checksum, spools: spools, staged: staged, output: options.output, progress)
        }
        let batch = BatchFiles(
            plan: plan, parts: parts, otherCandidates: merged.otherCandidates, spools: spools,
            glossary: loaded.glossary, matcher: matcher, hook: stageHook, concurrent: parallel.jobs > 1)
        return try await batch.write(
            to: staged, output: options.output, scan: scan, bytes: meter.bytes, progress, article: onArticle)
    }

    /// The language most documents of the batch are in ("und" for none).
    static func mainLanguage(_ languages: [String]) -> String {
        var counts: [String: Int] = [:]
        for language in languages { counts[language, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "und"
    }
}
