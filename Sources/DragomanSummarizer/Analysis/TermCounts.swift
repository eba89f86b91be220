import Foundation

/// Document frequencies of term ids, counted in arrays indexed by id and reused from one set of bags to the next
/// (ids are dense: they number the analyzer's vocabulary), so IDF needs no hashing, no sorting and one logarithm per
/// distinct term. Not Sendable: one per summarizer.
final class TermCounts {
    /// Per term id: 0, or how many bags hold it (negated once its IDF is in `values`).
    private var counts: [Int32] = []
    /// Per term id: its IDF, valid while its count is negative.
    private var values: [Double] = []

    /// The IDF of every term of every bag, in order (bag by bag), from the bags' own document frequencies (each bag's
    /// terms are distinct).
    func idfOfEachTerm(_ bags: [TermBag], _ kind: TermVectors.IDF) -> [Double] {
        var total = 0
        var largest: Int32 = -1
        for bag in bags {
            total += bag.terms.count
            if let last = bag.terms.last { largest = max(largest, last) }  // terms are ascending
        }
        if Int(largest) >= counts.count {
            let size = max(Int(largest) + 1, counts.count * 2)
            counts += repeatElement(0, count: size - counts.count)
            values += repeatElement(0, count: size - values.count)
        }
        let n = Double(bags.count)
        var idf: [Double] = []
        idf.reserveCapacity(total)
        counts.withUnsafeMutableBufferPointer { counts in
            values.withUnsafeMutableBufferPointer { values in
                for bag in bags { for term in bag.terms { counts[Int(term)] += 1 } }
                for bag in bags {
                    for term in bag.terms {
                        let t = Int(term)
                        if counts[t] > 0 {
                            let df = Double(counts[t])
                            values[t] = kind == .standard ? log(n / df) : log(1 + n / df)
                            counts[t] = -counts[t]
                        }
                        idf.append(values[t])
                    }
                }
                for bag in bags { for term in bag.terms { counts[Int(term)] = 0 } }
            }
        }
        return idf
    }
}
