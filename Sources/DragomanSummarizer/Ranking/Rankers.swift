import Foundation

/// Sentence scores per algorithm; higher is better.
enum Rankers {
    /// Above this many candidates the sentence graph (quadratic) is replaced by similarity to the document's
    /// centroid (linear; the centroid score of MEAD, Radev et al. 2004).
    static let graphLimit = 1000

    /// LexRank's edge threshold (Erkan & Radev 2004 found 0.1 best on DUC).
    static let lexRankThreshold = 0.1

    /// LexRank: PageRank over cosine TF-IDF similarity; thresholded (binary edges) or continuous (cosine weights).
    /// Without `selfLoops` an isolated sentence gets only the random jump (with them it keeps an average score).
    static func lexRank(_ vectors: TermVectors, threshold: Double?, selfLoops: Bool = true) -> [Double] {
        let n = vectors.count
        if n > graphLimit { return centroid(vectors) }
        var matrix = vectors.cosineMatrix(selfLoops: selfLoops)
        if let threshold {
            for k in 0..<matrix.count { matrix[k] = matrix[k] > threshold ? 1 : 0 }
        }
        return GraphRank.pageRank(weights: matrix, count: n)
    }

    /// TextRank: PageRank over |Si ∩ Sj| / (log |Si| + log |Sj|) on content terms (Mihalcea & Tarau 2004).
    static func textRank(_ candidates: [Candidate], vectors: TermVectors) -> [Double] {
        let n = candidates.count
        if n > graphLimit { return centroid(vectors) }
        let logs = candidates.map { log(Double(max($0.surface.total, 1))) }
        // Shared terms counted into the upper triangle, then weighed and mirrored.
        var matrix = [Double](repeating: 0, count: n * n)
        SharedTerms.forEach(candidates.map(\.surface.terms)) { i, _, j, _ in matrix[i * n + j] += 1 }
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                let overlap = matrix[i * n + j]
                let denominator = logs[i] + logs[j]
                let weight = overlap > 0 && denominator > 0 ? overlap / denominator : 0
                matrix[i * n + j] = weight
                matrix[j * n + i] = weight
            }
        }
        return GraphRank.pageRank(weights: matrix, count: n)
    }

    /// Cosine similarity of each sentence to the sum of all sentence vectors.
    ///
    /// The centroid's norm is summed in the order its terms were first met, not in the dictionary's order: that
    /// order changes from one dictionary to the next (Swift seeds each one's hashing apart), and a norm that differs
    /// in its last bit can swap two nearly equal scores, so the digest's centroid cut would not be reproducible.
    static func centroid(_ vectors: TermVectors) -> [Double] {
        var centroid = CentroidSum()
        for i in 0..<vectors.count { centroid.add(vectors, i) }
        let norm = centroid.norm
        return (0..<vectors.count).map { vectors.cosine($0, with: centroid.sums, norm: norm) }
    }
}
