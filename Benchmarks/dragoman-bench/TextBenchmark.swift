import DragomanICU
import DragomanText
import Foundation

/// Throughput of the text layer on the seeds repeated to N megabytes, streamed as a folder of documents.
///
/// Steps are timed separately (decode, normalize, segment, cleanup, tokens) and together as the pipeline a
/// command runs (read + normalize + segment + cleanup). Raw ICU (word + sentence iteration + NFKC) on the same text
/// is the ceiling. Peak memory is reported, and stays flat as N grows because documents are processed and dropped.
enum TextBenchmark {
    static func run(arguments: [String]) throws {
        let megabytes = Measure.option("--megabytes", in: arguments, default: 50)
        // `--only STEP` runs one step alone (for a profiler): pipeline, normalize, segment or cleanup.
        let only = Measure.string("--only", in: arguments)
        let seeds = try Measure.seeds()
        let seedBytes = seeds.reduce(0) { $0 + $1.bytes.count }
        let copies = (megabytes * 1_000_000 + seedBytes - 1) / seedBytes

        if let only { return try runAlone(only, seeds: seeds, copies: copies) }

        // The corpus as a folder of files: copies of each seed, batch by batch.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for copy in 0..<copies {
            for seed in seeds {
                let url = folder.appendingPathComponent(String(format: "%05d-", copy) + seed.name)
                try Data(seed.bytes).write(to: url)
                paths.append(url.path)
            }
        }
        let total = copies * seedBytes
        print("corpus: \(paths.count) documents, \(String(format: "%.1f", Double(total) / 1e6)) MB (seeds × \(copies))")
        print("ICU \(icuVersion), one core, release build")

        let reader = TextReader()
        let segmenter = Segmenter()
        let detector = try BoilerplateDetector(rules: try BoilerplateRules.bundled())
        let normalizer = Normalizer(profile: .match)
        let tokenizer = try Tokenizer(locale: "ar")

        // Whole pipeline, streaming: read, normalize, segment, mark boilerplate per batch of five, drop.
        var segments = 0
        let pipeline = try Measure.seconds {
            var batch: [Document] = []
            for path in paths {
                // Segmenting includes the document's match normalization (Document.normalized).
                batch.append(try segmenter.segment(reader.read(path: path)))
                if batch.count == seeds.count {
                    detector.mark(&batch)
                    segments += batch.reduce(0) { $0 + $1.segments.count }
                    batch.removeAll(keepingCapacity: true)
                }
            }
        }
        Measure.report("pipeline: read+normalize+segment+cleanup", bytes: total, seconds: pipeline)
        print(String(format: "  %d segments; peak memory %.1f MiB", segments, Measure.peakMemoryMiB))

        let reading = try Measure.seconds {
            for path in paths { _ = try reader.read(path: path) }
        }
        Measure.report("read (open, read, validate, decode)", bytes: total, seconds: reading)

        // Steps on in-memory text.
        let texts = try seeds.map { try reader.decode($0.bytes, name: $0.name) }
        func timeStep(_ label: String, _ body: (SourceText) throws -> Void) rethrows {
            let seconds = try Measure.seconds {
                for _ in 0..<copies { for text in texts { try body(text) } }
            }
            Measure.report(label, bytes: total, seconds: seconds)
        }
        try timeStep("decode (UTF-8 validation)") { text in _ = try reader.decode(Array(text.text.utf8), name: "x") }
        timeStep("normalize (match profile, with offset map)") { _ = normalizer.normalize($0.text) }
        timeStep("normalize (display profile, with offset map)") {
            _ = Normalizer(profile: .display).normalize($0.text)
        }
        try timeStep("segment (incl. match normalization)") { _ = try segmenter.segment($0) }
        let documents = try texts.map { try segmenter.segment($0) }
        let cleanup = Measure.seconds {
            for _ in 0..<copies {
                var batch = documents
                detector.mark(&batch)
            }
        }
        Measure.report("cleanup (boilerplate rules and repeats)", bytes: total, seconds: cleanup)
        let tokens = Measure.seconds {
            for _ in 0..<copies {
                for document in documents { for segment in document.segments { _ = tokenizer.tokens(of: segment) } }
            }
        }
        Measure.report("tokens (word breaks on match form, mapped)", bytes: total, seconds: tokens)

        // The ceiling: raw ICU word + sentence iteration + NFKC over the same UTF-16 text.
        let words = try BreakIterator(.word, locale: "ar")
        let sentences = try BreakIterator(.sentence, locale: "ar")
        let utf16 = texts.map { Array($0.text.utf16) }
        var count = 0
        let raw = try Measure.seconds {
            for _ in 0..<copies {
                for units in utf16 {
                    try units.withUnsafeBufferPointer { buffer in
                        words.forEachBoundary(of: buffer) { _, _ in count += 1 }
                        sentences.forEachBoundary(of: buffer) { _, _ in count += 1 }
                        count += try UnicodeNormalizer.normalize(buffer, form: .nfkc).units.count
                    }
                }
            }
        }
        Measure.report("raw ICU: word + sentence + NFKC (ceiling)", bytes: total, seconds: raw)
        print(String(format: "peak memory %.1f MiB", Measure.peakMemoryMiB))
    }

    /// One step alone, on in-memory text, for profiling.
    private static func runAlone(_ step: String, seeds: [(name: String, bytes: [UInt8])], copies: Int) throws {
        let texts = try seeds.map { try TextReader().decode($0.bytes, name: $0.name) }
        let segmenter = Segmenter()
        let normalizer = Normalizer(profile: .match)
        let detector = try BoilerplateDetector(rules: try BoilerplateRules.bundled())
        let pipeline = try TextPipeline()
        let documents = try texts.map { try segmenter.segment($0) }
        let total = copies * seeds.reduce(0) { $0 + $1.bytes.count }
        let seconds = try Measure.seconds {
            for _ in 0..<copies {
                switch step {
                case "normalize":
                    for text in texts { _ = normalizer.normalize(text.text) }
                case "segment":
                    for text in texts { _ = try segmenter.segment(text) }
                case "pipeline":
                    _ = try pipeline.process(texts)
                case "cleanup":
                    var batch = documents
                    detector.mark(&batch)
                default:
                    throw BenchmarkError("unknown step '\(step)'; use pipeline, normalize, segment or cleanup")
                }
            }
        }
        Measure.report(step, bytes: total, seconds: seconds)
    }
}
