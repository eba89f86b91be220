import DragomanSummarizer
import DragomanText
import Foundation

/// Release-mode figures for the summarizer: speed on repeated seeds, and ROUGE on EASC dev.
///
///   dragoman-bench summarize [--megabytes 50] [--seeds seeds]
///   dragoman-bench easc [--corpus ../shared/easc-dev] [--tune | --tune-redundancy | --train]
enum SummarizerBenchmark {
    static func run(arguments: [String]) throws {
        switch arguments.first {
        case "summarize": try speed(arguments: Array(arguments.dropFirst()))
        case "easc": try easc(arguments: Array(arguments.dropFirst()))
        default:
            print(
                "usage: dragoman-bench summarize [--megabytes N] [--seeds DIR] [--only ALGORITHM] | easc [--corpus DIR] [--tune]"
            )
        }
    }

    // MARK: EASC

    struct Article {
        let id: String
        let document: Document
        let budget: Int
        let references: [String]
    }

    static func loadEASC(_ corpus: String) throws -> [Article] {
        try Measure.require(
            corpus + "/manifest.tsv", holding: "the EASC dev split (manifest.tsv, articles/, references/)",
            hint: "the corpus is not in the repository: put it at ../shared/easc-dev or give --corpus DIR")
        let manifest = try String(contentsOfFile: corpus + "/manifest.tsv", encoding: .utf8)
        let lines = manifest.split(whereSeparator: \.isNewline)
        let header = lines.first?.split(separator: "\t").map(String.init) ?? []
        guard let idColumn = header.firstIndex(of: "id"), let budgetColumn = header.firstIndex(of: "ref_words_mean")
        else { throw BenchmarkError("\(corpus)/manifest.tsv lacks the id or ref_words_mean column") }
        let pipeline = try TextPipeline()
        var articles: [Article] = []
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > max(idColumn, budgetColumn) else {
                throw BenchmarkError("\(corpus)/manifest.tsv: a row has \(fields.count) fields, fewer than the header")
            }
            let id = fields[idColumn]
            guard let budget = Double(fields[budgetColumn]) else {
                throw BenchmarkError("bad ref_words_mean for \(id)")
            }
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
        let corpus = Measure.string("--corpus", in: arguments) ?? "../shared/easc-dev"
        let articles = try loadEASC(corpus)
        print("EASC dev: \(articles.count) articles, \(articles.map(\.references.count).reduce(0, +)) references")
        if arguments.contains("--tune") {
            try tune(articles)
            return
        }
        if arguments.contains("--tune-redundancy") {
            try tuneRedundancy(articles)
            return
        }
        if arguments.contains("--train") {
            try train(articles, write: Measure.string("--write", in: arguments))
            return
        }
        print(rougeHeader)
        // The learned ranker's training data, computed once: in its row here (so that row's time includes it), then
        // reused for the table with preambles.
        var learnedData: TrainingData?
        for algorithm in SummaryAlgorithm.allCases {
            let start = Measure.now()
            let result: RougeEvaluation
            if algorithm == .learned {
                // Scored by 5-fold cross-validation: never on articles it was trained on.
                let data = try trainingData(articles)
                learnedData = data
                result = try crossValidate(data, testOn: articles)
            } else {
                result = try evaluate(articles) { try Summarizer(algorithm: algorithm, length: .words($0)) }
            }
            print(rougeRow(algorithm, result) + String(format: " <!-- %.2f s -->", (Measure.now() - start)))
        }
        print(
            "(F × 100, mean over articles of the mean over five references; 95% percentile bootstrap, 1000 resamples)")
        // Where the first sentences are not the story: each article behind a preamble of the first two sentences of
        // the next article (same references, same budget).
        let shifted = try withPreamble(articles)
        print("\nWith an off-topic preamble (the next article's first two sentences) before each article:")
        print(rougeHeader)
        for algorithm in [SummaryAlgorithm.desk, .lead, .lexrank, .textrank, .learned] {
            // The learned ranker is trained on the plain articles of the other folds and tested on these.
            let result =
                algorithm == .learned
                ? try crossValidate(learnedData ?? trainingData(articles), testOn: shifted)
                : try evaluate(shifted) { try Summarizer(algorithm: algorithm, length: .words($0)) }
            print(rougeRow(algorithm, result))
        }
    }

    /// The ROUGE table's header and its rule.
    static let rougeHeader = "| algorithm | ROUGE-1 F | ROUGE-2 F | ROUGE-L F |\n|---|---|---|---|"

    /// A row of the ROUGE table: F × 100 with its bootstrap interval for ROUGE-1, -2 and -L.
    static func rougeRow(_ algorithm: SummaryAlgorithm, _ result: RougeEvaluation) -> String {
        let cells = result.summary.map { row in
            String(format: "%.1f [%.1f, %.1f]", row.f.mean * 100, row.f.low * 100, row.f.high * 100)
        }
        let name = algorithm == .learned ? "learned (5-fold CV)" : algorithm.rawValue
        return "| \(name) | \(cells.joined(separator: " | ")) |"
    }

    static func withPreamble(_ articles: [Article]) throws -> [Article] {
        let pipeline = try TextPipeline()
        return try articles.indices.map { k in
            let next = articles[(k + 1) % articles.count].document
            let preamble = next.segments.filter { $0.kind == .sentence }.prefix(2).map(\.text).joined(separator: " ")
            let article = articles[k]
            let source = SourceText(
                name: article.document.source.name, text: preamble + "\n\n" + article.document.source.text)
            let document = try pipeline.process([source], language: "ar")[0]
            return Article(id: article.id, document: document, budget: article.budget, references: article.references)
        }
    }

    // MARK: learned ranker

    /// Per candidate sentence, 1 when most references contain it, else 0 (token sequences after `match`
    /// normalization, so the corpus's bare alefs still match). Majority labels did better in cross-validation
    /// (ROUGE-1 50.97) than the share of references as a soft label (50.03) or "at least two of five" (50.56).
    static func labels(_ article: Article, segments: [Segment]) -> [Double] {
        let tokenizer = RougeTokenizer(normalize: true)
        let references = article.references.map { " " + tokenizer.tokens($0).joined(separator: " ") + " " }
        return segments.map { segment in
            let sentence = " " + tokenizer.tokens(segment.text).joined(separator: " ") + " "
            let share = Double(references.filter { $0.contains(sentence) }.count) / Double(max(references.count, 1))
            return share >= 0.5 ? 1 : 0
        }
    }

    /// Per article, the feature rows of its candidate sentences and their labels.
    typealias TrainingData = [(rows: [[Double]], labels: [Double])]

    static func trainingData(_ articles: [Article]) throws -> TrainingData {
        let summarizer = try Summarizer(algorithm: .lead, length: .automatic)
        return try articles.map { article in
            let (rows, segments) = try summarizer.features(of: article.document)
            return (rows, labels(article, segments: segments))
        }
    }

    static func fit(_ data: TrainingData) -> LearnedModel {
        LearnedModel.fit(rows: data.flatMap(\.rows), labels: data.flatMap(\.labels))
    }

    /// Five folds by article order (article k is in fold k mod 5); each fold of `test` is summarized by a model
    /// trained on the other four folds of `data` (the training data of the plain articles, in the same order).
    static func crossValidate(_ data: TrainingData, testOn test: [Article]) throws -> RougeEvaluation {
        var documents: [RougeEvaluation.Document] = []
        for fold in 0..<5 {
            let training = data.indices.filter { $0 % 5 != fold }.map { data[$0] }
            let model = fit(training)
            let held = test.indices.filter { $0 % 5 == fold }.map { test[$0] }
            documents += try evaluate(held) {
                try Summarizer(algorithm: .learned, length: .words($0), model: model)
            }.documents
        }
        documents.sort { $0.name < $1.name }
        return RougeEvaluation(documents: documents)
    }

    static func train(_ articles: [Article], write path: String?) throws {
        let data = try trainingData(articles)
        let positives = data.flatMap(\.labels).filter { $0 > 0 }.count
        print("\(data.flatMap(\.rows).count) sentences, \(positives) chosen by most references")
        let cv = try crossValidate(data, testOn: articles)
        let lead = try evaluate(articles) { try Summarizer(algorithm: .lead, length: .words($0)) }
        for (name, result) in [("learned (5-fold CV)", cv), ("lead", lead)] {
            print(
                String(
                    format: "%@: R1 %.2f R2 %.2f RL %.2f", name, result.summary[0].f.mean * 100,
                    result.summary[1].f.mean * 100, result.summary[2].f.mean * 100))
        }
        let model = fit(data)
        for (name, weight) in zip(SentenceFeatures.names, model.weights) {
            print(String(format: "%@ %.3f", name, weight))
        }
        if let path {
            let comment =
                "logistic regression on \(articles.count) EASC dev articles (dragoman-bench easc --train); "
                + String(
                    format: "5-fold CV ROUGE-1 F %.2f, lead %.2f", cv.summary[0].f.mean * 100,
                    lead.summary[0].f.mean * 100)
            try model.serialized(comment: comment).write(toFile: path, atomically: true, encoding: .utf8)
            print("wrote \(path)")
        }
    }

    static func tune(_ articles: [Article]) throws {
        let shifted = try withPreamble(articles)
        let offTopicPrior = 0.0
        for decay in [2.0, 3] {
            for weight in [0.2, 0.3] {
                for offTopic in [0.35, 0.45, 0.55] {
                    let parameters = DeskParameters(
                        decay: decay, centralityWeight: weight, redundancy: 0.5, offTopic: offTopic,
                        offTopicPrior: offTopicPrior)
                    let make = { (budget: Int) in
                        try Summarizer(algorithm: .desk, length: .words(budget), desk: parameters)
                    }
                    let plain = try evaluate(articles, make: make)
                    let preamble = try evaluate(shifted, make: make)
                    print(
                        String(
                            format:
                                "decay %.1f weight %.2f offTopic %.2f prior %.1f: R1 %.2f R2 %.2f | preamble R1 %.2f R2 %.2f",
                            decay, weight, offTopic, offTopicPrior, plain.summary[0].f.mean * 100,
                            plain.summary[1].f.mean * 100, preamble.summary[0].f.mean * 100,
                            preamble.summary[1].f.mean * 100))
                }
            }
        }
    }

    /// The paraphrase rule of redundancy control on dev: each containment threshold and minimum sentence size,
    /// `desk` ROUGE on the plain articles and behind a preamble (a threshold above 1 turns the rule off).
    static func tuneRedundancy(_ articles: [Article]) throws {
        let shifted = try withPreamble(articles)
        for minimum in [3, 5, 7] {
            for containment in [0.5, 0.6, 0.7, 0.8, 2] {
                var parameters = DeskParameters.standard
                parameters.containment = containment
                parameters.containmentMinimum = minimum
                let make = { (budget: Int) in
                    try Summarizer(algorithm: .desk, length: .words(budget), desk: parameters)
                }
                let plain = try evaluate(articles, make: make)
                let preamble = try evaluate(shifted, make: make)
                print(
                    String(
                        format: "containment %.2f minimum %d: R1 %.2f R2 %.2f RL %.2f | preamble R1 %.2f R2 %.2f",
                        containment, minimum, plain.summary[0].f.mean * 100, plain.summary[1].f.mean * 100,
                        plain.summary[2].f.mean * 100, preamble.summary[0].f.mean * 100,
                        preamble.summary[1].f.mean * 100))
            }
        }
    }

    // MARK: speed

    /// Reads the seeds and repeats them to the requested size (one batch per copy, so boilerplate marking works as
    /// in real use); times segmentation (text layer), tokenization alone (text layer), then each algorithm's
    /// summaries of the segmented documents (tokenization included), and a digest of the whole corpus. With
    /// `--only ALGORITHM`, segmentation and that algorithm's summaries alone (for profiling).
    static func speed(arguments: [String]) throws {
        let megabytes = Measure.string("--megabytes", in: arguments).flatMap { Double($0) } ?? 50
        let only = try Measure.string("--only", in: arguments).map { name in
            guard let algorithm = SummaryAlgorithm(rawValue: name) else {
                throw BenchmarkError("unknown algorithm '\(name)'")
            }
            return algorithm
        }
        let folder = Measure.string("--seeds", in: arguments) ?? "seeds"
        try Measure.require(folder, holding: "the articles to repeat (.txt files)")
        let reader = TextReader()
        let seeds = try TextReader.documentPaths([folder]).map { try reader.read(path: $0) }
        let seedBytes = seeds.reduce(0) { $0 + $1.text.utf8.count }
        let copies = Int((megabytes * 1_000_000 / Double(seedBytes)).rounded(.up))
        let megabytesRead = Double(copies * seedBytes) / 1e6
        let pipeline = try TextPipeline()
        var documents: [Document] = []
        let segmentSeconds = try Measure.seconds {
            for copy in 0..<copies {
                documents += try pipeline.process(seeds.map { SourceText(name: "\(copy)/\($0.name)", text: $0.text) })
            }
        }
        print(
            String(
                format: "%.1f MB, %d documents: segmentation (text layer) %.2f s = %.1f MB/s", megabytesRead,
                documents.count, segmentSeconds, megabytesRead / segmentSeconds))
        if let only {
            try summarizeAll(documents, algorithm: only, megabytes: megabytesRead, segmentSeconds: segmentSeconds)
            return
        }
        let tokenizer = try Tokenizer(locale: "ar")
        var tokens = 0
        let tokenSeconds = Measure.seconds {
            for document in documents {
                for segment in document.segments where segment.kind == .sentence && segment.boilerplate == nil {
                    tokens += tokenizer.tokens(of: segment).count
                }
            }
        }
        print(
            String(
                format: "tokenization of candidate sentences alone (text layer): %d tokens, %.2f s = %.1f MB/s", tokens,
                tokenSeconds, megabytesRead / tokenSeconds))
        var wholeTokens = 0
        let wholeSeconds = Measure.seconds {
            for document in documents { wholeTokens += tokenizer.tokens(of: document.source.text).count }
        }
        print(
            String(
                format: "tokenization of whole texts in one call each (text layer): %d tokens, %.2f s = %.1f MB/s",
                wholeTokens, wholeSeconds, megabytesRead / wholeSeconds))
        // The summarizer's own steps: the token walk it uses (match-form bytes from the document's normalization,
        // no strings), then the whole analysis (walk, term ids, bags); ranking and selection are the rest.
        var walked = 0
        let walkSeconds = Measure.seconds {
            for document in documents {
                for segment in document.segments where segment.kind == .sentence && segment.boilerplate == nil {
                    tokenizer.forEachToken(of: segment, in: document) { bytes, _ in walked += bytes.count > 0 ? 1 : 0 }
                }
            }
        }
        print(
            String(
                format:
                    "token walk of candidate sentences (Tokenizer.forEachToken, no strings): %d tokens, %.2f s = %.1f MB/s",
                walked, walkSeconds, megabytesRead / walkSeconds))
        let analyzer = try Summarizer()
        var candidates = 0
        let analysisSeconds = try Measure.seconds {
            for document in documents { candidates += try analyzer.analyze(document) }
        }
        print(
            String(
                format: "analysis (token walk, term ids, bags): %d candidate sentences, %.2f s = %.1f MB/s", candidates,
                analysisSeconds, megabytesRead / analysisSeconds))
        print("| algorithm | summaries (incl. tokenization) | MB/s | end to end with segmentation | MB/s |")
        print("|---|---|---|---|---|")
        for algorithm in SummaryAlgorithm.allCases {
            try summarizeAll(documents, algorithm: algorithm, megabytes: megabytesRead, segmentSeconds: segmentSeconds)
        }
        let summarizer = try Summarizer()
        var result: Digest?  // kept outside, so freeing it is not timed (as before)
        let digestSeconds = try Measure.seconds { result = try summarizer.digest(documents) }
        let digest = result!
        print(
            String(
                format: "digest of all %d documents: pool %d, %d sentences, %.2f s = %.1f MB/s (after segmentation)",
                documents.count, digest.candidates, digest.sentences.count, digestSeconds, megabytesRead / digestSeconds
            ))
    }

    /// Times one algorithm's summaries of every document and prints a table row.
    static func summarizeAll(
        _ documents: [Document], algorithm: SummaryAlgorithm, megabytes: Double, segmentSeconds: Double
    ) throws {
        let summarizer = try Summarizer(algorithm: algorithm)
        var sentences = 0
        let seconds = try Measure.seconds {
            for document in documents { sentences += try summarizer.summarize(document).sentences.count }
        }
        print(
            String(
                format: "| %@ | %.2f s | %.1f | %.2f s | %.1f |", algorithm.rawValue, seconds, megabytes / seconds,
                seconds + segmentSeconds, megabytes / (seconds + segmentSeconds)))
        precondition(sentences > 0)
    }
}
