import DragomanPrepare
import Foundation

/// The progress line of a long run on standard error (a terminal only), redrawn in place, and the closing summary.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var shown = false
    private var last = Date.distantPast

    /// A line that shows only when `enabled` (standard error is a terminal and not `--quiet`).
    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Redraws the line, at most four times a second, once the run has taken a second.
    func show(_ progress: PrepareProgress) {
        guard enabled, progress.elapsed >= 1 else { return }
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(last) >= 0.25 else { return }
            last = now
            let done = Int(progress.fraction * Double(progress.articles))
            var text = "prepare: \(done) of \(progress.articles) articles' work done"
            text += String(format: ", %.1f MB/s", progress.megabytesPerSecond)
            if let left = progress.secondsLeft { text += String(format: ", about %.0f s left", left.rounded(.up)) }
            writeToStandardError("\r\u{1B}[K" + text)
            shown = true
        }
    }

    /// Erases the line, if shown, before other output.
    func clear() {
        lock.withLock {
            if shown { writeToStandardError("\r\u{1B}[K") }
            shown = false
        }
    }

    /// The closing line: articles, megabytes, time, rate, jobs.
    static func summary(_ report: PrepareReport, seconds: Double, jobs: Int) -> String {
        let megabytes = Double(report.bytes) / 1e6
        let count = report.articleCount
        return String(
            format: "dragoman prepare: %d article%@, %.2f MB in %.2f s (%.2f MB/s), %d job%@", count,
            count == 1 ? "" : "s", megabytes, seconds, seconds > 0 ? megabytes / seconds : 0, jobs,
            jobs == 1 ? "" : "s")
    }
}
