public import DragomanText

/// What `dragoman prepare` wrote.
public struct PrepareReport: Sendable {
    /// One article's results.
    public struct Article: Sendable {
        /// The input file.
        public var source: String
        /// The folder written for it.
        public var folder: String
        /// The files written in that folder (names only).
        public var files: [String]
        /// The article's headline, when it has one.
        public var title: String?
        /// Number of segments, and how many were marked boilerplate.
        public var segments: Int
        /// See `segments`.
        public var boilerplate: Int
    }

    /// How many articles were written. Their results are given one at a time as they are reported
    /// (`PrepareJob.onArticle`), not kept here: an archive's millions would not fit in memory.
    public var articleCount: Int
    /// Files written for the whole batch (paths).
    public var batchFiles: [String]
    /// Warnings about the input (an empty article), one line each, to show the user.
    public var warnings: [String] = []
    /// Input files that could not be read as text (unreadable, binary, invalid encoding, too large, not a regular
    /// file), each with its reason; the other articles were written.
    public var skipped: [TextError] = []
    /// The size of the articles read, in bytes.
    public var bytes: Int = 0

    /// The line that closes a run writing to `output`: "prepared N articles in OUTPUT/" (one machine's `prepare`
    /// and `merge-shards`, which assembles the same folder, say it alike).
    public func preparedLine(output: String) -> String {
        "prepared \(counted(articleCount, "article")) in \(output)/"
    }
}
