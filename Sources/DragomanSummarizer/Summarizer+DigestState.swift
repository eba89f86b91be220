import DragomanText

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
        from state: DigestState, pools: [DigestPool], sources: [String], holding: Int = heldPoolSentences,
        copyRun: Int = copyRunLength
    ) throws(SummarizerError) -> Digest {
        do {
            return try digest(from: state, sources: sources, holding: holding, copyRun: copyRun) { body in
                for pool in pools { try body(pool) }
            }
        } catch let error as SummarizerError {
            throw error
        } catch let error as TextError {
            // The copy check of a large pool could not use its temporary file.
            throw .text(error.description)
        } catch {
            preconditionFailure("only the digest's own checks throw here: \(error)")
        }
    }

    /// The digest of a batch whose pools `pools` hands to its argument, one document at a time in batch order, and
    /// can hand again: a batch's pools grow with its documents, so a caller keeps them on disk (prepare's spools)
    /// and memory holds the vocabulary, at most `holding` sentences (or `digestPoolLimit`, whichever is more) and
    /// their fingerprints, and for a larger pool one bit per sentence and `copyRun` fingerprints.
    ///
    /// The pool gives the batch centroid (summed in the order `Rankers.centroid` sums it); when it holds more than
    /// `digestPoolLimit` sentences each sentence is scored against the centroid, keeping the best as
    /// `Selection.ranking` orders them: the same cut, to the bit, as on a pool in memory. Copies of a sentence given
    /// before are left out, told by a 128-bit fingerprint of their terms, not by the terms themselves. A pool of at
    /// most `holding` sentences is read once and held; a larger one is read three more times (the first read stops
    /// there): its copies found in bounded memory (`CopyFinder`, with a temporary file past `copyRun`
    /// fingerprints), then the centroid, then the scores. `pools` must let what its argument throws through.
    /// Throws what the digest's checks throw (`SummarizerError`), what `pools` throws, and `TextError` when the
    /// temporary file cannot be written or read.
    package func digest(
        from state: DigestState, sources: [String], holding: Int = heldPoolSentences, copyRun: Int = copyRunLength,
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
        let bound = max(holding, limit)
        let batch = sources.count
        // Up to `bound` sentences (copies left out): one read, the sentences held, copies told by a set of their
        // fingerprints. Past that the read stops, and the pool is read three times with a bounded memory: to find
        // the copies (`CopyFinder`), for the centroid, and for the scores.
        var held: [PoolSentence] = []
        var centroid = CentroidSum()
        var isLarge = false
        do {
            var seen = Set<BagFingerprint>()
            try Self.readPools(pools, state: state, ids: ids, batch: batch) { _, bag, sentence in
                guard seen.insert(BagFingerprint(bag)).inserted else { return }
                guard held.count < bound else { throw PoolOverflow() }
                held.append(sentence())
                centroid.add(TermVectors([bag], idf: idf), 0)
            }
        } catch is PoolOverflow {
            isLarge = true
        }
        if !isLarge && held.count <= limit { return digest(cutPool: held, idf: idf, sources: sources) }
        var copies: CopyFinder.Copies? = nil
        if isLarge {
            held = []
            let finder = CopyFinder(runLength: copyRun)
            try Self.readPools(pools, state: state, ids: ids, batch: batch) { _, bag, _ in
                let fingerprint = BagFingerprint(bag)
                try finder.add(
                    low: UInt64(bitPattern: Int64(fingerprint.low)), high: UInt64(bitPattern: Int64(fingerprint.high)))
            }
            let found = try finder.copies()
            copies = found
            centroid = CentroidSum()
            try Self.readPools(pools, state: state, ids: ids, batch: batch) { ordinal, bag, _ in
                guard !found.contains(ordinal) else { return }
                centroid.add(TermVectors([bag], idf: idf), 0)
            }
        }
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
        if let copies {
            try Self.readPools(pools, state: state, ids: ids, batch: batch) { ordinal, _, sentence in
                guard !copies.contains(ordinal) else { return }
                score(sentence())
            }
        } else {
            for sentence in held { score(sentence) }
        }
        keepBest()
        return digest(cutPool: best.sorted { $0.index < $1.index }.map(\.sentence), idf: idf, sources: sources)
    }

    /// Entries `CopyFinder` sorts in memory at once for a large pool (6 MB); tests make it small to merge runs.
    package static let copyRunLength = 1 << 18

    /// The most pool sentences the digest holds in memory from its first read of the pool for the scoring (a few
    /// hundred bytes each): a batch of a few thousand documents is read once, an archive's pool three more times.
    package static let heldPoolSentences = 50_000

    /// Reads the pools `pools` hands over, checks they are the batch's documents in order, and gives `body` each
    /// sentence's position in the pool (copies included), its stems as one summarizer's ids (`ids`, by position in
    /// `state.terms`) and a way to make the sentence. Copies are the caller's to leave out, as `digest(_:concepts:)`
    /// does.
    private static func readPools(
        _ pools: (_ body: (DigestPool) throws -> Void) throws -> Void, state: DigestState, ids: [Int32], batch: Int,
        _ body: (_ ordinal: Int, _ stems: TermBag, _ sentence: () -> PoolSentence) throws -> Void
    ) throws {
        var next = 0
        var ordinal = 0
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
                    try body(ordinal, bag) {
                        PoolSentence(
                            document: pool.number, position: sentence.position, words: sentence.words, stems: bag,
                            index: sentence.index, range: sentence.range, text: sentence.text)
                    }
                    ordinal += 1
                }
            }
        }
        guard next == batch else { throw SummarizerError.badDigestState("document \(next) of \(batch) has no pool") }
    }
}

/// Stops the first read of a pool that holds more sentences than the digest keeps from it.
private struct PoolOverflow: Error {}

/// 128 bits that tell one bag of terms from another: two 64-bit hashes, independently seeded, of its terms and
/// counts. A pool of millions of sentences keeps these, not the bags, to leave out copies.
struct BagFingerprint: Hashable {
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
