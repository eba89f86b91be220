import DragomanText
import Foundation

/// What the first pass of `prepare` gathers across a batch (or one shard's slice of it): the articles that could
/// be read, the files that could not, and the candidate lines counted by document, which is all the per-article
/// outputs need of the batch.
///
/// Scans of the slices of one batch merge into the batch's scan (`merge`), which the second pass of every shard
/// reads (`prepare --stats`). Its memory grows with the articles (about a hundred bytes each) and the distinct short
/// lines (about 40 bytes each), never with the text.
struct BatchScan: Codable, Sendable {
    /// One article that was read.
    struct Entry: Codable, Sendable {
        /// Its position in the batch's file list (`BatchInputs.paths`).
        var path: Int
        /// Its source name, as its outputs name it.
        var name: String
        /// A fingerprint of its decoded text: a second pass that reads other text fails rather than mixing runs
        /// (16 bytes in memory; its `hex` form in `scan.json`).
        var checksum: LineFingerprint
        /// Its size in bytes on disk.
        var bytes: Int
        /// The warning its text gives (empty or only white space), if any.
        var warning: String?
        /// Its language (the report's digest takes the batch's most common one).
        var language: String
    }

    /// A file that could not be read.
    struct Skip: Codable, Sendable {
        /// Its position in the batch's file list.
        var path: Int
        /// Why.
        var error: TextError
    }

    /// Names this format in the file.
    var format = "dragoman-prepare-scan"
    /// The shards this scan covers, in ascending order (all of 0..<count once merged).
    var shards: [Int]
    /// N.
    var count: Int
    /// How many files the inputs list, and their fingerprint (`BatchInputs.listing`).
    var files: Int
    var listing: String
    /// The articles read, by `path`.
    var entries: [Entry] = []
    /// The files not read, by `path`; files that listing the folders could not read come first, with path -1.
    var skipped: [Skip] = []
    /// The candidate lines by the number of documents they occur in.
    var lines = LineCounts()

    /// Whether every slice is in.
    var isComplete: Bool { shards == Array(0..<count) }

    /// Adds another slice's scan of the same batch.
    mutating func merge(_ other: BatchScan) {
        shards = (shards + other.shards).sorted()
        entries = (entries + other.entries).sorted { $0.path < $1.path }
        skipped = (skipped + other.skipped).sorted { $0.path < $1.path }
        lines.merge(other.lines)
    }

    /// The file a scan is stored in, inside its folder.
    static let fileName = "scan.json"

    /// The scan as JSON (sorted keys, so the same scan is the same bytes).
    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}
