/// Where every byte of a normalized text came from, stored as runs rather than per byte.
///
/// Normalization changes few bytes: most scalars map to one original scalar of the same UTF-8 length, and a whole
/// stretch of them sits at a constant distance from its original. Such a stretch is one *aligned* run. A scalar whose
/// length changes (a digit ٣ → 3, a ligature ﻻ → لا, a letter with a composed mark) maps to its whole original range
/// and starts a *chunk* run. Removed scalars (harakat, tatweel) leave a gap in the original, which starts a new run.
/// So the map costs a few bytes per change instead of eight per byte, and lookups are a binary search over runs.
struct OffsetMap: Sendable {
    /// A run of normalized bytes from `normalized` to the next run's start.
    struct Run: Sendable {
        /// Where the run starts in the normalized text.
        var normalized: Int32
        /// Where its first scalar starts in the original.
        var original: Int32
        /// For a chunk: the end in the original of the one range every byte of the run maps to; -1 for an aligned
        /// run, whose scalars map one to one, each to the original scalar at the same distance.
        var originalEnd: Int32

        var isAligned: Bool { originalEnd < 0 }
    }

    private(set) var runs: [Run] = []
    /// Length of the normalized text.
    private(set) var count = 0

    /// Index of the run containing normalized byte `offset` (`0 <= offset < count`).
    @inline(__always)
    private func run(containing offset: Int) -> Int {
        let target = Int32(truncatingIfNeeded: offset)
        var low = 0
        var high = runs.count
        // The last run whose start is <= offset.
        while high - low > 1 {
            let middle = (low + high) / 2
            if runs[middle].normalized <= target { low = middle } else { high = middle }
        }
        return low
    }

    private func end(ofRun index: Int) -> Int {
        index + 1 < runs.count ? Int(runs[index + 1].normalized) : count
    }

    /// The original offset where the scalar holding normalized byte `offset` starts.
    func originStart(at offset: Int, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let index = run(containing: offset)
        let run = runs[index]
        guard run.isAligned else { return Int(run.original) }
        var start = offset
        let runStart = Int(run.normalized)
        while start > runStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return Int(run.original) + (start - runStart)
    }

    /// The original offset where the scalar holding normalized byte `offset` ends.
    func originEnd(at offset: Int, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let index = run(containing: offset)
        let run = runs[index]
        guard run.isAligned else { return Int(run.originalEnd) }
        let runEnd = end(ofRun: index)
        var end = offset + 1
        while end < runEnd, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return Int(run.original) + (end - Int(run.normalized))
    }

    /// The first normalized byte whose origin starts at or after original offset `offset`, or `count`.
    func firstNormalized(originAtOrAfter offset: Int, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let target = Int32(truncatingIfNeeded: offset)
        // Origins never decrease along the text: the first run that starts at or after the offset…
        var low = 0
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].original < target { low = middle + 1 } else { high = middle }
        }
        let candidate = low < runs.count ? Int(runs[low].normalized) : count
        // …unless the aligned run before it reaches the offset with a later scalar.
        guard low > 0, runs[low - 1].isAligned else { return candidate }
        let previous = runs[low - 1]
        var position = Int(previous.normalized) + (offset - Int(previous.original))
        let previousEnd = end(ofRun: low - 1)
        while position < previousEnd, bytes[position] & 0xC0 == 0x80 { position += 1 }
        return position < previousEnd ? position : candidate
    }

    /// Appends a run (used while normalizing).
    mutating func append(_ run: Run) { runs.append(run) }

    /// Sets the final length of the normalized text.
    mutating func finish(count: Int) {
        self.count = count
    }
}
