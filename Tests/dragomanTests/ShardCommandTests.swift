import DragomanTestSupport
import DragomanText
import Foundation
import Testing

/// `prepare --scan/--stats --shard K/N` and `merge-shards`, each step a separate process as a scheduler runs them:
/// the merged output is byte for byte one `prepare` run's.
@Suite struct ShardCommandTests {
    static let environment = ["SOURCE_DATE_EPOCH": "1700000000"]

    /// Runs the four steps with `count` shards over `input`, into `folder/N-…`; returns the merged output's path.
    static func spread(_ count: Int, input: String, in folder: TemporaryFolder, jobs: Int = 1) throws -> String {
        var scans: [String] = []
        for shard in 0..<count {
            let scan = folder.path("\(count)-scan-\(shard)")
            let result = try CLI.run(
                ["prepare", "--scan", "--shard", "\(shard)/\(count)", "--jobs", "\(jobs)", "-o", scan, input],
                environment: environment)
            #expect(result.status == 0, "scan \(shard)/\(count): \(result.stderr)")
            scans.append(scan)
        }
        let scan = folder.path("\(count)-scan")
        let merged = try CLI.run(["merge-shards", "-o", scan] + scans.reversed(), environment: environment)
        #expect(merged.status == 0, "\(merged.stderr)")
        var outputs: [String] = []
        for shard in 0..<count {
            let output = folder.path("\(count)-out-\(shard)")
            let result = try CLI.run(
                [
                    "prepare", "--stats", scan, "--shard", "\(shard)/\(count)", "--jobs", "\(jobs)", "-o", output,
                    input,
                ], environment: environment)
            #expect(result.status == 0, "stats \(shard)/\(count): \(result.stderr)")
            outputs.append(output)
        }
        let output = folder.path("\(count)-merged")
        let result = try CLI.run(["merge-shards", "-o", output] + outputs, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return output
    }

    @Test func shardsMergedAreOneRunByteForByte() throws {
        let folder = try PrepareJobsCommandTests.articles(count: 60, seed: 29)
        defer { folder.remove() }
        let one = folder.path("one")
        let result = try CLI.run(["prepare", "-o", one, folder.path("in")], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try PrepareJobsCommandTests.tree(one)
        #expect(expected.keys.contains("report.html") && expected.keys.contains("package/package.json"))
        for count in [1, 2, 3, 7] {
            let merged = try PrepareJobsCommandTests.tree(
                try Self.spread(count, input: folder.path("in"), in: folder, jobs: count == 3 ? 2 : 1))
            #expect(merged.keys.sorted() == expected.keys.sorted(), "\(count) shards")
            for (path, bytes) in expected where merged[path] != bytes {
                Issue.record("\(count) shards: \(path) differs")
            }
        }
        // Lines repeated across articles of different shards are found as in one run.
        let repeated = expected.filter { $0.key.hasSuffix("/segments.tsv") }.values.filter {
            String(decoding: $0, as: UTF8.self).contains("documents of the batch")
        }
        #expect(repeated.count >= 10)
    }

    @Test func eachShardTakesItsOwnSlice() throws {
        let folder = try PrepareJobsCommandTests.articles(count: 12, seed: 5)
        defer { folder.remove() }
        var total = 0
        for shard in 0..<3 {
            let scan = folder.path("scan-\(shard)")
            let result = try CLI.run(["prepare", "--scan", "--shard", "\(shard)/3", "-o", scan, folder.path("in")])
            #expect(result.status == 0, "\(result.stderr)")
            let data = try Data(contentsOf: URL(fileURLWithPath: scan + "/scan.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            total += (json["entries"] as? [Any])?.count ?? 0
        }
        #expect(total == 17)
    }

    @Test func mismatchedStepsAreRefusedWithWhatToDo() throws {
        let folder = try PrepareJobsCommandTests.articles(count: 6, seed: 3)
        defer { folder.remove() }
        let input = folder.path("in")
        let scan0 = folder.path("scan-0")
        #expect(try CLI.run(["prepare", "--scan", "--shard", "0/2", "-o", scan0, input]).status == 0)
        // A scan of one shard only is not the batch's.
        let early = try CLI.run(["prepare", "--stats", scan0, "--shard", "0/2", "-o", folder.path("o"), input])
        #expect(early.status == 1)
        #expect(
            early.stderr.contains(
                "scan-0/scan.json: the scan lacks shards 1; merge every shard's scan first "
                    + "(dragoman merge-shards --output SCAN SCAN_0 … SCAN_N-1)"), "\(early.stderr)")
        let missing = try CLI.run(["merge-shards", "-o", folder.path("scan"), scan0])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("shards 1 of 2 are missing; give every shard's folder"), "\(missing.stderr)")
        let twice = try CLI.run(["merge-shards", "-o", folder.path("scan"), scan0, scan0])
        #expect(twice.stderr.contains("holds shard 0, as "), "\(twice.stderr)")
        let bad = try CLI.run(["prepare", "--scan", "--shard", "2/2", "-o", folder.path("x"), input])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--shard '2/2': give K/N with 0 ≤ K < N, such as 0/4"), "\(bad.stderr)")
        let alone = try CLI.run(["prepare", "--shard", "0/2", "-o", folder.path("x"), input])
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--shard needs --scan or --stats SCAN"), "\(alone.stderr)")
        // Inputs that changed after the scan.
        let scan1 = folder.path("scan-1")
        #expect(try CLI.run(["prepare", "--scan", "--shard", "1/2", "-o", scan1, input]).status == 0)
        let scan = folder.path("scan")
        #expect(try CLI.run(["merge-shards", "-o", scan, scan0, scan1]).status == 0)
        let other = try CLI.run(["prepare", "--stats", scan, "--shard", "0/2", "-o", folder.path("o"), "seeds/"])
        #expect(other.status == 1)
        #expect(other.stderr.contains("the scan was made from other inputs"), "\(other.stderr)")
        let changed = (input as NSString).appendingPathComponent("gen/0/a0.txt")
        try "نص آخر تماما بعد المسح.\n".write(toFile: changed, atomically: true, encoding: .utf8)
        var failed = false
        for shard in 0..<2 {
            let run = try CLI.run(
                ["prepare", "--stats", scan, "--shard", "\(shard)/2", "-o", folder.path("o\(shard)"), input])
            if run.status == 1, run.stderr.contains("a0.txt: changed since it was scanned") { failed = true }
        }
        #expect(failed)
    }
}
