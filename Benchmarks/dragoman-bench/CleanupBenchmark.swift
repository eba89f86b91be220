import DragomanText
import Foundation

/// The cleanup on the labelled set (`Tests/DragomanTextTests/Fixtures/cleanup/`): per part (tuning, held-out), the
/// share of furniture lines marked, metadata lines marked (and marked as metadata), news and headline lines marked,
/// and titles right. Each article is cleaned alone, as a batch of one, so no line is marked for repeating in
/// another article. `--verbose` prints every line with its label and marks.
enum CleanupBenchmark {
    static func run(arguments: [String]) throws {
        let set = Measure.string("--set", in: arguments) ?? "Tests/DragomanTextTests/Fixtures/cleanup"
        let verbose = arguments.contains("--verbose")
        let pipeline = try TextPipeline()
        print(
            "part      articles  furniture marked  metadata marked (as metadata)  news marked  headlines marked  titles"
        )
        for part in ["tuning", "held-out"] {
            let folder = URL(fileURLWithPath: set).appendingPathComponent(part)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }
                .sorted()
            guard !names.isEmpty else { throw BenchmarkError("no labelled articles in \(folder.path)") }
            var score = CleanupScore()
            for name in names {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                let article = try LabelledArticle(parsing: text, name: name)
                let document = try pipeline.process([article.source])[0]
                let lines = score.add(article, document)
                guard verbose else { continue }
                print(
                    "# \(part)/\(name)  title: \(document.title?.singleLineText ?? "-")"
                        + "  prefix: \(document.headlinePrefix?.text ?? "-")  date: \(document.publicationDate ?? "-")")
                for (line, result) in zip(article.lines, lines) where line.label != .blank {
                    let wrong = (line.label == .furniture || line.label == .metadata) != result.marked
                    print(
                        "\(wrong ? "!!" : "  ") \(line.label.rawValue.prefix(4))\t"
                            + "\(result.reasons.joined(separator: "; ").isEmpty ? "-" : result.reasons.joined(separator: "; "))"
                            + "\t\(line.text)")
                }
            }
            func cell(_ label: LabelledArticle.Label) -> String {
                "\(score.marked[label, default: 0])/\(score.lines[label, default: 0])"
            }
            print(
                part.padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(format: "%8d  ", score.articles)
                    + (cell(.furniture) + String(format: " (%.1f%%)", 100 * score.share(.furniture)))
                    .padding(toLength: 18, withPad: " ", startingAt: 0)
                    + (cell(.metadata) + " (\(score.metadataAsMetadata))").padding(
                        toLength: 31, withPad: " ", startingAt: 0)
                    + cell(.news).padding(toLength: 13, withPad: " ", startingAt: 0)
                    + cell(.headline).padding(toLength: 18, withPad: " ", startingAt: 0)
                    + "\(score.titles)/\(score.articles)")
        }
    }
}
