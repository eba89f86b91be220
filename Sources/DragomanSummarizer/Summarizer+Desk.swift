public import DragomanText

/// What `dragoman prepare` writes for a news desk: a summary per article and a digest of the batch, in Markdown,
/// with the summaries and the digest themselves for other renderings (the HTML report).
public struct DeskMarkdown: Sendable {
    /// Per document, in batch order: its file (or name) and the contents of its `summary.md`.
    public let summaries: [(source: String, markdown: String)]
    /// The contents of the batch's `digest.md`.
    public let digest: String
    /// Per document, in batch order: the summary the Markdown shows.
    public let summaryResults: [Summary]
    /// The digest the Markdown shows.
    public let digestResult: Digest
    /// Per document, in batch order: the segment indices of its summary's sentences.
    public let summarySentences: [[Int]]
}

extension Summarizer {
    /// The Markdown summaries of `documents` (one per document) and their digest, with this summarizer's algorithm
    /// and length; each document is tokenized and ranked once for both. With `concepts` (where the documents name
    /// glossary concepts), redundancy control and the digest also catch paraphrases that name a concept
    /// differently.
    public func deskMarkdown(for documents: [Document], concepts: ConceptSpans? = nil) throws(SummarizerError)
        -> DeskMarkdown
    {
        var parts: [DeskPart] = []
        parts.reserveCapacity(documents.count)
        for (number, document) in documents.enumerated() {
            parts.append(try deskPart(of: document, number: number, concepts: concepts))
        }
        return deskMarkdown(for: documents, parts: parts)
    }
}
