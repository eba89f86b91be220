import DragomanGlossary
import DragomanText
import DragomanTranslation
import Foundation

/// Joins what the shards of a `prepare` run spread over machines wrote: their scans into the batch's scan, or
/// their output folders into the batch's output, byte for byte what one `prepare` run on every input writes.
///
/// The reduce steps of the job (see `PrepareStep`): `merge-shards --output SCAN SCAN_0 … SCAN_N-1` after the
/// first map step, `merge-shards --output OUT DIR_0 … DIR_N-1` after the second. The folders given must be one
/// batch's, every shard once. Article files are linked into the output (copied across file systems), so the
/// shards' folders stay as they were; the output is staged and moved into place as `prepare`'s is.
public struct ShardMerger {
    /// Where to write.
    public var output: String
    /// The shards' folders.
    public var folders: [String]
    /// The glossary the shards used (checked by fingerprint).
    public var glossary: String
    /// The most articles on one page of the report: the shards' (`PrepareOptions.articlesPerReportPage`).
    package var articlesPerReportPage = ReportPages.defaultSize

    /// A merger of `folders` into `output`.
    public init(output: String, folders: [String], glossary: String = "Glossaries/ar-en.tsv") {
        self.output = output
        self.folders = folders
        self.glossary = glossary
    }

    /// Merges; `progress` receives one line per file or article written, once every file is in place.
    public func run(progress: (String) -> Void = { _ in }) async throws(PrepareError) -> PrepareReport {
        guard !folders.isEmpty else { throw .shardState(file: output, reason: "no shard folders given") }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
            throw .outputNotFolder(output)
        }
        try OutputPlacement.check(output: output, inputs: folders)
        let scans = folders.map { ($0 as NSString).appendingPathComponent(BatchScan.fileName) }
        if scans.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) {
            return try mergeScans(scans, progress)
        }
        return try await mergeOutputs(progress)
    }

    /// Checks that `shards` (each folder's, in order) are one batch's N shards, each once.
    private func checkShards(_ shards: [(folder: String, shards: [Int], count: Int, listing: String)])
        throws(PrepareError)
    {
        let first = shards[0]
        var seen: [Int: String] = [:]
        for shard in shards {
            guard shard.count == first.count, shard.listing == first.listing else {
                throw .shardState(
                    file: shard.folder,
                    reason: "is not of the same batch as \(first.folder) (other inputs or shard count); give the "
                        + "folders of one run")
            }
            for index in shard.shards {
                if let other = seen[index] {
                    throw .shardState(
                        file: shard.folder, reason: "holds shard \(index), as \(other) does; give each once")
                }
                seen[index] = shard.folder
            }
        }
        let missing = Set(0..<first.count).subtracting(seen.keys).sorted()
        guard missing.isEmpty else {
            throw .shardState(
                file: output,
                reason: "shards \(missing.map(String.init).joined(separator: ", ")) of \(first.count) are missing; "
                    + "give every shard's folder")
        }
    }

    private func mergeScans(_ paths: [String], _ progress: (String) -> Void) throws(PrepareError) -> PrepareReport {
        var scans: [BatchScan] = []
        for path in paths {
            let scan = try ShardState.decode(BatchScan.self, at: path, what: "a scan")
            guard scan.format == "dragoman-prepare-scan" else {
                throw .shardState(file: path, reason: "not a scan (format \(scan.format))")
            }
            scans.append(scan)
        }
        try checkShards(zip(folders, scans).map { ($0, $1.shards, $1.count, $1.listing) })
        var merged = scans[0]
        for scan in scans.dropFirst() { merged.merge(scan) }
        // Only lines in two or more documents mark anything.
        merged.lines = merged.lines.keepingRepeats()
        var report = try ShardState.writeScan(merged, to: output, progress)
        // The shards' scans reported these already.
        report.skipped = []
        report.warnings = []
        report.articleCount = 0
        return report
    }

    private func mergeOutputs(_ progress: (String) -> Void) async throws(PrepareError) -> PrepareReport {
        var states: [ShardState] = []
        for folder in folders {
            let path = ((folder as NSString).appendingPathComponent(ShardState.folder) as NSString)
                .appendingPathComponent(ShardState.fileName)
            guard FileManager.default.fileExists(atPath: path) else {
                throw .shardState(
                    file: folder,
                    reason: "holds neither a scan (scan.json) nor a shard's output (\(ShardState.folder)/); give the "
                        + "folders written by prepare --scan or prepare --stats")
            }
            let state = try ShardState.decode(ShardState.self, at: path, what: "a shard's state")
            guard state.format == "dragoman-prepare-shard" else {
                throw .shardState(file: path, reason: "not a shard's state (format \(state.format))")
            }
            states.append(state)
            // Every shard's state holds the batch's scan; one is kept (`checkShards` compares their listings).
            if states.count > 1 { states[states.count - 1].scan.entries = [] }
        }
        try checkShards(zip(folders, states).map { ($0, [$1.shard.index], $1.shard.count, $1.scan.listing) })
        let loaded: (glossary: Glossary, checksum: String)
        do { loaded = try ShardState.loadGlossary(glossary) } catch { throw .glossary(error) }
        for (folder, state) in zip(folders, states) where state.glossary != loaded.checksum {
            throw .shardState(
                file: folder, reason: "was made with another glossary than \(glossary); give its --glossary")
        }
        let matcher: GlossaryMatcher
        do { matcher = try GlossaryMatcher(glossary: loaded.glossary) } catch { throw .text(error) }
        let packageFolder = (output as NSString).appendingPathComponent("package")
        do { try TranslationPackage.checkFolder(packageFolder) } catch { throw .translation(error) }
        let staged: StagedFolder
        do { staged = try StagedFolder(output: output) } catch { throw .text(error) }
        var spools: [BatchParts.SpoolSet] = []
        do {
            for (folder, state) in zip(folders, states) {
                let stateFolder = (folder as NSString).appendingPathComponent(ShardState.folder)
                let shardSpools = state.spools.map { BatchParts.SpoolSet(folder: stateFolder, part: $0) }
                let package = (folder as NSString).appendingPathComponent("package")
                try BatchParts.articleRecords(shardSpools) { record in
                    let article = record.article
                    let source = (folder as NSString).appendingPathComponent(article.folder)
                    for file in article.files {
                        try staged.link(
                            (source as NSString).appendingPathComponent(file), to: article.folder + "/" + file)
                    }
                    try staged.link(
                        (package as NSString).appendingPathComponent(record.package.name),
                        to: "package/" + record.package.name)
                }
                spools += shardSpools
            }
        } catch {
            throw .wrapping(error)
        }
        let merged = try BatchParts.merged(states.map(\.parts), candidatesApart: true)
        let parts = merged.parts
        let scan = states[0].scan
        states.removeAll()
        let batch = BatchFiles(
            plan: BatchPlan(scan, articlesPerPage: articlesPerReportPage), parts: parts,
            otherCandidates: merged.otherCandidates, spools: spools, glossary: loaded.glossary, matcher: matcher,
            hook: nil, concurrent: ProcessInfo.processInfo.activeProcessorCount > 1)
        return try await batch.write(
            to: staged, output: output, scan: scan, bytes: scan.entries.reduce(0) { $0 + $1.bytes }, progress)
    }
}
