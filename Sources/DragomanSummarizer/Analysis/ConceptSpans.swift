/// Where a batch's documents name glossary concepts: per document, spans of its text and the concept each names.
///
/// Redundancy control and the digest then count the words of a span as one term, the concept, so two sentences
/// that name it differently (الحلف, الناتو, حلف شمال الأطلسي) share it and a paraphrase is recognized. Ranking is
/// unchanged: centrality still compares the words as written. Built by whoever matched the glossary (`prepare`,
/// `summarize --glossary`); the summarizer knows nothing of glossaries.
public struct ConceptSpans: Sendable {
    /// Per document (by position in the batch): UTF-8 byte ranges into its text, and the concept's id.
    var spans: [[(range: Range<Int>, concept: String)]]

    /// No concepts, for a batch of `documents` documents.
    public init(documents: Int) {
        spans = Array(repeating: [], count: documents)
    }

    /// Records that `range` (UTF-8 bytes into the text of document `document`) names concept `concept`.
    public mutating func add(document: Int, range: Range<Int>, concept: String) {
        guard spans.indices.contains(document) else { return }
        spans[document].append((range, concept))
    }

    /// The spans of document `document`.
    func spans(of document: Int) -> [(range: Range<Int>, concept: String)] {
        spans.indices.contains(document) ? spans[document] : []
    }
}
