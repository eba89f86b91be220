public import DragomanText

/// What `dragoman prepare` writes for a news desk: a summary per article and a digest of the batch, in Markdown.
public struct DeskMarkdown: Sendable {
    /// Per document, in batch order: its file (or name) and the contents of its `summary.md`.
    public let summaries: [(source: String, markdown: String)]
    /// The contents of the batch's `digest.md`.
    public let digest: String
    /// Per document, in batch order: the segment indices of its summary's sentences.
    public let summarySentences: [[Int]]
}

extension Summarizer {
    /// The Markdown summaries of `documents` (one per document) and their digest, with this summarizer's algorithm
    /// and length; each document is tokenized and ranked once for both.
    public func deskMarkdown(for documents: [Document]) throws(SummarizerError) -> DeskMarkdown {
        var summaries: [(source: String, markdown: String)] = []
        var analyzed: [[Candidate]] = []
        var rankings: [[Int]] = []
        var sentences: [[Int]] = []
        for (number, document) in documents.enumerated() {
            let candidates = try analyzer.candidates(of: document, number: number)
            let ranked = self.ranked(candidates)
            let chosen = summary(of: document, candidates: candidates, ranked: ranked)
            summaries.append((document.source.name, chosen.markdown()))
            sentences.append(chosen.sentences.map(\.index))
            analyzed.append(candidates)
            rankings.append(ranked.order)
        }
        return DeskMarkdown(
            summaries: summaries, digest: digest(documents, candidates: analyzed, rankings: rankings).markdown(),
            summarySentences: sentences)
    }
}
