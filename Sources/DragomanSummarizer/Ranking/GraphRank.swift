/// The stationary distribution of a random walk with restarts on a weighted sentence graph (PageRank).
///
/// Used by LexRank and TextRank alike; the graph is a dense row-major `n × n` weight matrix.
enum GraphRank {
    /// PageRank scores (they sum to 1). `damping` is the probability of following an edge (0.85 in both papers);
    /// rows without edges jump uniformly.
    static func pageRank(
        weights: [Double], count n: Int, damping: Double = 0.85, tolerance: Double = 1e-9, iterations: Int = 200
    ) -> [Double] {
        guard n > 0 else { return [] }
        // The edges of each row, in column order: rows `rowStarts[i]..<rowStarts[i + 1]` of `columns` and `values`.
        // The walk visits only these (a sentence graph is sparse), adding in the order a scan of the row would.
        var columns: [Int] = []
        var values: [Double] = []
        var rowStarts = [Int](repeating: 0, count: n + 1)
        var rowSums = [Double](repeating: 0, count: n)
        weights.withUnsafeBufferPointer { weights in
            for i in 0..<n {
                rowStarts[i] = columns.count
                var sum = 0.0
                for j in 0..<n where weights[i * n + j] != 0 {
                    sum += weights[i * n + j]
                    columns.append(j)
                    values.append(weights[i * n + j])
                }
                rowSums[i] = sum
            }
        }
        rowStarts[n] = columns.count
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<iterations {
            var dangling = 0.0
            for j in 0..<n { next[j] = 0 }
            for i in 0..<n {
                guard rowSums[i] > 0 else {
                    dangling += rank[i]
                    continue
                }
                let share = rank[i] / rowSums[i]
                for edge in rowStarts[i]..<rowStarts[i + 1] { next[columns[edge]] += share * values[edge] }
            }
            let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
            var change = 0.0
            for j in 0..<n {
                let value = base + damping * next[j]
                change += abs(value - rank[j])
                rank[j] = value
            }
            if change < tolerance { break }
        }
        return rank
    }
}
