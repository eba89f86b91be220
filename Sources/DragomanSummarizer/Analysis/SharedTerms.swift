/// Every pair of sentences that share a term, found through the terms (each term's sentences, from one sort of
/// all the terms) instead of by merging the term lists of every pair of sentences.
///
/// The graph rankers need, for each pair, what the two sentences share. Merging every pair's lists costs n² merges
/// per document; most pairs share nothing, and a term shared by `k` sentences makes only k(k-1)/2 pairs.
enum SharedTerms {
    /// Calls `body(i, a, j, b)` for every term that sentences `i < j` share, where `a` and `b` are the term's
    /// positions in `terms[i]` and `terms[j]` (each list ascending, its ids distinct and not negative). The terms
    /// come in ascending order, so sums over one pair's shared terms add in the order a merge of the two lists would.
    @inline(__always)
    static func forEach(_ terms: [[Int32]], _ body: (Int, Int, Int, Int) -> Void) {
        // Term id in the high half, the term's place among all the lists' terms in the low half: sorted, each
        // term's places come together, in the order of the lists.
        var keys: [UInt64] = []
        var owners: [Int32] = []
        var starts: [Int] = []
        starts.reserveCapacity(terms.count)
        for (sentence, list) in terms.enumerated() {
            starts.append(keys.count)
            for term in list {
                keys.append(UInt64(UInt32(bitPattern: term)) << 32 | UInt64(keys.count))
                owners.append(Int32(sentence))
            }
        }
        guard keys.count > 1 else { return }
        RadixSort.sort(&keys)
        keys.withUnsafeBufferPointer { keys in
            owners.withUnsafeBufferPointer { owners in
                starts.withUnsafeBufferPointer { starts in
                    var first = 0
                    while first < keys.count {
                        var end = first + 1
                        while end < keys.count && keys[end] >> 32 == keys[first] >> 32 { end += 1 }
                        for x in first..<end {
                            let place = Int(truncatingIfNeeded: keys[x] & 0xFFFF_FFFF)
                            let i = Int(owners[place])
                            let a = place - starts[i]
                            for y in (x + 1)..<end {
                                let other = Int(truncatingIfNeeded: keys[y] & 0xFFFF_FFFF)
                                let j = Int(owners[other])
                                body(i, a, j, other - starts[j])
                            }
                        }
                        first = end
                    }
                }
            }
        }
    }
}
