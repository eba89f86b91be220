import Foundation

/// How far a `prepare` run has come, for a progress line.
public struct PrepareProgress: Sendable {
    /// The articles of the run.
    public var articles: Int
    /// Their size in bytes.
    public var bytes: Int
    /// The share of the work done, from 0 to 1 (each article passes reading, terms, summaries, XLIFF and writing).
    public var fraction: Double
    /// Seconds since the run started.
    public var elapsed: Double

    /// Input megabytes (10⁶ bytes) per second so far, counting the share done.
    public var megabytesPerSecond: Double {
        elapsed > 0 ? Double(bytes) * fraction / 1e6 / elapsed : 0
    }

    /// Seconds left at the rate so far, or nil before anything is done.
    public var secondsLeft: Double? {
        fraction > 0 ? elapsed * (1 - fraction) / fraction : nil
    }
}

/// Counts the work done across tasks and passes it on, one call at a time.
final class ProgressMeter: @unchecked Sendable {
    /// Steps each article passes: the first pass and the second (only the second for a shard's `--stats` run).
    let steps: Int
    private let lock = NSLock()
    private let report: (@Sendable (PrepareProgress) -> Void)?
    private let start = Date()
    private var articles = 0
    private(set) var bytes = 0
    private var done = 0

    /// A meter passing progress to `report`; the run's size comes with `start(articles:bytes:)`.
    init(report: (@Sendable (PrepareProgress) -> Void)?, steps: Int = 2) {
        self.report = report
        self.steps = steps
    }

    /// Sets the size of the run once the inputs are known.
    func start(articles: Int, bytes: Int) {
        lock.withLock {
            self.articles = articles
            self.bytes = bytes
        }
    }

    /// `count` articles passed one step.
    func advance(_ count: Int) {
        guard let report else { return }
        lock.withLock {
            done += count
            let total = max(1, articles * steps)
            report(
                PrepareProgress(
                    articles: articles, bytes: bytes, fraction: min(1, Double(done) / Double(total)),
                    elapsed: Date().timeIntervalSince(start)))
        }
    }
}
