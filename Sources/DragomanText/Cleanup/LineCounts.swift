/// In how many documents of a batch each candidate line occurs, by fingerprint: what marks a line repeated across
/// documents (a masthead, a footer) as boilerplate.
///
/// Counts from different parts of a batch add up (`merge`), so shards can each count their documents; lines seen in
/// one document only can be dropped once every part is in (`keepingRepeats`), since only counts of two or more mark
/// anything.
package struct LineCounts: Sendable, Equatable {
    private var counts: [LineFingerprint: Int32] = [:]

    /// No lines.
    package init() {}

    /// Counts the distinct lines of one document's first pass.
    package mutating func add(_ pass: BoilerplateDetector.FirstPass) {
        for line in pass.lines { counts[line, default: 0] += 1 }
    }

    /// Adds the counts of another part of the batch.
    package mutating func merge(_ other: LineCounts) {
        counts.merge(other.counts, uniquingKeysWith: +)
    }

    /// In how many documents the line occurs (0 when unknown).
    package func count(of line: LineFingerprint) -> Int { Int(counts[line] ?? 0) }

    /// Distinct lines counted.
    package var lines: Int { counts.count }

    /// The counts without the lines of one document only.
    package func keepingRepeats() -> LineCounts {
        var kept = LineCounts()
        kept.counts = counts.filter { $0.value >= 2 }
        return kept
    }
}

extension LineCounts: Codable {
    /// One string per line, sorted: `HEX COUNT`, so that the same counts are the same bytes.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(counts.sorted { $0.key < $1.key }.map { "\($0.key.hex) \($0.value)" })
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        for item in try container.decode([String].self) {
            let parts = item.split(separator: " ")
            guard parts.count == 2, let line = LineFingerprint(hex: parts[0]), let count = Int32(parts[1]), count > 0
            else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "not a line count (32 hex digits, a space, a count): \(item)")
            }
            counts[line, default: 0] += count
        }
    }
}
