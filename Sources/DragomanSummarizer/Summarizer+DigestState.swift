extension Summarizer {
    /// The digest of a batch from the merged shares of all its documents (see `DigestState`): the same digest, to
    /// the byte, as `digest(_:concepts:)` of a new summarizer over the whole batch. `sources` are the names of the
    /// batch's documents, in order (`documents.map(\.source.name)`). Throws when the state does not hold exactly
    /// one share per document, or when a share's summarizer had met terms outside its shares.
    ///
    /// The terms get back the ids one summarizer would have given them, by taking the shares in batch order and,
    /// within each, its terms in the order its summarizer met them first, numbering each term the first time it
    /// comes. Why that is the one summarizer's order, from how `SentenceAnalyzer` numbers terms:
    ///
    /// - Analyzing a document calls `id(of:)` on a fixed sequence of terms, whatever the summarizer knows (given the
    ///   same document and concept spans): first the concept of each of the document's spans, sorted by start,
    ///   whether or not a candidate holds it; then per word of each candidate sentence its `match` form and its
    ///   stem, words inside a span included (stopwords skipped). The term cache only skips calls: a word is in it
    ///   only if its form was met before by the same summarizer in the same language, when both its terms got
    ///   their ids.
    /// - So a term gets its id at its first call, and one summarizer over the batch numbers terms by (first document
    ///   whose sequence holds the term, place of its first call in that sequence).
    /// - Let a term first occur in document d's sequence. The summarizer that analyzed d knew only the terms of its
    ///   earlier shares (`DigestState.batch(of:)` checks this), documents before d, so the term is new to it: it is
    ///   among d's `interned`. Among d's `interned`, terms first occurring in d keep the order of their first calls
    ///   in d's sequence, which is the same sequence for every summarizer (the other terms there occur earlier,
    ///   and took their ids with an earlier share).
    /// - Taking the shares in batch order thus meets every term first in its first document, in the order one
    ///   summarizer numbers them there: the ids are the same, so are the bags' orders, the sums and the digest.
    package func digest(from state: DigestState, sources: [String]) throws(SummarizerError) -> Digest {
        let shares = try state.batch(of: sources.count)
        let ids = state.ids(shares)
        func id(_ term: Int32) throws(SummarizerError) -> Int32 {
            let id = ids[Int(term)]
            guard id >= 0 else {
                throw .badDigestState("the term \(state.terms[Int(term)]) is in no share's vocabulary")
            }
            return id
        }
        var documentFrequency = [Int32](repeating: 0, count: ids.count)
        for (term, count) in state.frequencies.enumerated() where count > 0 {
            documentFrequency[Int(try id(Int32(term)))] = count
        }
        var pool: [PoolSentence] = []
        var seenSentences = Set<TermBag>()
        var stems: [Int32] = []
        for share in shares {
            for sentence in share.pool {
                stems.removeAll(keepingCapacity: true)
                for stem in sentence.stems { stems.append(try id(stem)) }
                let bag = TermBag(&stems)
                // A copy of a sentence put forward before (same terms) is left out, as by `digest(_:concepts:)`.
                guard seenSentences.insert(bag).inserted else { continue }
                pool.append(
                    PoolSentence(
                        document: share.number, position: sentence.position, words: sentence.words, stems: bag,
                        index: sentence.index, range: sentence.range, text: sentence.text))
            }
        }
        return digest(pool: pool, documentFrequency: documentFrequency, sources: sources)
    }
}
