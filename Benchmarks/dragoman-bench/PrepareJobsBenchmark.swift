import DragomanPrepare
import Foundation

/// Release-mode figures for the main job: `prepare` on a folder of articles (EASC dev repeated to a size, else the
/// seeds), with 1 job and with N jobs in the same run, alternating, so the ratio cancels what other processes do to
/// the machine; with the time of each stage of a one-job run.
///
///   dragoman-bench prepare-jobs [--megabytes 5] [--corpus ../shared/easc-dev] [--jobs 2] [--rounds 2] [--folder DIR]
///
/// `--folder` is where the input and outputs go (default: the system's temporary folder), e.g. /dev/shm to leave
/// the disk's file creation, which varies by up to three times after large deletions, out of the ratio.
enum PrepareJobsBenchmark {
    static func run(arguments: [String]) throws {
        let megabytes = Measure.option("--megabytes", in: arguments, default: 5)
        let jobs = Measure.option("--jobs", in: arguments, default: 2)
        let rounds = Measure.option("--rounds", in: arguments, default: 2)
        let corpus = Measure.string("--corpus", in: arguments) ?? "../shared/easc-dev"
        let work = URL(
            fileURLWithPath: try PrepareBenchmark.temporaryFolder(in: Measure.string("--folder", in: arguments)))
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let (articles, bytes) = try corpusFolder(input, corpus: corpus, megabytes: megabytes)
        print(
            "prepare-jobs: \(Measure.grouped(articles)) articles, \(String(format: "%.1f", Double(bytes) / 1e6)) MB"
                + " (\(FileManager.default.fileExists(atPath: corpus + "/articles") ? corpus : "seeds") repeated)")
        var times: [Int: [Double]] = [:]
        for round in 0..<rounds {
            for count in round % 2 == 0 ? [1, jobs] : [jobs, 1] {
                let output = work.appendingPathComponent("out-\(count)").path
                let start = Date()
                _ = try runJob(input.path, output, jobs: count)
                times[count, default: []].append(Date().timeIntervalSince(start))
            }
        }
        for count in [1, jobs] {
            let best = times[count]!.min()!
            print(
                String(
                    format: "  --jobs %d: best of %d %.2f s, %.2f MB/s", count, rounds, best, Double(bytes) / 1e6 / best
                ))
        }
        print(String(format: "  ratio --jobs %d / --jobs 1: %.2fx", jobs, times[1]!.min()! / times[jobs]!.min()!))
        print(String(format: "  peak memory: %.0f MiB", Measure.peakMemoryMiB))
        // Where a one-job run spends its time: from each stage's start to the next.
        let marks = Marks()
        let output = work.appendingPathComponent("out-stages").path
        let start = Date()
        _ = try wait {
            let job = PrepareJob(options: PrepareOptions(inputs: [input.path], output: output, jobs: 1))
            job.stageHook = { stage in
                if case .articleFiles(let n) = stage, n > 0 { return }
                if case .commit(let n) = stage, n > 0 { return }
                marks.list.append(("\(stage)", Date()))
            }
            return try await job.run()
        }
        let end = Date()
        marks.list.append(("end", end))
        let list = marks.list
        var line = "  stages (--jobs 1, \(String(format: "%.2f", end.timeIntervalSince(start))) s):"
        for (index, mark) in list.dropLast().enumerated() {
            line += String(format: " %@ %.2f", mark.0, list[index + 1].1.timeIntervalSince(mark.1))
        }
        print(line)
    }

    /// Runs `prepare` from `input` into `output` with `jobs` jobs.
    static func runJob(_ input: String, _ output: String, jobs: Int) throws -> PrepareReport {
        try wait { try await PrepareJob(options: PrepareOptions(inputs: [input], output: output, jobs: jobs)).run() }
    }

    /// The stages' start times of one run, written by the job's hook (one stage at a time).
    final class Marks: @unchecked Sendable {
        var list: [(String, Date)] = []
    }

    /// Runs async work from this synchronous benchmark (on the main thread, outside the task pool) and waits.
    static func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        nonisolated(unsafe) var result: Result<T, any Error>?
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { result = .success(try await body()) } catch { result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try result!.get()
    }

    /// Fills `folder` with copies of the corpus articles (or the seeds) until `megabytes` is reached; returns the
    /// number of articles and bytes.
    static func corpusFolder(_ folder: URL, corpus: String, megabytes: Int) throws -> (Int, Int) {
        var sources: [(name: String, bytes: [UInt8])] = []
        let articles = corpus + "/articles"
        if FileManager.default.fileExists(atPath: articles) {
            for name in try FileManager.default.contentsOfDirectory(atPath: articles).sorted()
            where name.hasSuffix(".txt") {
                sources.append((name, Array(try Data(contentsOf: URL(fileURLWithPath: articles + "/" + name)))))
            }
        } else {
            sources = try Measure.seeds()
        }
        guard !sources.isEmpty else { throw BenchmarkError("no articles in \(articles) or seeds/") }
        var count = 0
        var total = 0
        var copy = 0
        while total < megabytes * 1_000_000 {
            let sub = folder.appendingPathComponent(String(format: "%03d", copy))
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            for source in sources where total < megabytes * 1_000_000 {
                try Data(source.bytes).write(to: sub.appendingPathComponent(source.name))
                count += 1
                total += source.bytes.count
            }
            copy += 1
        }
        return (count, total)
    }
}
