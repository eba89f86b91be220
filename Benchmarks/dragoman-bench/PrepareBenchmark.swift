import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `dragoman prepare` against `dragoman summarize` on the same articles, and `prepare` on folders of growing size,
/// both through the built command line (`.build/release/dragoman`), end to end, as issue 13 compares them.
///
///   dragoman-bench prepare [--corpus ../shared/easc-dev] [--copies 12] [--rounds 3] [--dragoman PATH] [--folder DIR]
///   dragoman-bench prepare-scaling --megabytes 10 [--corpus ../shared/easc-dev] [--dragoman PATH] [--folder DIR]
///
/// `--folder` is where the input and outputs go (default: the system's temporary folder), e.g. /dev/shm to leave
/// the disk's file-creation cost out.
///
/// Times are the child process's CPU time (user + system, from `wait4`), which other processes on the machine do
/// not inflate; run the whole benchmark under `taskset -c 0` to keep it on one core. Peak RSS is the child's.
enum PrepareBenchmark {
    /// What one run of the command line cost.
    struct Cost {
        var user: Double
        var system: Double
        var wall: Double
        /// Peak resident memory, MiB.
        var peakMiB: Double
        var cpu: Double { user + system }
    }

    static func run(arguments: [String]) throws {
        let (dragoman, corpus) = try tools(arguments)
        let copies = Measure.option("--copies", in: arguments, default: 12)
        let rounds = max(1, Measure.option("--rounds", in: arguments, default: 3))
        // Every round's output stays until the end: removing thousands of files just before a run makes creating
        // files in it slower (ext4 skips recently freed inodes), which would charge one run for another's cleanup.
        let folder = try temporaryFolder(in: Measure.string("--folder", in: arguments))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/articles"
        let (files, bytes) = try repeatedFolder(at: input, sources: [corpus + "/articles"], bytes: nil, copies: copies)
        print(
            "EASC dev ×\(copies): \(Measure.grouped(files)) articles, "
                + String(format: "%.2f MB", Double(bytes) / 1e6)
                + "; \(dragoman), CPU time of the child (user + system), \(rounds) rounds, medians")
        var summaries: [Cost] = []
        var prepares: [Cost] = []
        for round in 0..<rounds {
            summaries.append(try spawn(dragoman, ["summarize", input]))
            prepares.append(
                try spawn(
                    dragoman,
                    [
                        "prepare", "--jobs", "1", "--glossary", "Glossaries/ar-en.tsv", "-o", folder + "/out-\(round)",
                        input,
                    ])
            )
        }
        let summarize = median(summaries)
        let prepare = median(prepares)
        print("| command | CPU | user | system | wall | MB/s (CPU) | peak RSS |")
        print("|---|---|---|---|---|---|---|")
        for (name, cost) in [("summarize", summarize), ("prepare", prepare)] {
            print(
                "| `dragoman \(name)` | "
                    + String(
                        format: "%.2f s | %.2f s | %.2f s | %.1f s | %.2f | %.0f MiB |", cost.cpu, cost.user,
                        cost.system, cost.wall, Double(bytes) / 1e6 / cost.cpu, cost.peakMiB))
        }
        print(
            String(
                format: "prepare / summarize: %.1f× CPU time (%.1f× user time); target ≤ 2.5×",
                prepare.cpu / summarize.cpu, prepare.user / summarize.user))
    }

    /// `prepare` on a folder of about `--megabytes N` MB: the seeds and the EASC dev articles, repeated.
    static func scaling(arguments: [String]) throws {
        let (dragoman, corpus) = try tools(arguments)
        guard let megabytes = Measure.string("--megabytes", in: arguments).flatMap(Double.init), megabytes > 0 else {
            throw BenchmarkError("give the folder's size: prepare-scaling --megabytes N (e.g. 10, 100, 1000)")
        }
        try Measure.require("seeds", holding: "the seed articles (seeds/*.txt)")
        let folder = try temporaryFolder(in: Measure.string("--folder", in: arguments))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/articles"
        let (files, bytes) = try repeatedFolder(
            at: input, sources: ["seeds", corpus + "/articles"], bytes: Int(megabytes * 1e6), copies: nil)
        let cost = try spawn(
            dragoman, ["prepare", "--jobs", "1", "--glossary", "Glossaries/ar-en.tsv", "-o", folder + "/out", input])
        // User and system time apart: on a disk, creating ten files an article is system time that the file system
        // decides (and that grows with the folder's size), not the program.
        print("| input | articles | CPU | user | system | wall | MB/s (CPU) | peak RSS |")
        print("|---|---|---|---|---|---|---|---|")
        print(
            String(format: "| %.1f MB | ", Double(bytes) / 1e6) + Measure.grouped(files)
                + String(
                    format: " | %.1f s | %.1f s | %.1f s | %.1f s | %.2f | %.0f MiB |", cost.cpu, cost.user,
                    cost.system, cost.wall, Double(bytes) / 1e6 / cost.cpu, cost.peakMiB))
    }

    /// The command line to run and the EASC dev folder, checked.
    private static func tools(_ arguments: [String]) throws -> (dragoman: String, corpus: String) {
        let dragoman = Measure.string("--dragoman", in: arguments) ?? ".build/release/dragoman"
        let corpus = Measure.string("--corpus", in: arguments) ?? "../shared/easc-dev"
        try Measure.require(
            corpus + "/articles", holding: "the EASC dev articles (articles/*.txt)",
            hint: "the corpus is not in the repository: put it at ../shared/easc-dev or give --corpus DIR")
        try Measure.require(
            dragoman, holding: "the release build of dragoman", hint: "run swift build -c release first")
        try Measure.require("Glossaries/ar-en.tsv", holding: "the shipped glossary")
        return (dragoman, corpus)
    }

    /// A new folder in `parent` (default: the system's temporary folder) for the input and the outputs.
    static func temporaryFolder(in parent: String?) throws -> String {
        let base = parent.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory
        let path = base.appendingPathComponent("dragoman-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Copies the `.txt` files of `sources` into `folder/copy-NNNN/`, `copies` times or until `bytes` are written;
    /// returns the number of files and bytes.
    private static func repeatedFolder(at folder: String, sources: [String], bytes limit: Int?, copies: Int?) throws
        -> (files: Int, bytes: Int)
    {
        var articles: [(name: String, data: Data)] = []
        for source in sources {
            let names = try FileManager.default.contentsOfDirectory(atPath: source).filter { $0.hasSuffix(".txt") }
            for name in names.sorted() {
                articles.append((name, try Data(contentsOf: URL(fileURLWithPath: source + "/" + name))))
            }
        }
        guard !articles.isEmpty else { throw BenchmarkError("no .txt articles in \(sources.joined(separator: ", "))") }
        var files = 0
        var bytes = 0
        var copy = 0
        while copies.map({ copy < $0 }) ?? (bytes < limit ?? 0) {
            copy += 1
            let directory = folder + String(format: "/copy-%04d", copy)
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for article in articles {
                try article.data.write(to: URL(fileURLWithPath: directory + "/" + article.name))
                files += 1
                bytes += article.data.count
            }
        }
        return (files, bytes)
    }

    /// Runs `executable` with `arguments`, standard output to /dev/null, and returns what the child cost.
    static func spawn(_ executable: String, _ arguments: [String]) throws -> Cost {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = Date()
        let status = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard status == 0 else {
            throw BenchmarkError("cannot run \(executable): \(String(cString: strerror(status)))")
        }
        var exit: Int32 = 0
        var usage = rusage()
        while wait4(pid, &exit, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchmarkError("wait4: \(String(cString: strerror(errno)))") }
        }
        let wall = Date().timeIntervalSince(start)
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        guard exit & 0x7F == 0, (exit >> 8) & 0xFF == 0 else {
            throw BenchmarkError("\(executable) \(arguments.joined(separator: " ")) failed (wait status \(exit))")
        }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return Cost(
            user: seconds(usage.ru_utime), system: seconds(usage.ru_stime), wall: wall,
            peakMiB: Double(usage.ru_maxrss) / 1024)
    }

    /// The run with the median CPU time.
    private static func median(_ costs: [Cost]) -> Cost {
        costs.sorted { $0.cpu < $1.cpu }[costs.count / 2]
    }
}
