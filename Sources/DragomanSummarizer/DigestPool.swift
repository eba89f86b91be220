/// The sentences one document puts forward for the digest, with their stems as text, made by
/// `DigestState.add(_:from:)`.
///
/// The state keeps only what grows with the batch's vocabulary (terms, document frequencies, the order each
/// summarizer met its terms); the pools, which grow with the number of documents, are the caller's to keep in a
/// list or write to disk (`bytes`), and are read back once or twice, in batch order, by
/// `Summarizer.digest(from:sources:pools:)`. Stems are text, not a state's positions, so a pool needs no renumbering
/// when states are merged.
package struct DigestPool: Sendable, Equatable {
    /// A sentence the document puts forward.
    package struct Sentence: Sendable, Equatable {
        /// Position among the document's candidates, from 0.
        package var position: Int
        /// The segment's index in its document.
        package var index: Int
        /// UTF-8 byte range in the document's text.
        package var range: Range<Int>
        /// The original text.
        package var text: String
        /// Words and numbers in it.
        package var words: Int
        /// Its stems (and concepts), with repetition, in the order the summarizer counted them.
        package var stems: [String]
    }

    /// The document's position in the batch.
    package var number: Int
    /// Its sentences, in text order.
    package var sentences: [Sentence]
}
