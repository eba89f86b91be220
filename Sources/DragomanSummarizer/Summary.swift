public import DragomanText

/// One chosen sentence, verbatim, with where it is in its file.
public struct SummarySentence: Sendable, Hashable {
    /// The file (or name) of the document it comes from.
    public let source: String
    /// The segment's index in its document.
    public let index: Int
    /// The ranker's score (comparable only within one summary).
    public let score: Double
    /// UTF-8 byte range in the document's text.
    public let range: Range<Int>
    /// The original text, exactly as in the file.
    public let text: String
    /// Words and numbers in it.
    public let words: Int
}

/// The extractive summary of one document.
public struct Summary: Sendable {
    /// The document's file (or name).
    public let source: String
    /// The document's language.
    public let language: String
    /// The headline segment, if the document has one.
    public let title: Segment?
    /// The algorithm that ranked the sentences.
    public let algorithm: SummaryAlgorithm
    /// How many sentences could have been chosen (non-boilerplate sentences with words).
    public let candidates: Int
    /// The chosen sentences, in their original order.
    public let sentences: [SummarySentence]

    /// Words in the summary.
    public var words: Int { sentences.reduce(0) { $0 + $1.words } }
}

/// A multi-document digest: central sentences of a batch, repeats removed, each citing its source.
public struct Digest: Sendable {
    /// The documents of the batch, in order.
    public let sources: [String]
    /// How many sentences competed after the per-document cut (see `Summarizer.digest`).
    public let candidates: Int
    /// The chosen sentences, grouped by document in batch order, in text order within each.
    public let sentences: [SummarySentence]
}
