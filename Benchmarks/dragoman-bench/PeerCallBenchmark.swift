import DragomanSummarizer
import DragomanText
import Foundation

/// Dragoman's own in-memory calls, timed the way `Benchmarks/peers/peers.py` times the Python tools: the input read
/// and prepared before the clock starts, one call (or one call per article) timed, and a JSON line on standard
/// output (`seconds`, `cpu`, and for normalization the sample's result), so that the peer table can set like
/// beside like next to the command-line rows.
///
///   dragoman-bench peer-normalize FILE SAMPLE
///   dragoman-bench peer-summarize lexrank|textrank|desk SENTENCES FILE...
enum PeerCallBenchmark {
    static func normalize(arguments: [String]) throws {
        guard arguments.count == 2 else { throw BenchmarkError("usage: dragoman-bench peer-normalize FILE SAMPLE") }
        let text = try TextReader().read(path: arguments[0]).text
        let normalizer = Normalizer(profile: .match)
        let sample = normalizer.normalize(arguments[1]).text
        let (seconds, cpu, normalized) = timed { normalizer.normalize(text) }
        guard normalized.text.utf8.count > 0, normalized.text != text else {
            throw BenchmarkError("normalizing \(arguments[0]) changed nothing; not measuring a no-op")
        }
        try emit(["seconds": seconds, "cpu": cpu, "sample": sample])
    }

    static func summarize(arguments: [String]) throws {
        guard arguments.count >= 3, let algorithm = SummaryAlgorithm(rawValue: arguments[0]),
            let count = Int(arguments[1]), count > 0
        else {
            throw BenchmarkError("usage: dragoman-bench peer-summarize lexrank|textrank|desk SENTENCES FILE...")
        }
        // Read, segmented and cleaned as `dragoman summarize` does, before the clock starts: the peers get the
        // sentences of each article already split.
        let documents = try TextPipeline().process(paths: Array(arguments.dropFirst(2)))
        let summarizer = try Summarizer(algorithm: algorithm, length: .sentences(count))
        let (seconds, cpu, chosen) = try timed {
            try documents.reduce(0) { $0 + (try summarizer.summarize($1).sentences.count) }
        }
        try emit(["seconds": seconds, "cpu": cpu, "chosen": chosen])
    }

    /// Wall and CPU seconds of `body`, and what it gave.
    static func timed<T>(_ body: () throws -> T) rethrows -> (Double, Double, T) {
        let (wall, cpu) = (Measure.now(), cpuSeconds())
        let result = try body()
        return (Measure.now() - wall, cpuSeconds() - cpu, result)
    }

    /// This process's CPU time (user and system), in seconds.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func emit(_ report: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}
