import DragomanText

/// The articles of a batch as the second pass numbers and names them, worked out from the batch's complete scan:
/// the same on every shard, so that each writes its articles exactly as a one-machine run would.
struct BatchPlan: Sendable {
    /// The articles read, in batch order; an article's number is its position here.
    let entries: [BatchScan.Entry]
    /// Each article's output folder: its file's stem, made unique among the batch's and its files' names.
    let folders: [String]
    /// Each article's XLIFF stem (unique within the batch; no names reserved).
    let stems: [String]
    /// Source name → (number, folder), for the report's links (the last article of a name wins, as it always has).
    let links: ArticleLinks
    /// The candidate lines by documents.
    let lines: LineCounts
    /// How the report's articles are spread over pages.
    let pages: ReportPages

    /// The plan of a complete scan, its report at most `articlesPerPage` articles a page.
    init(_ scan: BatchScan, articlesPerPage: Int = ReportPages.defaultSize) {
        entries = scan.entries
        let names = entries.map(\.name)
        folders = Document.uniqueStems(names: names, reserved: PrepareJob.batchNames)
        stems = Document.uniqueStems(names: names)
        links = ArticleLinks(entries: entries, folders: folders)
        lines = scan.lines
        pages = ReportPages(size: articlesPerPage, articles: entries.count)
    }

    /// How many articles.
    var count: Int { entries.count }
}
