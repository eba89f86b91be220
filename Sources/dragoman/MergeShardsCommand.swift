import ArgumentParser
import DragomanPrepare
import Foundation

struct MergeShardsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-shards",
        abstract: "Join the shards of a prepare run spread over machines: their scans, or their output folders.",
        discussion: """
            The reduce steps of 'prepare' spread over N machines (see 'dragoman help prepare'). Given the folders of 'prepare --scan --shard K/N' (each holds scan.json), writes the batch's scan to --output, for 'prepare --stats'. Given the folders of 'prepare --stats SCAN --shard K/N', writes the batch files (digest, term tables, candidates, translation package, report) to --output and links every article folder in (copies across file systems): byte for byte what one 'prepare' on all the inputs writes. Every shard's folder must be given once; the shards' folders stay as they were.

            The output is staged and moved into place as prepare's is: a failed merge leaves it as it was. Files no shard could read are reported on standard error and the exit status is then 2.

            Examples:
              dragoman prepare --scan --shard 0/2 -o /tmp/dragoman-scan-0 seeds/
              dragoman prepare --scan --shard 1/2 -o /tmp/dragoman-scan-1 seeds/
              dragoman merge-shards -o /tmp/dragoman-scan /tmp/dragoman-scan-[01]
              dragoman prepare --stats /tmp/dragoman-scan --shard 0/2 -o /tmp/dp-0 seeds/
              dragoman prepare --stats /tmp/dragoman-scan --shard 1/2 -o /tmp/dp-1 seeds/
              dragoman merge-shards -o /tmp/dragoman-desk /tmp/dp-0 /tmp/dp-1
            """)

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write to (created if missing).", valueName: "dir"))
    var output: String

    @Option(help: "The glossary the shards used (checked by fingerprint).")
    var glossary: String = PackageRoot.glossary

    @Argument(help: ArgumentHelp("The shards' folders, every shard once.", valueName: "dir"))
    var folders: [String] = []

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--output needs a folder name") }
        guard !folders.isEmpty else { throw ValidationError("give the shards' folders, every shard once") }
        try PackageRoot.check(glossary, isDefault: glossary == PackageRoot.glossary, option: "--glossary FILE")
    }

    func run() async throws {
        let start = Date()
        let report = try await ShardMerger(output: output, folders: folders, glossary: glossary).run { print($0) }
        for problem in report.skipped { printError("dragoman: \(problem)") }
        for warning in report.warnings { printError(warning) }
        if report.articleCount > 0 {
            print(report.preparedLine(output: output))
            printError(ProgressLine.summary(report, seconds: Date().timeIntervalSince(start), jobs: 1))
        }
        try InputOptions.finish(skipped: report.skipped.count)
    }
}
