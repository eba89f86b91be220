import DragomanText

/// A mean with its bootstrap confidence interval.
public struct Estimate: Sendable, Hashable {
    /// The mean over documents.
    public var mean: Double
    /// The lower end of the interval.
    public var low: Double
    /// The upper end of the interval.
    public var high: Double
}

/// Percentile bootstrap over documents (Efron & Tibshirani 1993), seeded so reports are reproducible.
public struct Bootstrap: Sendable {
    /// The most resamples drawn (`resamples` above it are capped): 100,000 gives the interval's ends to about
    /// 0.01 of a point, and costs 100,000 × documents draws.
    public static let maximumResamples = 100_000

    /// Resamples drawn (at most `maximumResamples`).
    public var resamples: Int
    /// Confidence level, e.g. 0.95.
    public var confidence: Double
    /// Seed of the generator.
    public var seed: UInt64

    /// A bootstrap; 1000 resamples and 95% by default.
    public init(resamples: Int = 1000, confidence: Double = 0.95, seed: UInt64 = 20100519) {
        self.resamples = resamples
        self.confidence = confidence
        self.seed = seed
    }

    /// The mean of `values` and its percentile interval: documents are drawn with replacement `resamples` times.
    public func estimate(_ values: [Double]) -> Estimate {
        guard !values.isEmpty else { return Estimate(mean: 0, low: 0, high: 0) }
        let mean = values.reduce(0, +) / Double(values.count)
        guard resamples > 0 else { return Estimate(mean: mean, low: mean, high: mean) }
        let resamples = min(resamples, Self.maximumResamples)
        var generator = SplitMix64(seed: seed)
        var means: [Double] = []
        means.reserveCapacity(resamples)
        for _ in 0..<resamples {
            var sum = 0.0
            for _ in 0..<values.count { sum += values[Int(generator.next() % UInt64(values.count))] }
            means.append(sum / Double(values.count))
        }
        means.sort()
        let tail = (1 - confidence) / 2
        let low = means[min(means.count - 1, Int((tail * Double(means.count)).rounded(.down)))]
        let high = means[min(means.count - 1, Int(((1 - tail) * Double(means.count)).rounded(.up)) - 1)]
        return Estimate(mean: mean, low: low, high: high)
    }
}
