import Foundation

/// Timing and memory helpers for the benchmarks.
enum Measure {
    /// Peak resident memory of this process so far, in MiB (getrusage ru_maxrss is in KiB on Linux).
    static var peakMemoryMiB: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// This process's CPU time so far, in seconds (user + system, all threads).
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU seconds (user + system) this single-threaded process spent in `body`: one core's time, unaffected by
    /// other processes competing for the machine, unlike wall-clock time.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    /// The argument after the first `name` in `arguments`, or nil when `name` is absent or last.
    static func string(_ name: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    /// The value of `--name N` in `arguments`, or `fallback`.
    static func option(_ name: String, in arguments: [String], default fallback: Int) -> Int {
        string(name, in: arguments).flatMap { Int($0) } ?? fallback
    }

    /// Throws a message naming `path` and what the benchmark needs there when it does not exist, so a benchmark
    /// without its data stops with a sentence instead of a Foundation error (or a trap).
    static func require(_ path: String, holding what: String, hint: String = "run from the package root") throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw BenchmarkError("\(path) not found: this benchmark needs \(what) there; \(hint)")
        }
    }

    /// The seed articles (`seeds/*.txt`) as raw bytes, with their names.
    static func seeds() throws -> [(name: String, bytes: [UInt8])] {
        try require("seeds", holding: "the seed articles (seeds/*.txt)")
        let folder = URL(fileURLWithPath: "seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        guard !names.isEmpty else { throw BenchmarkError("no seeds/*.txt here: run from the package root") }
        return try names.map { ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    /// A row of a result table: a label and MB/s.
    static func report(_ label: String, bytes: Int, seconds: Double) {
        let mb = Double(bytes) / 1_000_000
        let padded = label.padding(toLength: 46, withPad: " ", startingAt: 0)
        print(padded + String(format: "%8.1f MB/s  (%.1f MB in %.2f s)", mb / seconds, mb, seconds))
    }
}

/// The 64-bit linear congruential step (Knuth's MMIX constants) behind the synthetic glossaries: a fixed sequence
/// from a fixed state, so the same data on every run.
struct SyntheticRandom {
    var state: UInt64

    /// Steps the state; returns its top 31 bits modulo `bound`.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % bound
    }
}

/// A benchmark could not run.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
