/// How summaries are written.
public enum SummaryFormat: String, Sendable, CaseIterable {
    /// Plain text: a header line per document, then one sentence per line.
    case text
    /// Markdown: the title as a heading, the source, then the sentences as a paragraph each.
    case markdown
    /// JSON, one object per document per line: segment indices, scores, UTF-8 `start`/`end`, text.
    case json
}
