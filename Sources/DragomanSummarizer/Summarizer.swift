public import DragomanText

/// Extractive summaries of documents and digests of batches.
///
/// Each document is tokenized once; sentences are chosen only among non-boilerplate `.sentence` segments and are
/// returned verbatim, in their original order. Not Sendable (it owns an ICU tokenizer): use one per task.
public final class Summarizer {
    /// How sentences are ranked.
    public let algorithm: SummaryAlgorithm
    /// How long each summary (or the digest) is.
    public let length: SummaryLength
    /// The default ranker's weights.
    package let desk: DeskParameters
    /// The learned ranker's weights (loaded only for `.learned`).
    package let model: LearnedModel?
    let analyzer: SentenceAnalyzer
    /// Scratch for the document frequencies of term vectors.
    let termCounts = TermCounts()
    /// The batch position of the document of this summarizer's last `deskPart`, which its next share records so
    /// that a `DigestState` can check that the summarizer met no terms outside the shares it was given.
    var lastDeskPart: Int?

    /// A summarizer; throws when the length is out of range or the bundled language data is broken.
    public convenience init(algorithm: SummaryAlgorithm = .default, length: SummaryLength = .automatic)
        throws(SummarizerError)
    {
        try self.init(algorithm: algorithm, length: length, desk: .standard, model: nil)
    }

    /// A summarizer with custom weights (benchmark tuning and cross-validation).
    package init(
        algorithm: SummaryAlgorithm, length: SummaryLength, desk: DeskParameters = .standard, model: LearnedModel? = nil
    ) throws(SummarizerError) {
        self.algorithm = algorithm
        self.length = try length.validated()
        self.desk = desk
        if let model {
            self.model = model
        } else {
            self.model = algorithm == .learned ? try LearnedModel.bundled() : nil
        }
        self.analyzer = try SentenceAnalyzer()
    }

    /// The learned ranker's feature rows of a document's candidates, with the candidates' segments (training).
    package func features(of document: Document) throws(SummarizerError) -> (rows: [[Double]], segments: [Segment]) {
        let candidates = try analyzer.candidates(of: document, number: 0)
        let vectors = TermVectors(candidates.map(\.surface), idf: .smoothed, counts: termCounts)
        return (SentenceFeatures.matrix(candidates, vectors: vectors), candidates.map(\.segment))
    }

    /// Analyzes a document as a summary does (tokens, term ids, bags of terms) and returns the number of candidate
    /// sentences: the first step alone, for benchmarks.
    package func analyze(_ document: Document) throws(SummarizerError) -> Int {
        try analyzer.candidates(of: document, number: 0).count
    }

    /// The summary of one document.
    public func summarize(_ document: Document) throws(SummarizerError) -> Summary {
        let candidates = try analyzer.candidates(of: document, number: 0)
        return summary(of: document, candidates: candidates, ranked: ranked(candidates))
    }

    /// The summary of a document already analyzed and ranked.
    func summary(of document: Document, candidates: [Candidate], ranked: Ranked) -> Summary {
        let scores = ranked.scores
        let chosen = choose(candidates, ranked: ranked.order)
        return Summary(
            source: document.source.name, language: document.language, title: document.title, algorithm: algorithm,
            candidates: candidates.count,
            sentences: chosen.map { sentence(candidates[$0], source: document.source.name, score: scores[$0]) })
    }

    /// Scores of the candidates under this summarizer's algorithm (higher is better).
    ///
    /// Centrality compares content words in `match` form without stemming: on EASC dev light stemming made LexRank
    /// and TextRank worse (ROUGE-1 46.7 and 43.2 with stems, 49.2 and 44.0 without), as stems join sentences that
    /// merely share a root. Stems serve redundancy control and the digest instead.
    func scores(_ candidates: [Candidate]) -> [Double] {
        let surface = candidates.map(\.surface)
        func vectors(_ idf: TermVectors.IDF) -> TermVectors { TermVectors(surface, idf: idf, counts: termCounts) }
        switch algorithm {
        case .lead:
            return candidates.indices.map { 1 / Double($0 + 1) }
        case .lexrank:
            return Rankers.lexRank(vectors(.standard), threshold: Rankers.lexRankThreshold)
        case .lexrankContinuous:
            return Rankers.lexRank(vectors(.standard), threshold: nil)
        case .textrank:
            return Rankers.textRank(candidates, vectors: vectors(.standard))
        case .learned:
            let model = self.model!
            return SentenceFeatures.matrix(candidates, vectors: vectors(.smoothed)).map(model.score)
        case .desk:
            return DeskRanker(parameters: desk).scores(vectors(.smoothed))
        }
    }

    /// Candidates' scores under this summarizer's algorithm, and their indices best first (text order for `lead`).
    typealias Ranked = (scores: [Double], order: [Int])

    /// Scores and ranks the candidates of one document.
    func ranked(_ candidates: [Candidate]) -> Ranked {
        let scores = self.scores(candidates)
        return (scores, algorithm == .lead ? Array(candidates.indices) : Selection.ranking(scores))
    }

    private func choose(_ candidates: [Candidate], ranked: [Int]) -> [Int] {
        let words = candidates.map(\.words)
        guard algorithm == .desk || algorithm == .learned else {
            return Selection.choose(ranked: ranked, words: words, length: length)
        }
        let stems = TermVectors(candidates.map(\.stems), idf: .smoothed, counts: termCounts)
        return Selection.choose(ranked: ranked, words: words, length: length) { position, chosen in
            chosen.contains { self.repeats(position, $0, in: stems) }
        }
    }

    /// Whether sentence `i` repeats sentence `j` (in `stems`, light-stemmed content words, glossary concepts
    /// merged): nearly the same words (cosine above `desk.redundancy`), or a paraphrase, most of the shorter one's
    /// words inside the other (containment at least `desk.containment`).
    func repeats(_ i: Int, _ j: Int, in stems: TermVectors) -> Bool {
        stems.cosine(i, j) > desk.redundancy
            || stems.containment(i, j, minimumTerms: desk.containmentMinimum) >= desk.containment
    }

    func sentence(_ candidate: Candidate, source: String, score: Double) -> SummarySentence {
        SummarySentence(
            source: source, index: candidate.segment.index, score: score, range: candidate.segment.range,
            text: candidate.segment.text, words: candidate.words)
    }
}
