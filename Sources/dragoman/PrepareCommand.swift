import ArgumentParser
import DragomanPrepare
import Foundation

struct PrepareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Prepare a batch of articles for a news desk and a translator (the main job).",
        usage: "dragoman prepare [<options>] [<paths> ...]",
        discussion: """
            Reads the articles (default: seeds/) and the glossary (default: Glossaries/ar-en.tsv) and writes to the output folder (default: Output/) one folder per article with its clean text (text.txt), its segments with offsets and boilerplate reasons (segments.tsv, document.json), its summary (summary.md), its glossary terms (terms.md, terms.tsv) and its XLIFF 1.2 for a CAT tool (NAME.ar-en.xlf); for the batch, a digest (digest.md), all term tables (terms.tsv), candidate new terms for the glossary (candidates.tsv), the translation package (package/, as 'dragoman package' writes it) and report.html, to open in a browser.

            The files are made in a hidden folder beside the output folder and moved into place together once every stage has succeeded: a run that fails (exit status 1) leaves the output folder as it was, and files there that the run does not write are left alone (package/ is replaced as a whole). An input file that cannot be read as text (unreadable, binary, invalid encoding, not a regular file) is reported on standard error and the other articles are written; the exit status is then 2. The output folder may not be an input folder, lie inside one, or hold an input. A rerun on the same input writes the same bytes, but for the package manifest's 'created' (SOURCE_DATE_EPOCH when set).

            The articles are worked on by --jobs tasks at once (default: every core); the files are the same bytes with any number of jobs. When standard error is a terminal and the run takes over a second, a progress line there shows the share done, MB/s and the time left (--quiet turns it off); a closing line always gives the articles, megabytes, time and rate.

            Past one machine, the two passes of the job are the map steps of a job a scheduler spreads over N machines, shard K taking the files whose path (relative to the input given) hashes to K mod N: 'prepare --scan --shard K/N -o SCAN_K PATH...' gathers what the articles need of the batch; 'merge-shards -o SCAN SCAN_0 ... SCAN_N-1' joins the scans; 'prepare --stats SCAN --shard K/N -o DIR_K PATH...' writes the shard's articles and its share of the batch files; 'merge-shards -o OUT DIR_0 ... DIR_N-1' makes the batch files and links the articles in. OUT is then byte for byte what one 'prepare -o OUT PATH...' writes. A shard step reports unreadable files but exits 0 (no rerun of a shard would fix them); the closing merge-shards exits 2 for them, as prepare does.

            Examples:
              dragoman prepare
              dragoman prepare --jobs 1 --quiet -o /tmp/desk seeds/
              dragoman prepare -o desk seeds/002_338c65e35c31d7d7.txt
              dragoman prepare --scan --shard 0/2 -o /tmp/scan-0 seeds/
            """)

    @Option(name: .shortAndLong, help: "The folder to write to (created if missing).")
    var output: String = "Output"

    @Option(help: "The glossary for term tables.")
    var glossary: String = PackageRoot.glossary

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: InputOptions

    @Option(help: "How many articles to work on at once (default: every core). The output is the same bytes.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress line on standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("Take only the K-th of N slices of the inputs (0 ≤ K < N).", valueName: "K/N"))
    var shard: String?

    @Flag(help: "First map step of a spread run: scan the shard's slice into --output (scan.json).")
    var scan = false

    @Option(
        help: ArgumentHelp(
            "Second map step of a spread run: write the shard's articles, given the merged scan in SCAN.",
            valueName: "SCAN"))
    var stats: String?

    @Argument(help: "Files or folders of articles (default: seeds).")
    var paths: [String] = []

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--output needs a folder name") }
        guard jobs >= 1 else { throw ValidationError("--jobs \(jobs): give 1 or more") }
        if let shard, ShardSlice(shard) == nil {
            throw ValidationError("--shard '\(shard)': give K/N with 0 ≤ K < N, such as 0/4")
        }
        if scan, stats != nil { throw ValidationError("--scan and --stats are two steps: give one") }
        if shard != nil, !scan, stats == nil {
            throw ValidationError("--shard needs --scan or --stats SCAN: a shard alone would write a partial batch")
        }
        try PackageRoot.check(glossary, isDefault: glossary == PackageRoot.glossary, option: "--glossary FILE")
        try PackageRoot.check(PackageRoot.seeds, isDefault: paths.isEmpty, option: "the articles to prepare")
    }

    func run() async throws {
        var options = PrepareOptions(
            inputs: paths.isEmpty ? [PackageRoot.seeds] : paths, output: output, glossary: glossary,
            language: language.language, reader: input.reader, jobs: jobs)
        options.shard = shard.flatMap(ShardSlice.init) ?? .whole
        options.step = scan ? .scan : stats.map { .stats($0) } ?? .all
        let job = PrepareJob(options: options)
        let line = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        job.onProgress = { line.show($0) }
        let start = Date()
        let report: PrepareReport
        do {
            report = try await job.run { print($0) }
        } catch {
            line.clear()
            throw error
        }
        line.clear()
        for problem in report.skipped { printError("dragoman: \(problem)") }
        for warning in report.warnings { printError(warning) }
        if !scan { print(report.preparedLine(output: output)) }
        printError(ProgressLine.summary(report, seconds: Date().timeIntervalSince(start), jobs: jobs))
        // A shard step leaves the exit status for bad inputs to the closing merge-shards.
        if options.step == .all { try InputOptions.finish(skipped: report.skipped.count) }
    }
}
