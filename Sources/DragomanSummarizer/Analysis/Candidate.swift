import DragomanText

/// A bag of term ids: distinct ids ascending, with their counts.
struct TermBag: Sendable, Hashable {
    /// Distinct term ids, ascending.
    var terms: [Int32] = []
    /// How often each of `terms` occurs.
    var counts: [Float] = []

    /// Terms with repetition.
    var total: Int { Int(counts.reduce(0, +)) }

    /// The bag of a list of ids (sorted in place).
    init(_ ids: inout [Int32]) {
        TermBag.sort(&ids)
        terms.reserveCapacity(ids.count)
        counts.reserveCapacity(ids.count)
        for id in ids {
            if terms.last == id {
                counts[counts.count - 1] += 1
            } else {
                terms.append(id)
                counts.append(1)
            }
        }
    }

    /// Sorts `ids` ascending: by insertion when there are few (a sentence's words; no buffer, no calls), with the
    /// standard library's sort otherwise.
    static func sort(_ ids: inout [Int32]) {
        guard ids.count <= 48 else { return ids.sort() }
        ids.withUnsafeMutableBufferPointer { ids in
            for k in ids.indices.dropFirst() {
                let id = ids[k]
                var place = k
                while place > 0 && ids[place - 1] > id {
                    ids[place] = ids[place - 1]
                    place -= 1
                }
                ids[place] = id
            }
        }
    }
}

/// A sentence that may be chosen, with the counts the rankers need; built once per document.
struct Candidate: Sendable {
    /// The document this sentence comes from (its position in the batch).
    let document: Int
    /// The segment.
    let segment: Segment
    /// Position among the document's candidates, from 0.
    let position: Int
    /// Words and numbers in the sentence (what length options count).
    let words: Int
    /// Content words (stopwords removed) in `match` form: what the centrality rankers compare.
    let surface: TermBag
    /// The same words light-stemmed: what redundancy control and the digest compare, so that inflected and
    /// clitic-bearing variants of a word count as one.
    let stems: TermBag
}
