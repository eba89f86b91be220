/// The weights of the default (`desk`) ranker.
///
/// score(i) = 1 / (1 + i / decay) + centralityWeight · c(i) / max c, where i is the sentence's position among the
/// candidates and c its continuous LexRank centrality (graph without self-loops, so an isolated sentence scores low). Sentences whose cosine similarity to one already chosen is
/// above `redundancy` are skipped. The values were chosen on EASC dev (see Docs/summarizer.md).
package struct DeskParameters: Sendable, Hashable {
    /// How fast the position prior decays (in sentences).
    package var decay: Double
    /// The weight of centrality against the prior (whose first value is 1).
    package var centralityWeight: Double
    /// Cosine similarity above which a sentence counts as a repeat of a chosen one.
    package var redundancy: Double

    /// Custom weights (for tuning in the benchmark).
    package init(decay: Double, centralityWeight: Double, redundancy: Double) {
        self.decay = decay
        self.centralityWeight = centralityWeight
        self.redundancy = redundancy
    }

    /// The shipped weights.
    package static let standard = DeskParameters(decay: 2, centralityWeight: 0.5, redundancy: 0.5)
}
