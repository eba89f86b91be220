import DragomanAligner
import DragomanGlossary
import Foundation

/// The glossary aligner at scale: TICO-19's pairs repeated to `--pairs N`, aligned with the default term list (the
/// candidate terms), as `dragoman align --ar … --en …` does. CPU time of each step and the process's peak memory;
/// run one size per process, since peak memory is the process's.
enum AlignBenchmark {
    static func run(arguments: [String]) throws {
        let count = Measure.option("--pairs", in: arguments, default: 3071)
        let corpus = Measure.string("--corpus", in: arguments) ?? "../shared/parallel/tico19"
        func lines(_ name: String) throws -> [Substring] {
            let path = corpus + "/" + name
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw BenchmarkError(
                    "\(path): missing; the aligner benchmark needs ../shared/parallel/tico19 (or --corpus)")
            }
            return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        }
        let arabic = try lines("ar.txt")
        let english = try lines("en.txt")
        // The repeated corpus, written in chunks to a temporary folder (not timed).
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-align-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = 0
        for (name, side) in [("ar.txt", arabic), ("en.txt", english)] {
            let path = folder.appendingPathComponent(name).path
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            var chunk = ""
            for index in 0..<count {
                chunk += side[index % side.count]
                chunk += "\n"
                if chunk.utf8.count > 1 << 20 {
                    bytes += chunk.utf8.count
                    try handle.write(contentsOf: Data(chunk.utf8))
                    chunk = ""
                }
            }
            bytes += chunk.utf8.count
            try handle.write(contentsOf: Data(chunk.utf8))
            try handle.close()
        }
        let source = ParallelSource.lineAligned(
            arabic: folder.appendingPathComponent("ar.txt").path, english: folder.appendingPathComponent("en.txt").path)
        var aligner: ParallelAligner?
        let training = try Measure.seconds { aligner = try ParallelAligner(sources: [source]) }
        var terms: [String] = []
        let candidates = try Measure.seconds { terms = try aligner!.candidateTerms(excluding: Glossary()) }
        var proposed = 0
        let proposing = try Measure.seconds {
            proposed = try aligner!.align(arabicTerms: terms.map { AlignmentTerm($0) }).arabic
                .filter { !$0.proposals.isEmpty }.count
        }
        print("| pairs | text | read + train + align | candidate terms | proposals | total | peak memory |")
        print("|---|---|---|---|---|---|---|")
        print(
            String(
                format: "| %d | %.0f MB | %.2f s | %.2f s | %.2f s (%d of %d terms) | %.2f s | %.0f MB |", count,
                Double(bytes) / 1e6, training, candidates, proposing, proposed, terms.count,
                training + candidates + proposing, Measure.peakMemoryMiB))
    }
}
