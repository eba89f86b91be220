/// Where a batch's documents name glossary concepts: per document, spans of its text and the concept each names.
///
/// Redundancy control and the digest then count the words of a span as one term, the concept, so two sentences
/// that name it differently (الحلف, الناتو, حلف شمال الأطلسي) share it and a paraphrase is recognized. Ranking is
/// unchanged: centrality still compares the words as written. Built by whoever matched the glossary (`prepare`,
/// `summarize --glossary`); the summarizer knows nothing of glossaries.
public struct ConceptSpans: Sendable {
    /// The batch positions of the documents these spans cover: the whole batch, or a shard's share of it.
    let documents: Range<Int>
    /// Per document of `documents`, in order: UTF-8 byte ranges into its text, and the concept's id.
    var spans: [[(range: Range<Int>, concept: String)]]

    /// No concepts, for a batch of `documents` documents.
    public init(documents: Int) {
        self.init(documents: 0..<max(documents, 0))
    }

    /// No concepts, for the documents at batch positions `documents` (a shard that holds only some documents of a
    /// batch gives its summarizer the spans of each document at the document's position in the whole batch, as the
    /// digest's shares are numbered; see `DigestState`).
    public init(documents: Range<Int>) {
        self.documents = documents
        spans = Array(repeating: [], count: documents.count)
    }

    /// Records that `range` (UTF-8 bytes into the text of document `document`) names concept `concept`.
    public mutating func add(document: Int, range: Range<Int>, concept: String) {
        guard documents.contains(document) else { return }
        spans[document - documents.lowerBound].append((range, concept))
    }

    /// The spans of document `document`.
    func spans(of document: Int) -> [(range: Range<Int>, concept: String)] {
        documents.contains(document) ? spans[document - documents.lowerBound] : []
    }
}
