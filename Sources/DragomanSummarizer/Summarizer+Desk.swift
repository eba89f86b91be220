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
}

extension Summarizer {
    /// The Markdown summaries of `documents` (one per document) and their digest, with this summarizer's algorithm
    /// and length; each document is tokenized and ranked once for both. With `concepts` (where the documents name
    /// glossary concepts), redundancy control and the digest also catch paraphrases that name a concept
    /// differently.
    public func deskMarkdown(for documents: [Document], concepts: ConceptSpans? = nil) throws(SummarizerError)
        -> DeskMarkdown
    {
        var results: [Summary] = []
        var analyzed: [[Candidate]] = []
        var rankings: [[Int]] = []
        for (number, document) in documents.enumerated() {
            let candidates = try analyzer.candidates(
                of: document, number: number, concepts: concepts?.spans(of: number) ?? [])
            let ranked = self.ranked(candidates)
            results.append(summary(of: document, candidates: candidates, ranked: ranked))
            analyzed.append(candidates)
            rankings.append(ranked.order)
        }
        let digest = digest(documents, candidates: analyzed, rankings: rankings)
        return DeskMarkdown(
            summaries: results.map { ($0.source, $0.markdown()) }, digest: digest.markdown(), summaryResults: results,
            digestResult: digest)
    }
}
