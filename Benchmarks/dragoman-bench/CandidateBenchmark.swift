import DragomanGlossary
import DragomanText
import Foundation

/// The precision of `dragoman terms --candidates`: the share of terms among the first 20 and 50 candidates, judged
/// by hand-made labels (`Benchmarks/candidate-labels.tsv`; the labelling rule is in the README), on the seeds and
/// on the politics and finance articles of the EASC dev split (finance was labelled only after the extractor was
/// final: it is the blind set).
///
///   dragoman-bench candidates [--labels FILE] [--corpus ../shared/easc-dev] [--list]
///
/// `--list` prints every candidate of the first 50 with its key and label. A candidate among the first 50 that has
/// no label is listed and makes the run fail: label it (or change the extractor back) before quoting figures.
enum CandidateBenchmark {
    static func run(arguments: [String]) throws {
        let labelsPath = Measure.string("--labels", in: arguments) ?? CandidateLabels.defaultPath
        let corpus = Measure.string("--corpus", in: arguments) ?? "../shared/easc-dev"
        try Measure.require(labelsPath, holding: "the candidate labels")
        try Measure.require("Glossaries/ar-en.tsv", holding: "the shipped glossary")
        let labels = try CandidateLabels(path: labelsPath)
        let glossary = try GlossaryStore(path: "Glossaries/ar-en.tsv").load().glossary
        let extractor = CandidateExtractor(matcher: try GlossaryMatcher(glossary: glossary))
        let pipeline = try TextPipeline()
        var sets: [(name: String, documents: [Document])] = []
        try Measure.require("seeds", holding: "the seed articles (seeds/*.txt)")
        sets.append(("seeds", try pipeline.process(paths: ["seeds"])))
        if FileManager.default.fileExists(atPath: corpus + "/manifest.tsv") {
            for category in ["politics", "finance"] {
                sets.append(
                    ("easc-\(category)", try pipeline.process(paths: try articles(corpus, category), language: "ar")))
            }
        } else {
            print("(\(corpus)/manifest.tsv not found: the EASC sets are left out; give --corpus DIR)")
        }
        print("| set | articles | candidates | precision, top 20 | precision, top 50 |")
        print("|---|---:|---:|---|---|")
        var unlabelled: [String] = []
        var listing: [String] = []
        for (name, documents) in sets {
            let candidates = try extractor.candidates(in: documents)
            let top20 = labels.judge(candidates, set: name, top: 20)
            let top50 = labels.judge(candidates, set: name, top: 50)
            print(
                "| \(name) | \(documents.count) | \(candidates.count) | \(percent(top20)) | \(percent(top50)) |")
            unlabelled += top50.unlabelled.map { "\(name)\t\($0.text)\t\($0.key)" }
            for (rank, candidate) in candidates.prefix(50).enumerated() {
                let label = labels.labels[name]?[candidate.key].map { $0 ? "yes" : "no" } ?? "?"
                listing.append("\(name)\t\(rank + 1)\t\(candidate.text)\t\(candidate.key)\t\(label)")
            }
        }
        if arguments.contains("--list") {
            print("\nset\trank\tcandidate\tkey\tterm")
            for line in listing { print(line) }
        }
        guard unlabelled.isEmpty else {
            throw BenchmarkError(
                "\(unlabelled.count) candidates among the first 50 have no label in \(labelsPath):\n"
                    + unlabelled.joined(separator: "\n"))
        }
    }

    /// "70% (14 of 20)".
    static func percent(_ judgement: CandidateLabels.Judgement) -> String {
        "\(Int((judgement.precision * 100).rounded()))% (\(judgement))"
    }

    /// The paths of the EASC articles of a category.
    static func articles(_ corpus: String, _ wanted: String) throws -> [String] {
        let manifest = try String(contentsOfFile: corpus + "/manifest.tsv", encoding: .utf8)
        let lines = manifest.split(whereSeparator: \.isNewline)
        let header = lines.first?.split(separator: "\t").map(String.init) ?? []
        guard let id = header.firstIndex(of: "id"), let category = header.firstIndex(of: "category") else {
            throw BenchmarkError("\(corpus)/manifest.tsv lacks the id or category column")
        }
        return lines.dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > max(id, category), fields[category] == wanted else { return nil }
            return "\(corpus)/articles/\(fields[id]).txt"
        }
    }
}
