import DragomanGlossary
import DragomanText
import Foundation

/// Candidate extraction of a whole batch (counted as one shard) against counts made in shards and merged
/// (`CandidateCounts`): the time of each step, the size of the counts as JSON, and a check that both give the same
/// TSV.
///
///   dragoman-bench candidate-counts [--corpus ../shared/easc-dev] [--copies 1] [--parts 3] [--rounds 5]
///
/// The batch is the seeds and every EASC dev article, `--copies` times over (a copy is a new document with the same
/// text), tokenized once; the times are the best of `--rounds`.
enum CandidateCountsBenchmark {
    static func run(arguments: [String]) throws {
        let corpus = Measure.string("--corpus", in: arguments) ?? "../shared/easc-dev"
        let copies = Measure.option("--copies", in: arguments, default: 1)
        let parts = Measure.option("--parts", in: arguments, default: 3)
        let rounds = Measure.option("--rounds", in: arguments, default: 5)
        try Measure.require("Glossaries/ar-en.tsv", holding: "the shipped glossary")
        try Measure.require("seeds", holding: "the seed articles (seeds/*.txt)")
        try Measure.require(corpus + "/articles", holding: "the EASC dev articles", hint: "give --corpus DIR")
        let pipeline = try TextPipeline()
        let articles = try FileManager.default.contentsOfDirectory(atPath: corpus + "/articles").filter {
            $0.hasSuffix(".txt")
        }.sorted().map { corpus + "/articles/" + $0 }
        let once = try pipeline.process(paths: ["seeds"]) + pipeline.process(paths: articles, language: "ar")
        let documents = Array(repeating: once, count: copies).flatMap { $0 }
        let glossary = try GlossaryStore(path: "Glossaries/ar-en.tsv").load().glossary
        let matcher = try GlossaryMatcher(glossary: glossary)
        let extractor = CandidateExtractor(matcher: matcher)
        let singles = try documents.map { try TokenizedBatch(documents: [$0], matcher: matcher) }
        let whole = TokenizedBatch(joining: singles)
        let source = "dragoman prepare: \(documents.count) articles"
        print("candidate-counts: \(documents.count) articles, \(parts) shards, best of \(rounds) rounds")

        func best(_ body: () throws -> Void) rethrows -> Double {
            var times: [Double] = []
            for _ in 0..<rounds { times.append(try Measure.seconds(body)) }
            return times.min() ?? 0
        }
        var wholeTSV = ""
        let inWhole = try best { wholeTSV = try extractor.candidatesTSV(in: whole, source: source, date: "") }
        var counts = CandidateCounts()
        let adding = best {
            counts = CandidateCounts()
            counts.add(whole, firstNumber: 0, extractor: extractor)
        }
        var countedTSV = ""
        let ranking = try best { countedTSV = try extractor.candidatesTSV(from: counts, source: source, date: "") }
        guard countedTSV == wholeTSV else { throw BenchmarkError("the counts' TSV differs from the batch's") }

        var shards: [CandidateCounts] = []
        let sharding = best {
            shards = (0..<parts).map { part in
                var shard = CandidateCounts()
                for number in stride(from: part, to: singles.count, by: parts) {
                    shard.add(singles[number], firstNumber: number, extractor: extractor)
                }
                return shard
            }
        }
        var files: [Data] = []
        let encoding = try best { files = try shards.map { try $0.json() } }
        var read: [CandidateCounts] = []
        let decoding = try best { read = try files.map { try CandidateCounts(json: $0) } }
        var merged = CandidateCounts()
        let merging = best {
            merged = CandidateCounts()
            for shard in read { merged.merge(shard) }
        }
        let mergedTSV = try extractor.candidatesTSV(from: merged, source: source, date: "")
        guard mergedTSV == wholeTSV else { throw BenchmarkError("the merged shards' TSV differs from the batch's") }
        let wholeJSON = try counts.json()

        print("| step | seconds |")
        print("|---|---:|")
        for (step, seconds) in [
            ("candidates(in:), whole batch", inWhole),
            ("CandidateCounts.add, whole batch", adding),
            ("candidates(from:), whole batch", ranking),
            ("add, \(parts) shards by document", sharding),
            ("JSON encode, \(parts) shards", encoding),
            ("JSON decode, \(parts) shards", decoding),
            ("merge \(parts) shards", merging),
        ] {
            print("| \(step) | \(String(format: "%.3f", seconds)) |")
        }
        print(
            "JSON: whole batch \(Measure.grouped(wholeJSON.count)) bytes, shards "
                + files.map { Measure.grouped($0.count) }.joined(separator: " + ") + " bytes; "
                + "\(Measure.grouped(counts.gramCount)) n-grams, \(Measure.grouped(counts.wordCount)) words")
    }
}
