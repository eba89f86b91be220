import Foundation

/// The sentence features of the learned ranker, computed from the candidates of one document.
///
/// Position in the article and in the paragraph, centrality (three ways), length, similarity to the first
/// sentence and to the title's terms are what the EASC summary writers' choices depend on.
package enum SentenceFeatures {
    /// Feature names, in column order (the weights file uses them).
    package static let names = [
        "first", "inverse_position", "relative_position", "paragraph_start", "inverse_paragraph", "centrality",
        "lexrank", "centroid", "log_words", "similarity_to_first", "on_topic", "inverse_story_position", "desk_prior",
    ]

    /// One row per candidate, in `names` order.
    static func matrix(_ candidates: [Candidate], vectors: TermVectors) -> [[Double]] {
        let n = candidates.count
        guard n > 0 else { return [] }
        let lexrank = normalized(Rankers.lexRank(vectors, threshold: Rankers.lexRankThreshold))
        let centroid = Rankers.centroid(vectors)
        let desk = DeskRanker(parameters: .standard).signals(vectors)
        var rows: [[Double]] = []
        rows.reserveCapacity(n)
        var paragraphs: [Int] = []
        var previousParagraph = -1
        for (i, candidate) in candidates.enumerated() {
            let paragraphStart = candidate.segment.paragraph != previousParagraph
            if paragraphStart { paragraphs.append(candidate.segment.paragraph) }
            previousParagraph = candidate.segment.paragraph
            rows.append([
                i == 0 ? 1 : 0, 1 / Double(i + 1), n > 1 ? Double(i) / Double(n - 1) : 0, paragraphStart ? 1 : 0,
                1 / Double(paragraphs.count), desk.centrality[i], lexrank[i], centroid[i],
                log(Double(candidate.words + 1)),
                i == 0 ? 1 : vectors.cosine(i, 0), desk.onTopic[i] ? 1 : 0, 1 / Double(desk.storyPosition[i] + 1),
                desk.prior[i],
            ])
        }
        return rows
    }

    private static func normalized(_ values: [Double]) -> [Double] {
        let top = values.max() ?? 0
        return top > 0 ? values.map { $0 / top } : values
    }
}

/// A linear sentence scorer over standardized `SentenceFeatures`, loaded from `learned-ar.tsv`.
package struct LearnedModel: Sendable, Hashable {
    /// Per feature: mean, standard deviation, weight.
    package var means: [Double]
    package var deviations: [Double]
    package var weights: [Double]
    package var bias: Double

    /// A model from its parts.
    package init(means: [Double], deviations: [Double], weights: [Double], bias: Double) {
        self.means = means
        self.deviations = deviations
        self.weights = weights
        self.bias = bias
    }

    /// The log-odds that a sentence is in a human summary.
    func score(_ row: [Double]) -> Double {
        var sum = bias
        for k in row.indices { sum += weights[k] * (row[k] - means[k]) / deviations[k] }
        return sum
    }

    /// The bundled model (trained on all of EASC dev by `dragoman-bench easc --train`).
    static func bundled() throws(SummarizerError) -> LearnedModel {
        try parse(LanguageData.readData("learned-ar.tsv"), file: "learned-ar.tsv")
    }

    /// Reads `feature<TAB>mean<TAB>deviation<TAB>weight` lines; `bias` has only a weight.
    package static func parse(_ text: String, file: String) throws(SummarizerError) -> LearnedModel {
        var table: [String: (Double, Double, Double)] = [:]
        var bias: Double?
        for (number, line) in LanguageData.dataLines(text) {
            let fields = line.split(separator: "\t").map(String.init)
            if fields.count == 2, fields[0] == "bias", let value = Double(fields[1]) {
                bias = value
                continue
            }
            guard fields.count == 4, let mean = Double(fields[1]), let deviation = Double(fields[2]), deviation > 0,
                let weight = Double(fields[3])
            else {
                throw .badData(
                    file: file, line: number,
                    reason: "expected 'feature<TAB>mean<TAB>deviation<TAB>weight', got '\(line)'")
            }
            table[fields[0]] = (mean, deviation, weight)
        }
        guard let bias else { throw .badData(file: file, line: 0, reason: "no 'bias' line") }
        var model = LearnedModel(means: [], deviations: [], weights: [], bias: bias)
        for name in SentenceFeatures.names {
            guard let (mean, deviation, weight) = table[name] else {
                throw .badData(file: file, line: 0, reason: "no weight for feature '\(name)'")
            }
            model.means.append(mean)
            model.deviations.append(deviation)
            model.weights.append(weight)
        }
        return model
    }

    /// The model as the data file writes it.
    package func serialized(comment: String) -> String {
        var out = "# " + comment + "\n# feature\tmean\tdeviation\tweight\nbias\t\(bias)\n"
        for (k, name) in SentenceFeatures.names.enumerated() {
            out += "\(name)\t\(means[k])\t\(deviations[k])\t\(weights[k])\n"
        }
        return out
    }

    /// Fits logistic regression (labels 0…1) by gradient descent on standardized features, with a small L2 penalty.
    package static func fit(
        rows: [[Double]], labels: [Double], iterations: Int = 2000, rate: Double = 0.5, l2: Double = 1e-3
    )
        -> LearnedModel
    {
        let d = SentenceFeatures.names.count
        let n = Double(rows.count)
        var means = [Double](repeating: 0, count: d)
        var deviations = [Double](repeating: 0, count: d)
        for row in rows { for k in 0..<d { means[k] += row[k] / n } }
        for row in rows { for k in 0..<d { deviations[k] += (row[k] - means[k]) * (row[k] - means[k]) / n } }
        deviations = deviations.map { max($0.squareRoot(), 1e-9) }
        let x = rows.map { row in (0..<d).map { (row[$0] - means[$0]) / deviations[$0] } }
        var weights = [Double](repeating: 0, count: d)
        var bias = 0.0
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: d)
            var gradientBias = 0.0
            for (row, label) in zip(x, labels) {
                var z = bias
                for k in 0..<d { z += weights[k] * row[k] }
                let error = 1 / (1 + exp(-z)) - label
                gradientBias += error
                for k in 0..<d { gradient[k] += error * row[k] }
            }
            bias -= rate * gradientBias / n
            for k in 0..<d { weights[k] -= rate * (gradient[k] / n + l2 * weights[k]) }
        }
        return LearnedModel(means: means, deviations: deviations, weights: weights, bias: bias)
    }
}
