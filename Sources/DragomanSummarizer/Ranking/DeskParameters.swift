/// The weights of the default (`desk`) ranker (see `DeskRanker`).
///
/// score(i) = prior(i) + centralityWeight · c(i) / max c, where c is continuous LexRank centrality (graph without
/// self-loops) and prior(i) = 1 / (1 + p(i) / decay), p(i) being the number of on-topic sentences before i; an
/// off-topic sentence's prior is multiplied by `offTopicPrior`. Sentences whose cosine similarity to one already
/// chosen is above `redundancy` are skipped. The values were chosen on EASC dev (see Docs/summarizer.md).
package struct DeskParameters: Sendable, Hashable {
    /// How fast the position prior decays (in sentences).
    package var decay: Double
    /// The weight of centrality against the prior (whose first value is 1).
    package var centralityWeight: Double
    /// Cosine similarity above which a sentence counts as a repeat of a chosen one.
    package var redundancy: Double
    /// A sentence whose degree is below this share of the median degree is off-topic.
    package var offTopic: Double
    /// The factor applied to an off-topic sentence's prior.
    package var offTopicPrior: Double

    /// Custom weights (for tuning in the benchmark).
    package init(
        decay: Double, centralityWeight: Double, redundancy: Double, offTopic: Double = 0, offTopicPrior: Double = 1
    ) {
        self.decay = decay
        self.centralityWeight = centralityWeight
        self.redundancy = redundancy
        self.offTopic = offTopic
        self.offTopicPrior = offTopicPrior
    }

    /// The shipped weights.
    package static let standard = DeskParameters(
        decay: 2, centralityWeight: 0.2, redundancy: 0.5, offTopic: 0.35, offTopicPrior: 0)
}
