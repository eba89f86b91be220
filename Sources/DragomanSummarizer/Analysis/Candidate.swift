import DragomanText

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
    /// Distinct content terms (stopwords removed, light-stemmed `match` forms), ascending ids.
    let terms: [Int32]
    /// How often each of `terms` occurs.
    let counts: [Float]

    /// Content terms with repetition.
    var termCount: Int { Int(counts.reduce(0, +)) }
}
