extension Summarizer {
    /// The digest of a batch from the merged shares of all its documents (see `DigestState`) and their pools, in
    /// batch order: the same digest, to the byte, as `digest(_:concepts:)` of a new summarizer over the whole batch.
    /// `sources` are the names of the batch's documents, in order (`documents.map(\.source.name)`). Throws when the
    /// state does not hold exactly one share and one pool per document, or when a share's summarizer had met terms
    /// outside its shares.
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
    package func digest(
        from state: DigestState, pools: [DigestPool], sources: [String], holding: Int = heldPoolSentences
    ) throws(SummarizerError) -> Digest {
        do {
            return try digest(from: state, sources: sources, holding: holding) { body in
                for pool in pools { try body(pool) }
            }
        } catch let error as SummarizerError {
            throw error
        } catch {
            preconditionFailure("only the digest's own checks throw here: \(error)")
        }
    }

    /// The digest of a batch whose pools `pools` hands to its argument, one document at a time in batch order, and
    /// can hand again: a batch's pools grow with its documents, so a caller keeps them on disk (prepare's spools)
    /// and memory holds the vocabulary, a fingerprint per pool sentence and at most `holding` sentences (or
    /// `2 × digestPoolLimit`, whichever is more).
    ///
    /// Read once, the pool gives the batch centroid (summed in the order `Rankers.centroid` sums it); when it holds
    /// more than `digestPoolLimit` sentences each sentence is scored against the centroid, keeping the best as
    /// `Selection.ranking` orders them: the same cut, to the bit, as on a pool in memory. The sentences are held
    /// from the first read for the scoring when there are at most `holding` of them, and read again otherwise.
    /// Copies are told by a 128-bit fingerprint of their terms, not by the terms themselves. Throws what the
    /// digest's checks throw (`SummarizerError`) and what `pools` throws.
    package func digest(
        from state: DigestState, sources: [String], holding: Int = heldPoolSentences,
        pools: (_ body: (DigestPool) throws -> Void) throws -> Void
    ) throws -> Digest {
        let ids = state.ids(try state.batch(of: sources.count))
        var documentFrequency = [Int32](repeating: 0, count: ids.count)
        for (term, count) in state.frequencies.enumerated() where count > 0 {
            let id = ids[Int(term)]
            guard id >= 0 else {
                throw SummarizerError.badDigestState("the term \(state.terms[term]) is in no share's vocabulary")
            }
            documentFrequency[Int(id)] = count
        }
        let idf = Self.digestIDF(documentFrequency, batch: sources.count)
        let limit = Self.digestPoolLimit
        var held: [PoolSentence]? = []
        var count = 0
        var centroid = CentroidSum()
        try Self.readPools(pools, state: state, ids: ids, batch: sources.count) { sentence in
            count += 1
            if count <= max(holding, limit) {
                held?.append(sentence)
            } else {
                held = nil
            }
            centroid.add(TermVectors([sentence.stems], idf: idf), 0)
        }
        if count <= limit { return digest(cutPool: held ?? [], idf: idf, sources: sources) }
        let norm = centroid.norm
        var best: [(score: Double, index: Int, sentence: PoolSentence)] = []
        func keepBest() {
            best.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            best.removeLast(max(best.count - limit, 0))
        }
        var index = 0
        func score(_ sentence: PoolSentence) {
            let score = TermVectors([sentence.stems], idf: idf).cosine(0, with: centroid.sums, norm: norm)
            best.append((score, index, sentence))
            index += 1
            if best.count >= 2 * limit { keepBest() }
        }
        if let held {
            for sentence in held { score(sentence) }
        } else {
            try Self.readPools(pools, state: state, ids: ids, batch: sources.count) { score($0) }
        }
        keepBest()
        return digest(cutPool: best.sorted { $0.index < $1.index }.map(\.sentence), idf: idf, sources: sources)
    }

    /// The most pool sentences the digest holds in memory from its first read of the pool for the scoring (a few
    /// hundred bytes each): a batch of a few thousand documents is read once, an archive's pool twice.
    package static let heldPoolSentences = 50_000

    /// Reads the pools `pools` hands over, checks they are the batch's documents in order, and gives `body` each
    /// sentence with its stems as one summarizer's ids (`ids`, by position in `state.terms`), leaving out a copy of
    /// a sentence given before (same terms), as `digest(_:concepts:)` does.
    private static func readPools(
        _ pools: (_ body: (DigestPool) throws -> Void) throws -> Void, state: DigestState, ids: [Int32], batch: Int,
        _ body: (PoolSentence) throws -> Void
    ) throws {
        var seen = Set<BagFingerprint>()
        var next = 0
        var stems: [Int32] = []
        // `body` only runs while `pools` does.
        try withoutActuallyEscaping(body) { body in
            try pools { pool in
                guard pool.number == next, next < batch else {
                    throw SummarizerError.badDigestState(
                        pool.number >= batch
                            ? "a pool is of document \(pool.number), but the batch has \(batch) documents"
                            : pool.number < next
                                ? "the pool of document \(pool.number) comes twice or out of order"
                                : "document \(next) of \(batch) has no pool")
                }
                next += 1
                for sentence in pool.sentences {
                    stems.removeAll(keepingCapacity: true)
                    for stem in sentence.stems {
                        guard let position = state.position(of: stem), ids[Int(position)] >= 0 else {
                            throw SummarizerError.badDigestState(
                                "the term \(stem) in the pool of document \(pool.number) is in no share's vocabulary")
                        }
                        stems.append(ids[Int(position)])
                    }
                    let bag = TermBag(&stems)
                    guard seen.insert(BagFingerprint(bag)).inserted else { continue }
                    try body(
                        PoolSentence(
                            document: pool.number, position: sentence.position, words: sentence.words, stems: bag,
                            index: sentence.index, range: sentence.range, text: sentence.text))
                }
            }
        }
        guard next == batch else { throw SummarizerError.badDigestState("document \(next) of \(batch) has no pool") }
    }
}

/// 128 bits that tell one bag of terms from another: two 64-bit hashes, independently seeded, of its terms and
/// counts. A pool of millions of sentences keeps these, not the bags, to leave out copies.
private struct BagFingerprint: Hashable {
    let low: Int
    let high: Int

    init(_ bag: TermBag) {
        var first = Hasher()
        first.combine(bag.terms)
        first.combine(bag.counts)
        var second = Hasher()
        second.combine(0x5DEE_CE66_D1CE_4E5B as UInt64)
        second.combine(bag.terms)
        second.combine(bag.counts)
        low = first.finalize()
        high = second.finalize()
    }
}
