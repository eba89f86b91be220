public import DragomanText

/// What `dragoman prepare` reads and where it writes.
public struct PrepareOptions: Sendable {
    /// Files or folders of articles (folders: `.txt` files, recursively, sorted).
    public var inputs: [String]
    /// The folder that receives one subfolder per article and the batch files.
    public var output: String
    /// The glossary used for term tables.
    public var glossary: String
    /// The articles' language, or nil to detect it per document.
    public var language: String?
    /// How files are decoded.
    public var reader: TextReader
    /// How many articles are worked on at once (tasks in flight); 1 is a one-core run. The output is the same
    /// bytes whatever the number.
    public var jobs: Int

    /// Which slice of the inputs this run takes (the whole batch by default).
    public var shard: ShardSlice = .whole
    /// What the run does: everything, or one step of a run spread over machines.
    public var step: PrepareStep = .all
    /// The most articles on one page of the report (fewer in tests, to make several pages of a small batch).
    package var articlesPerReportPage = ReportPages.defaultSize

    /// The shipped defaults: `seeds/` in, `Output/` out, `Glossaries/ar-en.tsv`.
    public init(
        inputs: [String] = ["seeds"], output: String = "Output", glossary: String = "Glossaries/ar-en.tsv",
        language: String? = nil, reader: TextReader = TextReader(), jobs: Int = 1
    ) {
        self.jobs = jobs
        self.inputs = inputs
        self.output = output
        self.glossary = glossary
        self.language = language
        self.reader = reader
    }
}

/// What a `prepare` run does: the whole job, or one of the two map steps of a job spread over machines.
public enum PrepareStep: Sendable, Equatable {
    /// Both passes and the batch files.
    case all
    /// The first pass over the shard's slice: its articles and candidate lines, into `scan.json` (`--scan`).
    case scan
    /// The second pass over the shard's slice, given the batch's merged scan in this folder: the slice's
    /// articles and its share of the batch files, for `merge-shards` (`--stats SCAN`).
    case stats(String)
}
