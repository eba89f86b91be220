/// Precision, recall and F1 of one ROUGE measure.
public struct RougeScore: Sendable, Hashable {
    /// Matched units over system units.
    public var precision: Double
    /// Matched units over reference units.
    public var recall: Double
    /// Harmonic mean of precision and recall (0 when both are 0).
    public var f: Double

    /// A score from matched and total counts, as `rouge-score` computes it (empty texts score 0).
    init(matched: Int, system: Int, reference: Int) {
        precision = Double(matched) / Double(max(system, 1))
        recall = Double(matched) / Double(max(reference, 1))
        f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// A score from its three values.
    public init(precision: Double, recall: Double, f: Double) {
        self.precision = precision
        self.recall = recall
        self.f = f
    }

    /// The mean of several scores, value by value.
    static func mean(_ scores: [RougeScore]) -> RougeScore {
        let n = Double(max(scores.count, 1))
        return RougeScore(
            precision: scores.reduce(0) { $0 + $1.precision } / n, recall: scores.reduce(0) { $0 + $1.recall } / n,
            f: scores.reduce(0) { $0 + $1.f } / n)
    }
}

/// ROUGE-1, ROUGE-2 and ROUGE-L of one system summary (averaged over its references).
public struct RougeScores: Sendable, Hashable {
    /// Unigram overlap.
    public var rouge1: RougeScore
    /// Bigram overlap.
    public var rouge2: RougeScore
    /// Longest common subsequence (summary-level, on the whole token sequence, as `rouge-score`'s `rougeL`).
    public var rougeL: RougeScore

    /// The measures in report order, with their names.
    public var all: [(name: String, score: RougeScore)] {
        [("ROUGE-1", rouge1), ("ROUGE-2", rouge2), ("ROUGE-L", rougeL)]
    }

    /// Scores a tokenized system summary against tokenized references: each measure is computed against every
    /// reference and averaged (P, R and F separately).
    public static func score(system: [String], references: [[String]]) -> RougeScores {
        var ids: [String: Int] = [:]
        let id = { (token: String) -> Int in
            if let known = ids[token] { return known }
            ids[token] = ids.count
            return ids.count - 1
        }
        let s = system.map(id)
        var ones: [RougeScore] = []
        var twos: [RougeScore] = []
        var ls: [RougeScore] = []
        for reference in references {
            let r = reference.map(id)
            ones.append(ngram(s, r, n: 1))
            twos.append(ngram(s, r, n: 2))
            ls.append(RougeScore(matched: lcs(s, r), system: s.count, reference: r.count))
        }
        return RougeScores(rouge1: .mean(ones), rouge2: .mean(twos), rougeL: .mean(ls))
    }

    static func ngram(_ s: [Int], _ r: [Int], n: Int) -> RougeScore {
        func counts(_ tokens: [Int]) -> [Int: Int] {
            var result: [Int: Int] = [:]
            guard tokens.count >= n else { return result }
            for i in 0...(tokens.count - n) {
                let key = n == 1 ? tokens[i] : tokens[i] << 32 | tokens[i + 1]
                result[key, default: 0] += 1
            }
            return result
        }
        let system = counts(s)
        let reference = counts(r)
        var matched = 0
        for (key, count) in system { matched += min(count, reference[key] ?? 0) }
        return RougeScore(
            matched: matched, system: max(s.count - n + 1, 0), reference: max(r.count - n + 1, 0))
    }

    static func lcs(_ a: [Int], _ b: [Int]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
