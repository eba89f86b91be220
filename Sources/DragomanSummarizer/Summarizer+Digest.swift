public import DragomanText
import Foundation

extension Summarizer {
    /// The most sentences each document puts forward for the digest (its best by this summarizer's algorithm).
    public static let digestPerDocument = 8
    /// The largest candidate pool the digest graph is built on: above it, the pool is cut to the sentences closest
    /// to the batch centroid (MEAD's centroid score, Radev et al. 2004), so the graph never grows with the batch.
    public static let digestPoolLimit = 400
    /// Cosine similarity above which a sentence is a near-duplicate of one already in the digest and is dropped.
    public static let digestDuplicate = 0.5
    /// MMR's trade-off between relevance and novelty (Carbonell & Goldstein 1998).
    public static let digestLambda = 0.7

    /// The digest of a batch: the most central sentences across its documents, without repeats, each citing its file.
    ///
    /// Method: each document puts forward its best `digestPerDocument` sentences (tokenized once); copies of a
    /// sentence already put forward (same terms) are left out; IDF counts documents of the batch; if the pool is
    /// larger than `digestPoolLimit` it is cut by centroid similarity (linear); relevance is continuous LexRank
    /// centrality on the pool (no self-loops; weight 0.7) plus a position prior within the source document (0.3);
    /// sentences are then taken by maximal marginal relevance on cosine similarity of `match`-normalized,
    /// light-stemmed terms (so spelling variants are the same words), and any sentence more than `digestDuplicate`
    /// similar to a chosen one, or a paraphrase of it (containment, as in single summaries), is dropped. Default
    /// length: two sentences per document, at least 3 and at most 10. With `concepts`, words naming a glossary
    /// concept count as that concept (see `ConceptSpans`).
    public func digest(_ documents: [Document], concepts: ConceptSpans? = nil) throws(SummarizerError) -> Digest {
        var analyzed: [[Candidate]] = []
        for (number, document) in documents.enumerated() {
            analyzed.append(
                try analyzer.candidates(of: document, number: number, concepts: concepts?.spans(of: number) ?? []))
        }
        return digest(documents, candidates: analyzed, rankings: analyzed.map { ranked($0).order })
    }

    /// The digest of documents already analyzed and ranked (`candidates[i]` and `rankings[i]` belong to
    /// `documents[i]`).
    func digest(_ documents: [Document], candidates analyzed: [[Candidate]], rankings: [[Int]]) -> Digest {
        var pool: [PoolSentence] = []
        // Per stem id (ids are dense): how many documents hold it, and the last document (number + 1) counted.
        var documentFrequency: [Int32] = []
        var lastDocument: [Int32] = []
        var seenSentences = Set<TermBag>()
        for (number, candidates) in analyzed.enumerated() {
            let mark = Int32(number + 1)
            for candidate in candidates {
                for term in candidate.stems.terms {
                    let t = Int(term)
                    if t >= documentFrequency.count {
                        let size = max(t + 1, 2 * documentFrequency.count)
                        documentFrequency += repeatElement(0, count: size - documentFrequency.count)
                        lastDocument += repeatElement(0, count: size - lastDocument.count)
                    }
                    if lastDocument[t] != mark {
                        lastDocument[t] = mark
                        documentFrequency[t] += 1
                    }
                }
            }
            // Sentences whose terms are exactly those of one already in the pool (copies, reposts) are left out
            // here, in linear time; near-duplicates are dropped during selection.
            for position in Self.digestShare(rankings[number]) {
                let candidate = candidates[position]
                if seenSentences.insert(candidate.stems).inserted {
                    pool.append(PoolSentence(candidate))
                }
            }
        }
        return digest(pool: pool, documentFrequency: documentFrequency, sources: documents.map(\.source.name))
    }

    /// The positions of the candidates a document puts forward for the digest, in text order, from its ranking
    /// (best first).
    static func digestShare(_ ranking: [Int]) -> [Int] {
        ranking.prefix(digestPerDocument).sorted()
    }

    /// The digest of a batch of `sources.count` documents from its pool (copies already left out, in batch order)
    /// and the document frequencies of the pool's stem ids (`documentFrequency[id]`): the centroid cut, LexRank with
    /// the position prior, and MMR.
    func digest(pool: [PoolSentence], documentFrequency: [Int32], sources: [String]) -> Digest {
        var pool = pool
        let idf = Self.digestIDF(documentFrequency, batch: sources.count)
        if pool.count > Self.digestPoolLimit {
            let closeness = Rankers.centroid(TermVectors(pool.map(\.stems), idf: idf))
            let kept = Selection.ranking(closeness).prefix(Self.digestPoolLimit).sorted()
            pool = kept.map { pool[$0] }
        }
        return digest(cutPool: pool, idf: idf, sources: sources)
    }

    /// The digest's IDF of a term, from the document frequencies of a batch of `batch` documents.
    static func digestIDF(_ documentFrequency: [Int32], batch: Int) -> (Int32) -> Double {
        let batch = Double(max(batch, 1))
        return { term in log(1 + batch / Double(max(documentFrequency[Int(term)], 1))) }
    }

    /// The digest of a pool already cut to `digestPoolLimit` sentences or fewer: LexRank with the position prior,
    /// and MMR.
    func digest(cutPool pool: [PoolSentence], idf: (Int32) -> Double, sources: [String]) -> Digest {
        let vectors = TermVectors(pool.map(\.stems), idf: idf)
        let centrality = Rankers.lexRank(vectors, threshold: nil, selfLoops: false)
        let top = centrality.max() ?? 0
        let relevance = pool.indices.map { i in
            0.7 * (top > 0 ? centrality[i] / top : 0) + 0.3 / (1 + Double(pool[i].position))
        }
        let chosen = maximalMarginalRelevance(
            pool: pool, vectors: vectors, relevance: relevance, batch: sources.count
        )
        .sorted { (pool[$0].document, pool[$0].position) < (pool[$1].document, pool[$1].position) }
        return Digest(
            sources: sources, candidates: pool.count,
            sentences: chosen.map { i in
                let sentence = pool[i]
                return SummarySentence(
                    source: sources[sentence.document], index: sentence.index, score: relevance[i],
                    range: sentence.range, text: sentence.text, words: sentence.words)
            })
    }

    private func maximalMarginalRelevance(
        pool: [PoolSentence], vectors: TermVectors, relevance: [Double], batch: Int
    ) -> [Int] {
        let count: Int?
        switch length {
        case .automatic: count = min(pool.count, min(10, max(3, 2 * batch)))
        default: count = length.sentenceCount(candidates: pool.count)
        }
        var closest = [Double](repeating: 0, count: pool.count)
        var open = Array(pool.indices)
        var chosen: [Int] = []
        var words = 0
        while !open.isEmpty {
            if let count, chosen.count >= count { break }
            if case .words(let budget) = length, words >= budget { break }
            var best = -1
            var bestValue = -Double.infinity
            for i in open {
                if case .maxWords(let budget) = length, words + pool[i].words > budget { continue }
                let value = Self.digestLambda * relevance[i] - (1 - Self.digestLambda) * closest[i]
                if value > bestValue {
                    bestValue = value
                    best = i
                }
            }
            guard best >= 0 else { break }
            chosen.append(best)
            words += pool[best].words
            open.removeAll { $0 == best }
            for i in open { closest[i] = max(closest[i], vectors.cosine(i, best)) }
            open.removeAll {
                closest[$0] > Self.digestDuplicate
                    || vectors.containment($0, best, minimumTerms: desk.containmentMinimum) >= desk.containment
            }
        }
        return chosen
    }
}
