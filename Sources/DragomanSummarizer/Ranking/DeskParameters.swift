/// The weights of the default (`desk`) ranker (see `DeskRanker`).
///
/// score(i) = prior(i) + centralityWeight · c(i) / max c, where c is continuous LexRank centrality (graph without
/// self-loops) and prior(i) = 1 / (1 + p(i) / decay), p(i) being the number of on-topic sentences before i; an
/// off-topic sentence's prior is multiplied by `offTopicPrior`. A sentence is skipped as a repeat of one already
/// chosen when their cosine similarity is above `redundancy`, or when at least `containment` of the shorter one's
/// content stems (it having at least `containmentMinimum`) are in the other: a paraphrase. The values were chosen
/// on EASC dev (`dragoman-bench easc --tune`, `--tune-redundancy`).
package struct DeskParameters: Sendable, Hashable {
    /// How fast the position prior decays (in sentences).
    package var decay: Double
    /// The weight of centrality against the prior (whose first value is 1).
    package var centralityWeight: Double
    /// Cosine similarity above which a sentence counts as a repeat of a chosen one.
    package var redundancy: Double
    /// The share of the shorter sentence's content stems found in a chosen one at which it counts as a paraphrase.
    package var containment: Double
    /// The fewest distinct content stems a sentence needs for containment to count.
    package var containmentMinimum: Int
    /// A sentence whose degree is below this share of the median degree is off-topic.
    package var offTopic: Double
    /// The factor applied to an off-topic sentence's prior.
    package var offTopicPrior: Double

    /// Custom weights (for tuning in the benchmark).
    package init(
        decay: Double, centralityWeight: Double, redundancy: Double, containment: Double = 0.6,
        containmentMinimum: Int = 5, offTopic: Double = 0, offTopicPrior: Double = 1
    ) {
        self.decay = decay
        self.centralityWeight = centralityWeight
        self.redundancy = redundancy
        self.containment = containment
        self.containmentMinimum = containmentMinimum
        self.offTopic = offTopic
        self.offTopicPrior = offTopicPrior
    }

    /// The shipped weights.
    package static let standard = DeskParameters(
        decay: 2, centralityWeight: 0.2, redundancy: 0.5, containment: 0.6, containmentMinimum: 5, offTopic: 0.35,
        offTopicPrior: 0)
}
