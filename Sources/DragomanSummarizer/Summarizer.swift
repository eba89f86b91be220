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

    /// A summarizer; throws when the length is out of range or the bundled language data is broken.
    public init(algorithm: SummaryAlgorithm = .default, length: SummaryLength = .automatic) throws(SummarizerError) {
        self.algorithm = algorithm
        self.length = try length.validated()
        self.desk = .standard
        self.model = algorithm == .learned ? try LearnedModel.bundled() : nil
        self.analyzer = try SentenceAnalyzer()
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
        return (SentenceFeatures.matrix(candidates, vectors: TermVectors(candidates)), candidates.map(\.segment))
    }

    /// The summary of one document.
    public func summarize(_ document: Document) throws(SummarizerError) -> Summary {
        summary(of: document, candidates: try analyzer.candidates(of: document, number: 0))
    }

    /// The summary of a document already analyzed.
    func summary(of document: Document, candidates: [Candidate]) -> Summary {
        let scores = self.scores(candidates)
        let chosen = choose(candidates, scores: scores, length: length)
        return Summary(
            source: document.source.name, language: document.language, title: document.title, algorithm: algorithm,
            candidates: candidates.count,
            sentences: chosen.map { sentence(candidates[$0], source: document.source.name, score: scores.values[$0]) })
    }

    /// Scores of the candidates under this summarizer's algorithm, with the vectors used for redundancy.
    func scores(_ candidates: [Candidate]) -> (values: [Double], vectors: TermVectors) {
        let vectors = TermVectors(candidates)
        let values: [Double]
        switch algorithm {
        case .lead: values = candidates.indices.map { 1 / Double($0 + 1) }
        case .lexrank: values = Rankers.lexRank(vectors, threshold: Rankers.lexRankThreshold)
        case .lexrankContinuous: values = Rankers.lexRank(vectors, threshold: nil)
        case .textrank: values = Rankers.textRank(candidates, vectors: vectors)
        case .learned:
            let model = self.model!
            values = SentenceFeatures.matrix(candidates, vectors: vectors).map(model.score)
        case .desk: values = DeskRanker(parameters: desk).scores(vectors)
        }
        return (values, vectors)
    }

    private func choose(
        _ candidates: [Candidate], scores: (values: [Double], vectors: TermVectors), length: SummaryLength
    ) -> [Int] {
        let ranked = algorithm == .lead ? Array(candidates.indices) : Selection.ranking(scores.values)
        let words = candidates.map(\.words)
        guard algorithm == .desk || algorithm == .learned else {
            return Selection.choose(ranked: ranked, words: words, length: length)
        }
        let threshold = desk.redundancy
        return Selection.choose(ranked: ranked, words: words, length: length) { position, chosen in
            chosen.contains { scores.vectors.cosine(position, $0) > threshold }
        }
    }

    func sentence(_ candidate: Candidate, source: String, score: Double) -> SummarySentence {
        SummarySentence(
            source: source, index: candidate.segment.index, score: score, range: candidate.segment.range,
            text: candidate.segment.text, words: candidate.words)
    }
}
