package import DragomanText
import Foundation

extension Summarizer {
    /// One document's share of `deskMarkdown(for:concepts:)`: its summary, and what the digest needs of it.
    ///
    /// A summary depends on its document alone, so the summaries of a batch can be made on several tasks (one
    /// summarizer each). The candidates carry term ids numbered by their summarizer's vocabulary in the order it met
    /// the terms, and those ids decide the order of the digest's sums (hence its floats and choices): shares of one
    /// summarizer make the digest directly (`deskMarkdown(for:parts:)`); shares of several summarizers, even in
    /// other processes, go through a `DigestState` each, which stores terms as text and gives them back the ids one
    /// summarizer would have given.
    package struct DeskPart: Sendable {
        /// The document's summary.
        package let summary: Summary
        /// The document's position in its batch.
        package let number: Int
        let candidates: [Candidate]
        let ranking: [Int]
        /// The ids the summarizer gave terms it met first in this document: its vocabulary grew by these.
        let interned: Range<Int32>
        /// The position of the document of the summarizer's previous share, nil for its first.
        let previous: Int?
        /// The analyzer that numbered the terms (its ids mean something only there).
        let analyzer: UUID
    }

    /// The share of the document at position `number` of its batch; `concepts` are the batch's, or at least this
    /// document's (`ConceptSpans(documents:)` with a range that holds `number`).
    package func deskPart(of document: Document, number: Int, concepts: ConceptSpans?) throws(SummarizerError)
        -> DeskPart
    {
        let before = Int32(analyzer.terms.count)
        let candidates = try analyzer.candidates(
            of: document, number: number, concepts: concepts?.spans(of: number) ?? [])
        let ranked = self.ranked(candidates)
        let previous = lastDeskPart
        lastDeskPart = number
        return DeskPart(
            summary: summary(of: document, candidates: candidates, ranked: ranked), number: number,
            candidates: candidates, ranking: ranked.order, interned: before..<Int32(analyzer.terms.count),
            previous: previous, analyzer: analyzer.identity)
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
