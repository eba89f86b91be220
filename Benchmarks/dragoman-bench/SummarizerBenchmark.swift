import DragomanSummarizer
import DragomanText
import Foundation

/// Release-mode figures for the summarizer: speed on repeated seeds, and ROUGE on EASC dev.
///
///   dragoman-bench summarize [--megabytes 50] [--seeds seeds]
///   dragoman-bench easc [--corpus ../shared/easc-dev] [--tune]
enum SummarizerBenchmark {
    static func run(arguments: [String]) throws {
        switch arguments.first {
        case "summarize": try speed(arguments: Array(arguments.dropFirst()))
        case "easc": try easc(arguments: Array(arguments.dropFirst()))
        default: print("usage: dragoman-bench summarize [--megabytes N] [--seeds DIR] | easc [--corpus DIR] [--tune]")
        }
    }

    static func option(_ name: String, in arguments: [String]) -> String? {
        guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
        return arguments[i + 1]
    }

    // MARK: EASC

    struct Article {
        let id: String
        let document: Document
        let budget: Int
        let references: [String]
    }

    static func loadEASC(_ corpus: String) throws -> [Article] {
        let manifest = try String(contentsOfFile: corpus + "/manifest.tsv", encoding: .utf8)
        let lines = manifest.split(whereSeparator: \.isNewline)
        let header = lines[0].split(separator: "\t").map(String.init)
        guard let idColumn = header.firstIndex(of: "id"), let budgetColumn = header.firstIndex(of: "ref_words_mean")
        else { throw BenchmarkError("manifest.tsv lacks the id or ref_words_mean column") }
        let pipeline = try TextPipeline()
        var articles: [Article] = []
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let id = fields[idColumn]
            guard let budget = Double(fields[budgetColumn]) else { throw BenchmarkError("bad ref_words_mean for \(id)") }
            // Each article is its own batch: EASC articles are unrelated, so nothing repeats across them.
            let document = try pipeline.process(paths: ["\(corpus)/articles/\(id).txt"], language: "ar")[0]
            var references: [String] = []
            for label in ["A", "B", "C", "D", "E"] {
                let path = "\(corpus)/references/\(id).\(label).txt"
                if FileManager.default.fileExists(atPath: path) {
                    references.append(try String(contentsOfFile: path, encoding: .utf8))
                }
            }
            articles.append(Article(id: id, document: document, budget: Int(budget.rounded()), references: references))
        }
        return articles
    }

    /// The protocol: whole sentences up to the reference length, then cut at exactly that many words.
    static func cut(_ summary: Summary, words budget: Int) -> String {
        let text = summary.sentences.map(\.text).joined(separator: " ")
        return text.split(whereSeparator: { $0.isWhitespace }).prefix(budget).joined(separator: " ")
    }

    static func evaluate(_ articles: [Article], make: (Int) throws -> Summarizer) throws -> RougeEvaluation {
        var pairs: [(name: String, system: String, references: [String])] = []
        for article in articles {
            let summary = try make(article.budget).summarize(article.document)
            pairs.append((article.id, cut(summary, words: article.budget), article.references))
        }
        return RougeEvaluation(pairs: pairs, tokenizer: RougeTokenizer(normalize: true))
    }

    static func easc(arguments: [String]) throws {
        let corpus = option("--corpus", in: arguments) ?? "../shared/easc-dev"
        let articles = try loadEASC(corpus)
        print("EASC dev: \(articles.count) articles, \(articles.map(\.references.count).reduce(0, +)) references")
        if arguments.contains("--tune") {
            try tune(articles)
            return
        }
        print("| algorithm | ROUGE-1 F | ROUGE-2 F | ROUGE-L F |")
        print("|---|---|---|---|")
        for algorithm in SummaryAlgorithm.allCases {
            let start = Date()
            let result = try evaluate(articles) { try Summarizer(algorithm: algorithm, length: .words($0)) }
            let cells = result.summary.map { row in
                String(format: "%.1f [%.1f, %.1f]", row.f.mean * 100, row.f.low * 100, row.f.high * 100)
            }
            print("| \(algorithm.rawValue) | \(cells.joined(separator: " | ")) |"
                + String(format: " <!-- %.2f s -->", Date().timeIntervalSince(start)))
        }
        print("(F × 100, mean over articles of the mean over five references; 95% percentile bootstrap, 1000 resamples)")
    }

    static func tune(_ articles: [Article]) throws {
        for decay in [1.0, 2, 4, 8] {
            for weight in [0.1, 0.2, 0.3, 0.5, 0.75, 1.0] {
                for redundancy in [0.5] {
                    let parameters = DeskParameters(decay: decay, centralityWeight: weight, redundancy: redundancy)
                    let result = try evaluate(articles) {
                        try Summarizer(algorithm: .desk, length: .words($0), desk: parameters)
                    }
                    print(
                        String(
                            format: "decay %.1f weight %.2f redundancy %.2f: R1 %.2f R2 %.2f RL %.2f", decay, weight,
                            redundancy, result.summary[0].f.mean * 100, result.summary[1].f.mean * 100,
                            result.summary[2].f.mean * 100))
                }
            }
        }
    }

    // MARK: speed

    static func speed(arguments: [String]) throws {
        print("not yet")
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
