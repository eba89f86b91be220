import DragomanSummarizer
import DragomanText
import Foundation

/// Release-mode figures for the batch digest: one summarizer over the batch, against shards that each keep a
/// `DigestState`, serialized, merged and turned into the same digest.
///
///   dragoman-bench digest [--corpus ../shared/easc-dev] [--copies 12] [--parts 4] [--rounds 3] [--write DIR]
///
/// The batch is the seeds and the EASC dev articles, `--copies` times (each copy read as its own batch, so its
/// lines are not boilerplate repeated across the batch); its pool is over `Summarizer.digestPoolLimit`. With
/// `--write`, each shard's state goes to DIR/shard-N.json.
enum DigestBenchmark {
    static func run(arguments: [String]) throws {
        let corpus = Measure.string("--corpus", in: arguments) ?? "../shared/easc-dev"
        let copies = Measure.option("--copies", in: arguments, default: 12)
        let parts = max(1, Measure.option("--parts", in: arguments, default: 4))
        let rounds = max(1, Measure.option("--rounds", in: arguments, default: 3))
        try Measure.require(
            corpus + "/articles", holding: "the EASC dev articles (articles/*.txt)",
            hint: "the corpus is not in the repository: put it at ../shared/easc-dev or give --corpus DIR")
        let reader = TextReader()
        let texts = try TextReader.documentPaths(["seeds", corpus + "/articles"]).map { try reader.read(path: $0) }
        let pipeline = try TextPipeline()
        var documents: [Document] = []
        for copy in 0..<copies {
            documents += try pipeline.process(texts.map { SourceText(name: "\(copy)/\($0.name)", text: $0.text) })
        }
        let megabytes = Double(documents.reduce(0) { $0 + $1.source.text.utf8.count }) / 1e6
        print(
            "digest: seeds and EASC dev ×\(copies), \(Measure.grouped(documents.count)) documents, "
                + String(format: "%.1f MB", megabytes))
        var single: Digest?
        var singleSeconds = Double.infinity
        for _ in 0..<rounds {
            singleSeconds = min(singleSeconds, try Measure.seconds { single = try Summarizer().digest(documents) })
        }
        print(
            String(
                format: "one summarizer, digest(_:concepts:): %.3f s (best of %d), %d pool sentences", singleSeconds,
                rounds, single!.candidates))
        try shards(
            documents, parts: parts, rounds: rounds, single: single!, write: Measure.string("--write", in: arguments))
    }

    /// The same digest from `parts` interleaved shards (document i in shard i % parts).
    static func shards(_ documents: [Document], parts: Int, rounds: Int, single: Digest, write: String?) throws {
        var best = (shares: Double.infinity, add: Double.infinity, encode: Double.infinity, merge: Double.infinity)
        var bestDigest = Double.infinity
        var json: [Data] = []
        var digest: Digest?
        for _ in 0..<rounds {
            var sharesSeconds = 0.0
            var addSeconds = 0.0
            var encodeSeconds = 0.0
            json = []
            var pools: [DigestPool] = []
            for shard in 0..<parts {
                let summarizer = try Summarizer()
                var state = DigestState()
                for number in stride(from: shard, to: documents.count, by: parts) {
                    var part: Summarizer.DeskPart?
                    sharesSeconds += try Measure.seconds {
                        part = try summarizer.deskPart(of: documents[number], number: number, concepts: nil)
                    }
                    addSeconds += try Measure.seconds { pools.append(try state.add(part!, from: summarizer)) }
                }
                encodeSeconds += Measure.seconds { json.append(state.encoded()) }
            }
            var merged = DigestState()
            let mergeSeconds = try Measure.seconds {
                for data in json.reversed() { try merged.merge(DigestState(encoded: data)) }
            }
            let digestSeconds = try Measure.seconds {
                pools.sort { $0.number < $1.number }
                digest = try Summarizer().digest(from: merged, pools: pools, sources: documents.map(\.source.name))
            }
            best = (
                min(best.shares, sharesSeconds), min(best.add, addSeconds), min(best.encode, encodeSeconds),
                min(best.merge, mergeSeconds)
            )
            bestDigest = min(bestDigest, digestSeconds)
        }
        if let folder = write {
            for (shard, data) in json.enumerated() {
                try data.write(to: URL(fileURLWithPath: folder).appendingPathComponent("shard-\(shard).json"))
            }
        }
        let bytes = json.reduce(0) { $0 + $1.count }
        print(
            String(
                format:
                    "%d shards: deskPart %.3f s, DigestState.add %.3f s, encode %.3f s; decode and merge %.3f s, "
                    + "digest(from:sources:) %.3f s (best of %d)", parts, best.shares, best.add, best.encode,
                best.merge, bestDigest, rounds))
        print(
            "JSON: \(Measure.grouped(bytes)) bytes in all, \(Measure.grouped(bytes / max(documents.count, 1))) per "
                + "document; same digest as one summarizer: "
                + (digest!.markdown() == single.markdown() && digest!.sentences == single.sentences ? "yes" : "NO"))
    }
}
