/// The sum of unit sentence vectors, added one sentence at a time: the centroid of `Rankers.centroid`, also built
/// while a digest's pool is read from disk, with the same additions in the same order (so the same bits).
struct CentroidSum {
    /// Per term, the sum of its weights over the sentences' unit vectors.
    private(set) var sums: [Int32: Double] = [:]
    /// The terms in the order they were first met, so the norm is summed in an order that does not depend on the
    /// dictionary's hashing.
    private var order: [Int32] = []

    /// Adds sentence `i` of `vectors` (nothing when its norm is 0).
    mutating func add(_ vectors: TermVectors, _ i: Int) {
        guard vectors.norms[i] > 0 else { return }
        for (term, weight) in zip(vectors.terms[i], vectors.weights[i]) {
            if sums[term] == nil { order.append(term) }
            sums[term, default: 0] += weight / vectors.norms[i]
        }
    }

    /// The centroid's Euclidean norm.
    var norm: Double {
        order.reduce(0) { sum, term in
            let value = sums[term]!
            return sum + value * value
        }.squareRoot()
    }
}
