/// The default ranker: a position prior that starts where the story starts, plus centrality.
///
/// News puts the story first, so position leads; but a sentence that shares little with the rest of the article (a
/// teaser, a preamble, an unrelated paragraph) does not advance the story's position and gets only a reduced prior.
/// A sentence is off-topic when its weighted degree (the sum of its cosine similarities to the other sentences,
/// Erkan & Radev's degree centrality), less its closest neighbour (so that two off-topic sentences cannot vouch
/// for each other), is below `offTopic` times the median.
struct DeskRanker {
    let parameters: DeskParameters

    func scores(_ vectors: TermVectors) -> [Double] {
        let signals = self.signals(vectors)
        return signals.prior.indices.map { i in signals.prior[i] + parameters.centralityWeight * signals.centrality[i] }
    }

    /// Per sentence: the prior, centrality divided by its maximum, whether it is on topic, and the position in the
    /// story (on-topic sentences before it).
    func signals(_ vectors: TermVectors) -> (
        prior: [Double], centrality: [Double], onTopic: [Bool], storyPosition: [Int]
    ) {
        let n = vectors.count
        guard n > 0 else { return ([], [], [], []) }
        let degree: [Double]
        let centrality: [Double]
        if n > Rankers.graphLimit {
            degree = Rankers.centroid(vectors)
            centrality = degree
        } else {
            let matrix = vectors.cosineMatrix(selfLoops: false)
            degree = (0..<n).map { i in
                let row = matrix[(i * n)..<(i * n + n)]
                return row.reduce(0, +) - (row.max() ?? 0)
            }
            centrality = GraphRank.pageRank(weights: matrix, count: n)
        }
        let median = degree.sorted()[n / 2]
        let top = centrality.max() ?? 0
        var position = 0
        var prior: [Double] = []
        var onTopic: [Bool] = []
        var storyPosition: [Int] = []
        for i in 0..<n {
            let on = degree[i] >= parameters.offTopic * median
            let value = 1 / (1 + Double(position) / parameters.decay)
            prior.append(on ? value : value * parameters.offTopicPrior)
            onTopic.append(on)
            storyPosition.append(position)
            if on { position += 1 }
        }
        return (prior, centrality.map { top > 0 ? $0 / top : 0 }, onTopic, storyPosition)
    }
}
