import Foundation

/// TF-IDF vectors of a set of candidates, sparse, with their norms, for cosine similarity.
struct TermVectors: Sendable {
    /// Term ids per sentence (ascending).
    let terms: [[Int32]]
    /// TF-IDF weights, parallel to `terms`.
    let weights: [[Double]]
    /// Euclidean norms.
    let norms: [Double]

    /// How IDF is computed from the bags themselves (each sentence counts as a document).
    enum IDF {
        /// ln(N / df): the textbook weight (LexRank); a term every sentence shares weighs 0.
        case standard
        /// ln(1 + N / df): stays positive, so degree and centroid comparisons never lose a shared term.
        case smoothed
    }

    /// Vectors with IDF from the bags themselves.
    init(_ bags: [TermBag], idf kind: IDF) {
        // Every term of every bag keyed (term, place) and sorted: each run of one term gives its document frequency
        // (a bag's terms are distinct) and the places that take its IDF. No hashing, no search, and one logarithm
        // per distinct term.
        var keys: [UInt64] = []
        keys.reserveCapacity(bags.reduce(0) { $0 + $1.terms.count })
        for bag in bags {
            for term in bag.terms { keys.append(UInt64(UInt32(bitPattern: term)) << 32 | UInt64(keys.count)) }
        }
        keys.sort()
        var idf = [Double](repeating: 0, count: keys.count)
        let n = Double(bags.count)
        var i = 0
        while i < keys.count {
            let term = keys[i] >> 32
            var j = i + 1
            while j < keys.count && keys[j] >> 32 == term { j += 1 }
            let df = Double(j - i)
            let value = kind == .standard ? log(n / df) : log(1 + n / df)
            for k in i..<j { idf[Int(truncatingIfNeeded: keys[k] & 0xFFFF_FFFF)] = value }
            i = j
        }
        self.init(bags, idfOfEachTerm: idf)
    }

    /// Vectors with the given IDF.
    init(_ bags: [TermBag], idf: (Int32) -> Double) {
        var values: [Double] = []
        for bag in bags { for term in bag.terms { values.append(idf(term)) } }
        self.init(bags, idfOfEachTerm: values)
    }

    /// Vectors from the IDF of every term of every bag, in order.
    private init(_ bags: [TermBag], idfOfEachTerm idf: [Double]) {
        var terms: [[Int32]] = []
        var weights: [[Double]] = []
        var norms: [Double] = []
        terms.reserveCapacity(bags.count)
        weights.reserveCapacity(bags.count)
        norms.reserveCapacity(bags.count)
        var next = 0
        for bag in bags {
            var w: [Double] = []
            w.reserveCapacity(bag.terms.count)
            var norm = 0.0
            for count in bag.counts {
                let value = Double(count) * idf[next]
                next += 1
                w.append(value)
                norm += value * value
            }
            terms.append(bag.terms)
            weights.append(w)
            norms.append(norm.squareRoot())
        }
        self.terms = terms
        self.weights = weights
        self.norms = norms
    }

    var count: Int { terms.count }

    /// Cosine similarity of sentences `i` and `j`.
    func cosine(_ i: Int, _ j: Int) -> Double {
        let denominator = norms[i] * norms[j]
        guard denominator > 0 else { return 0 }
        return dot(terms[i], weights[i], terms[j], weights[j]) / denominator
    }

    /// Cosine similarity of sentence `i` and a dense-by-dictionary vector.
    func cosine(_ i: Int, with vector: [Int32: Double], norm: Double) -> Double {
        guard norms[i] > 0, norm > 0 else { return 0 }
        var sum = 0.0
        for (term, weight) in zip(terms[i], weights[i]) { sum += weight * (vector[term] ?? 0) }
        return sum / (norms[i] * norm)
    }

    /// The full similarity matrix, row-major, diagonal included (as in Erkan & Radev's LexRank: scores on EASC dev
    /// drop by 1.6 ROUGE-1 without the self-loops).
    func cosineMatrix(selfLoops: Bool = true) -> [Double] {
        let n = count
        var matrix = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            matrix[i * n + i] = selfLoops && norms[i] > 0 ? 1 : 0
            for j in (i + 1)..<max(n, i + 1) {
                let value = cosine(i, j)
                matrix[i * n + j] = value
                matrix[j * n + i] = value
            }
        }
        return matrix
    }

    private func dot(_ a: [Int32], _ wa: [Double], _ b: [Int32], _ wb: [Double]) -> Double {
        var sum = 0.0
        forEachCommonID(a, b) { i, j in sum += wa[i] * wb[j] }
        return sum
    }
}

/// Calls `body` with the positions `(i, j)` of every id that the ascending arrays `a` and `b` share, in one merge pass.
@inline(__always)
func forEachCommonID(_ a: [Int32], _ b: [Int32], _ body: (Int, Int) -> Void) {
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
        if a[i] == b[j] {
            body(i, j)
            i += 1
            j += 1
        } else if a[i] < b[j] {
            i += 1
        } else {
            j += 1
        }
    }
}
