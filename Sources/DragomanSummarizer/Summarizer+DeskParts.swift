package import DragomanText

extension Summarizer {
    /// One document's share of `deskMarkdown(for:concepts:)`: its summary, and what the digest needs of it.
    ///
    /// A summary depends on its document alone, so the summaries of a batch can be made on several tasks (one
    /// summarizer each). The digest cannot be made from shares of different summarizers (each numbers the stems it
    /// meets its own way): make it with one summarizer, `digest(_:concepts:)`.
    package struct DeskPart: Sendable {
        /// The document's summary.
        package let summary: Summary
        let candidates: [Candidate]
        let ranking: [Int]
    }

    /// The share of the document at position `number` of its batch; `concepts` are the batch's.
    package func deskPart(of document: Document, number: Int, concepts: ConceptSpans?) throws(SummarizerError)
        -> DeskPart
    {
        let candidates = try analyzer.candidates(
            of: document, number: number, concepts: concepts?.spans(of: number) ?? [])
        let ranked = self.ranked(candidates)
        return DeskPart(
            summary: summary(of: document, candidates: candidates, ranked: ranked), candidates: candidates,
            ranking: ranked.order)
    }

    /// The summaries and digest of `documents` from their shares (`parts[i]` of `documents[i]`), all made by this
    /// summarizer.
    package func deskMarkdown(for documents: [Document], parts: [DeskPart]) -> DeskMarkdown {
        let results = parts.map(\.summary)
        let digest = digest(documents, candidates: parts.map(\.candidates), rankings: parts.map(\.ranking))
        return DeskMarkdown(
            summaries: results.map { ($0.source, $0.markdown()) }, digest: digest.markdown(), summaryResults: results,
            digestResult: digest, summarySentences: results.map { $0.sentences.map(\.index) })
    }
}
