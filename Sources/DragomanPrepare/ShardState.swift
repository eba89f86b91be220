import DragomanGlossary
import DragomanText
import Foundation

/// What a shard's second pass leaves beside its articles for `merge-shards`: the batch's scan, the shard's
/// `BatchParts`, and the names of its spools (in the same folder).
///
/// Stored as JSON in `.dragoman-shard/state.json` of the shard's output folder; the spools lie beside it.
struct ShardState: Codable, Sendable {
    /// The folder of the state inside a shard's output folder.
    static let folder = ".dragoman-shard"
    /// The state's file in that folder.
    static let fileName = "state.json"

    /// Names this format in the file.
    var format = "dragoman-prepare-shard"
    var shard: ShardSlice
    /// The batch's scan (its line counts left out: only the second pass needs them).
    var scan: BatchScan
    /// A fingerprint of the glossary file the shard matched: every shard of a batch must use the same one.
    var glossary: String
    var parts: BatchParts
    /// The part names of the spools in the state's folder.
    var spools: [String]

    /// The glossary at `path` and a fingerprint of its bytes.
    static func loadGlossary(_ path: String) throws(GlossaryError) -> (glossary: Glossary, checksum: String) {
        let glossary = try GlossaryStore(path: path).load().glossary
        let data = FileManager.default.contents(atPath: path) ?? Data()
        return (glossary, LineFingerprint(String(decoding: data, as: UTF8.self)).hex)
    }

    /// Decodes the JSON file at `path` as `type`.
    static func decode<T: Decodable>(_ type: T.Type, at path: String, what: String) throws(PrepareError) -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .shardState(file: path, reason: "cannot read \(what); give the folder a shard step wrote")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw .shardState(file: path, reason: "not \(what) of this version of Dragoman: \(error)")
        }
    }

    /// The merged scan in `folder`, checked against this run's inputs and shard count.
    static func readScan(_ folder: String, inputs: BatchInputs, shard: ShardSlice) throws(PrepareError) -> BatchScan {
        let path = (folder as NSString).appendingPathComponent(BatchScan.fileName)
        let scan = try decode(BatchScan.self, at: path, what: "a scan")
        guard scan.format == "dragoman-prepare-scan" else {
            throw .shardState(file: path, reason: "not a scan (format \(scan.format))")
        }
        guard scan.count == shard.count else {
            throw .shardState(
                file: path,
                reason: "the scan is of \(scan.count) shards, not \(shard.count); give --shard K/\(scan.count)")
        }
        guard scan.isComplete else {
            let missing = Set(0..<scan.count).subtracting(scan.shards).sorted().map(String.init)
            throw .shardState(
                file: path,
                reason: "the scan lacks shards \(missing.joined(separator: ", ")); merge every shard's scan first "
                    + "(dragoman merge-shards --output SCAN SCAN_0 … SCAN_N-1)")
        }
        guard scan.files == inputs.paths.count, scan.listing == inputs.listing else {
            throw .shardState(
                file: path,
                reason: "the scan was made from other inputs (\(scan.files) files, here \(inputs.paths.count)); "
                    + "give the same paths as the scan, or scan again")
        }
        return scan
    }

    /// Writes a shard's scan as `scan.json` in `output` (atomically) and gives the run's report.
    static func writeScan(_ scan: BatchScan, to output: String, _ progress: (String) -> Void) throws(PrepareError)
        -> PrepareReport
    {
        let path = (output as NSString).appendingPathComponent(BatchScan.fileName)
        do {
            let staged = try StagedFolder(output: output)
            try staged.write(try scan.json(), to: BatchScan.fileName)
            try staged.commit()
        } catch let error as TextError {
            throw .text(error)
        } catch {
            throw .shardState(file: path, reason: "cannot encode the scan: \(error)")
        }
        progress(
            "scan of shard \(scan.shards.map(String.init).joined(separator: ",")) of \(scan.count): "
                + "\(counted(scan.entries.count, "article")), \(counted(scan.lines.lines, "distinct line")) → \(path)")
        return PrepareReport(
            articleCount: scan.entries.count, batchFiles: [path], warnings: scan.entries.compactMap(\.warning),
            skipped: scan.skipped.map(\.error), bytes: scan.entries.reduce(0) { $0 + $1.bytes })
    }

    /// Writes a shard's state beside its staged articles (`articles` of them, `bytes` of input), commits, and gives
    /// the run's report.
    static func writeShard(
        _ parts: BatchParts, scan: BatchScan, shard: ShardSlice, articles: Int, bytes: Int, glossary: String,
        spools: [BatchParts.SpoolSet], staged: StagedFolder, output: String, _ progress: (String) -> Void
    ) throws(PrepareError) -> PrepareReport {
        var stored = scan
        stored.lines = LineCounts()
        let state = ShardState(shard: shard, scan: stored, glossary: glossary, parts: parts, spools: spools.map(\.part))
        let relative = folder + "/" + fileName
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try staged.write(try encoder.encode(state), to: relative)
            try staged.commit()
        } catch let error as TextError {
            throw .text(error)
        } catch {
            throw .shardState(file: relative, reason: "cannot encode the shard's state: \(error)")
        }
        let report = PrepareReport(articleCount: articles, batchFiles: [], warnings: [], skipped: [], bytes: bytes)
        progress(
            "shard \(shard): \(counted(articles, "article")) of \(scan.entries.count) → \(output)/ "
                + "(and its state in \(output)/\(relative))")
        return report
    }
}
